package org.groundtruth.assessment;

import org.groundtruth.attribution.Attribution;
import org.groundtruth.grading.GradeResult;
import org.groundtruth.objective.ObjectiveAnalysis;

import java.time.Instant;

/** The three analyses of one incident, computed together at {@code computedAt}. */
public record Assessment(long incidentId, Attribution attribution, ObjectiveAnalysis objectives, GradeResult grade,
                         Instant computedAt) {

    public StoredAssessment stored() {
        return new StoredAssessment(incidentId, grade.computed(), attribution.verdictCodes(),
                attribution.candidates().getFirst().probability(), computedAt);
    }
}
