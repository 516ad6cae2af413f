package org.groundtruth.review;

import java.util.Objects;
import org.groundtruth.incident.IncidentQuery;

/**
 * Which incidents a bulk review acts on: those the rows of one import are in now ({@code importId}), or those a
 * filter matches (the list's filters; its limit, offset and sort are ignored). {@code description} says it in words
 * for the audit log, e.g. "import 5" or "governorate=Idlib&q=market".
 */
public record ReviewSelection(Long importId, IncidentQuery filter, String description) {
    public ReviewSelection {
        if ((importId == null) == (filter == null)) throw new IllegalArgumentException("select either an import or a filter, not both or neither");
        Objects.requireNonNull(description, "description");
    }

    public static ReviewSelection ofImport(long importId) {
        return new ReviewSelection(importId, null, "import " + importId);
    }

    /** The incidents {@code filter} matches; {@code description} is the filter as its user wrote it. */
    public static ReviewSelection matching(IncidentQuery filter, String description) {
        return new ReviewSelection(null, filter, description == null || description.isBlank() ? "every incident" : description);
    }

    /** The audit log's subject of a bulk review of this selection. */
    public String auditSubject() {
        return importId != null ? "import:" + importId : "incidents:filter";
    }
}
