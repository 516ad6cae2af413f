package org.groundtruth.grading;

import java.util.List;

/**
 * An incident's grade: the computed one with its reasons, and the reviewer's override when there is one in force.
 */
public record GradeResult(Grade computed, List<String> reasons, GradeOverride override) {
    public GradeResult {
        reasons = List.copyOf(reasons);
        if (override != null && override.clears()) override = null;
    }

    public Grade effective() {
        return override != null ? override.grade() : computed;
    }

    public boolean overridden() {
        return override != null;
    }

    public GradeResult withOverride(GradeOverride o) {
        return new GradeResult(computed, reasons, o);
    }
}
