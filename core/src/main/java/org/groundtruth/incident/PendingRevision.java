package org.groundtruth.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Corrections to a published incident that the public does not see until a reviewer publishes them (issue 9, item 8;
 * decision 0752): the facts as corrected ({@code facts}; null when only reports were added), the reports to add, and
 * each correction with who made it, why and when. An incident has at most one; later corrections amend it.
 */
public record PendingRevision(long incidentId, IncidentFacts facts, List<NewReport> reports, List<ImportedRevision> imported,
                              List<Correction> corrections, Instant createdAt, Instant updatedAt) {
    public PendingRevision {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        reports = reports == null ? List.of() : List.copyOf(reports);
        imported = imported == null ? List.of() : List.copyOf(imported);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** One correction: who, why, what ("facts", "report"), when. */
    public record Correction(String actor, String reason, String what, Instant at) {
        public Correction {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A new revision of one of the incident's reports that a re-import read ({@code importId}), held with the facts the
     * row said ({@code facts}; null when a person's facts stand, as an import never overwrites them).
     */
    public record ImportedRevision(long reportId, long importId, String originKey, Source source, String text, String language,
                                   String contentHash, java.util.Map<String, String> fields, IncidentFacts facts, Instant at) {
        public ImportedRevision {
            Objects.requireNonNull(originKey, "originKey");
            Objects.requireNonNull(contentHash, "contentHash");
            fields = fields == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    /**
     * The facts the incident will have once this is published: a person's correction, else the facts the latest held
     * import row said, else {@code published} unchanged.
     */
    public IncidentFacts factsOver(IncidentFacts published) {
        if (facts != null) return facts;
        for (int k = imported.size() - 1; k >= 0; k--) if (imported.get(k).facts() != null) return imported.get(k).facts();
        return published;
    }

    /** Whether publishing replaces the facts with a person's (they then stay as set, like any edit by hand). */
    public boolean byHand() {
        return facts != null;
    }
}
