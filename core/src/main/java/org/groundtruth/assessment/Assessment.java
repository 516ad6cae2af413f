package org.groundtruth.assessment;

import org.groundtruth.attribution.Attribution;
import org.groundtruth.grading.GradeResult;
import org.groundtruth.objective.ObjectiveAnalysis;

import java.time.Instant;
import java.util.List;
import org.groundtruth.warning.IncidentLink;

/**
 * The three analyses of one incident, computed together at {@code computedAt}.
 *
 * @param warnedBy the alerts whose flights may have struck it (their sightings are among attribution's evidence)
 */
public record Assessment(long incidentId, Attribution attribution, ObjectiveAnalysis objectives, GradeResult grade,
                         Instant computedAt, List<IncidentLink> warnedBy) {
    public Assessment {
        warnedBy = warnedBy == null ? List.of() : List.copyOf(warnedBy);
    }

    public Assessment(long incidentId, Attribution attribution, ObjectiveAnalysis objectives, GradeResult grade, Instant computedAt) {
        this(incidentId, attribution, objectives, grade, computedAt, List.of());
    }

    public StoredAssessment stored() {
        return new StoredAssessment(incidentId, grade.computed(), attribution.verdictCodes(),
                attribution.candidates().getFirst().probability(), computedAt);
    }
}
