package org.groundtruth.assessment;

import org.groundtruth.grading.Grade;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the store keeps of an incident's last computed assessment, so that search can filter by grade and party.
 *
 * @param parties        codes of the attribution verdict's parties, or ["unknown"]
 * @param topProbability probability of the most likely party
 */
public record StoredAssessment(long incidentId, Grade computedGrade, List<String> parties, double topProbability,
                               Instant computedAt) {
    public StoredAssessment {
        Objects.requireNonNull(computedGrade, "computedGrade");
        parties = List.copyOf(parties);
        if (parties.isEmpty()) throw new IllegalArgumentException("stored assessment of incident " + incidentId + " has no parties");
    }
}
