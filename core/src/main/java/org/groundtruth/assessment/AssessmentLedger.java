package org.groundtruth.assessment;

import org.groundtruth.store.Port;
import org.groundtruth.grading.Grade;
import org.groundtruth.grading.GradeOverride;

import java.util.List;
import java.util.Optional;

/**
 * Stored assessments and grade overrides. Implemented in storage on SQLite and PostgreSQL; every write is atomic.
 * The effective grade the search filters by is the override in force, else the computed grade.
 */
public interface AssessmentLedger {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<AssessmentLedger> PORT = new Port<>("assessments", AssessmentLedger.class);

    /**
     * Records an override (or, with a null grade, a return to the computed grade) and its audit-log entry in one
     * transaction; returns it with id and time.
     */
    GradeOverride override(GradeOverride override, org.groundtruth.audit.ChangeNote note);

    /** The override in force for the incident, if any. */
    Optional<GradeOverride> currentOverride(long incidentId);

    /** The overrides in force for all incidents (for a run over the whole store). */
    List<GradeOverride> currentOverrides();

    /** Every override ever recorded for the incident, oldest first. */
    List<GradeOverride> overrides(long incidentId);

    /** Stores computed assessments, replacing earlier computed values of the same incidents; one transaction. */
    void saveComputed(List<StoredAssessment> results);

    Optional<StoredAssessment> computed(long incidentId);

    /** Stored grade and parties of each of these incidents that has any; others are left out. */
    java.util.Map<Long, GradeSummary> summaries(java.util.Collection<Long> incidentIds);

    /** The effective grade (override in force, else computed), empty when never graded. */
    Optional<Grade> effectiveGrade(long incidentId);
}
