package org.groundtruth.publication;

import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.time.IncidentDate;

import java.util.List;
import java.util.Objects;

/**
 * A party's claim matched to an incident, as a report sets it beside the incident: "the Ministry said it struck a
 * terrorist command post at Ariha, 3 km away, that day".
 *
 * @param offsetDays days between the claimed strike and the incident, 0 when the windows overlap
 */
public record ClaimLine(String party, IncidentDate strikeDate, List<String> localityNames, String claimedTarget,
                        double distanceKm, long offsetDays, String sourceUrl) {
    public ClaimLine {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(strikeDate, "strikeDate");
        localityNames = List.copyOf(localityNames);
    }

    public static ClaimLine of(Claim claim, ClaimMatch match) {
        if (claim.id() != match.claimId()) throw new IllegalArgumentException("match " + match.claimId() + " is not of claim " + claim.id());
        return new ClaimLine(claim.party(), claim.strikeDate(), claim.place().localityNames(), claim.claimedTarget(),
                match.distanceKm(), match.offsetDays(), claim.source().url());
    }
}
