package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.store.Store;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;

/**
 * What a correction (PATCH, a new report) needs besides its body: its reason, and whether it is held for review.
 * A correction to a published incident waits in the incident's pending revision until a reviewer publishes it, and
 * must say why (decision 0752): the reason comes from the body's {@code "reason"} (any script) or the
 * X-Change-Reason header, and is kept in the audit entry.
 */
final class Corrections {
    static final int MAX_REASON = 4000;

    private Corrections() {
    }

    /** Whether a correction to this incident is held for review rather than applied at once. */
    static boolean held(Incident incident) {
        return incident.status() == IncidentStatus.PUBLISHED;
    }

    /** The change note of a correction; takes {@code "reason"} out of the body; a held correction without one is a 400. */
    static ChangeNote note(Context ctx, ObjectNode body, Incident incident) {
        ChangeNote note = Access.note(ctx);
        JsonNode reason = body.remove("reason");
        if (reason != null && !reason.isNull()) {
            if (!reason.isTextual()) throw ApiException.badParameter("reason", "must be text");
            if (reason.asText().length() > MAX_REASON) throw ApiException.badParameter("reason", "at most " + MAX_REASON + " characters");
            if (!reason.asText().isBlank()) note = note.because(reason.asText().strip());
        }
        if (held(incident) && (note.reason() == null || note.reason().isBlank())) {
            throw ApiException.badParameter("reason", "a correction to a published incident needs a reason (\"reason\" in the body, or the"
                    + " X-Change-Reason header); it waits for a reviewer, who sees it");
        }
        return note;
    }

    /** The facts a correction builds on: those waiting for review if any, else the incident's own. */
    static IncidentFacts pendingFacts(Store store, Incident incident) {
        if (!held(incident)) return incident.facts();
        return store.incidents().pendingRevision(incident.id()).map(p -> p.factsOver(incident.facts())).orElse(incident.facts());
    }
}
