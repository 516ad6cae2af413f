package org.groundtruth.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One account of a possible strike from one source. Reports are never edited away: an import that says
 * something new about the same source record adds a {@link ReportRevision}.
 *
 * @param originKey the source's own key for this record ("ucdp-ged:214797"), or a stable content hash
 */
public record Report(long id, long incidentId, String originKey, Source source, String text, String language,
                     Instant firstSeen, Instant lastChanged, int revisionCount) {
    public Report {
        Objects.requireNonNull(originKey, "originKey");
        Objects.requireNonNull(source, "source");
    }
}
