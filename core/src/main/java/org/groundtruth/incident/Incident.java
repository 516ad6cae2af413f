package org.groundtruth.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One strike event as established from its reports.
 *
 * @param id           the internal id: one sequence for all incidents, drafts included, so it is shown to signed-in
 *                     users and the CLI only
 * @param publicId     the opaque id the public sees ({@link PublicId}): random, unique, fixed at creation
 * @param editedByHand true once a person changed the facts; later imports then add report revisions but
 *                     leave the facts as the person set them
 */
public record Incident(long id, String publicId, IncidentFacts facts, IncidentStatus status, boolean editedByHand, List<Report> reports,
                       Instant createdAt, Instant updatedAt) {
    public Incident {
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        reports = reports == null ? List.of() : List.copyOf(reports);
    }
}
