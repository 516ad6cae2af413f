package org.groundtruth.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One strike event as established from its reports.
 *
 * @param editedByHand true once a person changed the facts; later imports then add report revisions but
 *                     leave the facts as the person set them
 */
public record Incident(long id, IncidentFacts facts, IncidentStatus status, boolean editedByHand, List<Report> reports,
                       Instant createdAt, Instant updatedAt) {
    public Incident {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        reports = reports == null ? List.of() : List.copyOf(reports);
    }
}
