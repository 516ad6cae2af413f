package org.groundtruth.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Corrections to a published incident that the public does not see until a reviewer publishes them (issue 9, item 8;
 * decision 0752): the facts as corrected ({@code facts}; null when only reports were added), the reports to add, and
 * each correction with who made it, why and when. An incident has at most one; later corrections amend it.
 */
public record PendingRevision(long incidentId, IncidentFacts facts, List<NewReport> reports, List<Correction> corrections,
                              Instant createdAt, Instant updatedAt) {
    public PendingRevision {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        reports = reports == null ? List.of() : List.copyOf(reports);
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

    /** The facts the incident will have once this is published: the corrected ones, or {@code published} unchanged. */
    public IncidentFacts factsOver(IncidentFacts published) {
        return facts != null ? facts : published;
    }
}
