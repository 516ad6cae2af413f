package org.groundtruth.assessment;

import org.groundtruth.grading.Grade;

import java.util.List;

/**
 * An incident's stored grade and attributed parties, as lists and map layers show them.
 *
 * @param grade      the effective grade (override in force, else computed), null when never graded
 * @param overridden true when a reviewer's override is in force
 * @param parties    codes of the attributed parties from the last assessment, or ["unknown"]; empty when never assessed
 */
public record GradeSummary(long incidentId, Grade grade, boolean overridden, List<String> parties) {
    public GradeSummary {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
