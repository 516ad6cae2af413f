package org.groundtruth.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A party's reply to an allegation about an incident.
 *
 * @param id          ledger id, 0 for a response not yet stored
 * @param party       who replied
 * @param kind        denial, admission, called fake, investigation opened
 * @param incidentId  the incident the allegation was about
 * @param date        the day of the reply
 * @param text        what the party said, may be null when only the source is kept
 * @param source      where the reply was published
 * @param recordedAt  when it was recorded; the reply may not be dated after it
 */
public record Response(long id, String party, ResponseKind kind, long incidentId, LocalDate date, String text,
                       SourceDocument source, Instant recordedAt) {

    public Response {
        party = SourceDocument.blankToNull(party);
        if (party == null) throw new IllegalArgumentException("a response needs the party that gave it");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        org.groundtruth.time.Years.require(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (incidentId <= 0) throw new IllegalArgumentException("a response must be linked to an incident (id " + incidentId + ")");
        text = SourceDocument.blankToNull(text);
        if (date.isAfter(recordedAt.atOffset(ZoneOffset.ofHours(14)).toLocalDate())) {
            throw new IllegalArgumentException("response date " + date + " is in the future (recorded at " + recordedAt + ")");
        }
    }
}
