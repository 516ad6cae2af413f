package org.groundtruth.grading;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's decision to set an incident's grade by hand. Kept for good (a later override supersedes, never
 * erases); the computed grade stays beside it.
 *
 * @param grade  the grade set, or null when the reviewer returned the incident to its computed grade
 * @param reason why, in the reviewer's words; never blank
 * @param author who decided; never blank
 * @param at     when it was recorded (set by the store)
 */
public record GradeOverride(long id, long incidentId, Grade grade, String reason, String author, Instant at) {
    public GradeOverride {
        if (incidentId <= 0) throw new IllegalArgumentException("an override needs an incident (id " + incidentId + ")");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("an override needs a written reason");
        if (author == null || author.isBlank()) throw new IllegalArgumentException("an override needs its author");
        reason = reason.strip();
        author = author.strip();
    }

    public static GradeOverride of(long incidentId, Grade grade, String reason, String author) {
        return new GradeOverride(0, incidentId, grade, reason, author, null);
    }

    public boolean clears() {
        return grade == null;
    }

    public GradeOverride stored(long newId, Instant when) {
        return new GradeOverride(newId, incidentId, grade, reason, author, Objects.requireNonNull(when));
    }
}
