package org.groundtruth.publication;

import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.incident.Incident;

import java.util.Objects;

/**
 * A published incident as the store holds it, before redaction: the incident (its reports carry their sources, not
 * their texts) and its stored grade and parties (null when never assessed). Only {@link Redaction} turns it into
 * something that may leave.
 */
public record Publishable(Incident incident, GradeSummary grade) {
    public Publishable {
        Objects.requireNonNull(incident, "incident");
    }
}
