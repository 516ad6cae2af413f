package org.groundtruth.review;

import java.time.Instant;
import java.util.Objects;
import org.groundtruth.incident.IncidentStatus;

/** One move of an incident through review, as stored: from, to, by whom, why, when. */
public record ReviewStep(long incidentId, IncidentStatus from, IncidentStatus to, String actor, String reason, Instant at) {
    public ReviewStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
