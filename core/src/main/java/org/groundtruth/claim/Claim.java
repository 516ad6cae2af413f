package org.groundtruth.claim;

import org.groundtruth.time.IncidentDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A party's statement that it struck somewhere: one entry of the claims ledger.
 *
 * <p>Validation needs a notion of "now" to refuse dates in the future; it is the {@code recordedAt} component,
 * the moment the claim entered the ledger, so that a record stays valid when re-read later.
 *
 * @param id            ledger id, 0 for a claim not yet stored
 * @param party         who made the statement ("Russian Ministry of Defence", "US CENTCOM")
 * @param statedAt      when the statement was published
 * @param strikeDate    the strike date window the statement covers, with its precision
 * @param place         where the party said it struck
 * @param claimedTarget what the party said it struck, in its words ("terrorist command post"), may be null
 * @param sorties       number of sorties the statement gives, null when not given
 * @param source        the document the statement was published in
 * @param recordedAt    when the claim was recorded; statement and strike may not lie after it
 */
public record Claim(long id, String party, Instant statedAt, IncidentDate strikeDate, ClaimedPlace place,
                    String claimedTarget, Integer sorties, SourceDocument source, Instant recordedAt) {

    public Claim {
        party = SourceDocument.blankToNull(party);
        if (party == null) throw new IllegalArgumentException("a claim needs the party that made it");
        Objects.requireNonNull(statedAt, "statedAt");
        Objects.requireNonNull(strikeDate, "strikeDate");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        claimedTarget = SourceDocument.blankToNull(claimedTarget);
        if (sorties != null && sorties < 0) throw new IllegalArgumentException("sorties " + sorties + " is negative");
        if (statedAt.isAfter(recordedAt)) {
            throw new IllegalArgumentException("statement time " + statedAt + " is in the future (recorded at " + recordedAt + ")");
        }
        LocalDate today = recordedAt.atOffset(ZoneOffset.ofHours(14)).toLocalDate(); // latest calendar date anywhere
        if (strikeDate.firstDay().isAfter(today)) {
            throw new IllegalArgumentException("strike date " + strikeDate.display() + " is in the future (recorded at " + recordedAt + ")");
        }
        Instant strikeInstant = strikeDate.instantUtc();
        if (strikeInstant != null && strikeInstant.isAfter(statedAt)) {
            throw new IllegalArgumentException("strike time " + strikeDate.display() + " is after the statement (" + statedAt
                    + "): a claim reports strikes that already happened");
        }
        LocalDate statedLatest = statedAt.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
        if (strikeDate.firstDay().isAfter(statedLatest)) {
            throw new IllegalArgumentException("strike date " + strikeDate.display() + " begins after the statement (" + statedAt
                    + "): a claim reports strikes that already happened");
        }
    }

    public boolean isPlaced() {
        return place.isPlaced();
    }
}
