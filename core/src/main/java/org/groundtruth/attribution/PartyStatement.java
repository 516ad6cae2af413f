package org.groundtruth.attribution;

import java.util.Objects;

/**
 * Something a party said that bears on an incident: a claim of its own that the matcher paired with the incident
 * (with the match score), or its response to the allegation.
 *
 * @param matchScore 0..1 for {@link Kind#MATCHED_CLAIM}; ignored otherwise
 * @param description one line a reviewer can check ("claim 12: MoD, 2015-11-29, Ariha, 3.2 km, score 0.81")
 */
public record PartyStatement(Party party, Kind kind, double matchScore, String description) {
    public enum Kind { MATCHED_CLAIM, ADMISSION, DENIAL, CALLED_FAKE, INVESTIGATION_OPENED, OTHER_RESPONSE }

    public PartyStatement {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kind, "kind");
        if (!(matchScore >= 0 && matchScore <= 1)) throw new IllegalArgumentException("match score " + matchScore + " is outside 0..1");
        description = description == null || description.isBlank() ? kind.name().toLowerCase().replace('_', ' ') : description.strip();
    }
}
