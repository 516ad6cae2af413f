package org.groundtruth.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.NoSuchElementException;
import java.util.Set;
import org.groundtruth.account.Role;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.store.Store;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

/**
 * A reviewer's decision on the corrections waiting on a published incident (decision 0752):
 * POST /api/incidents/{id}/revision {"action": "publish" | "discard", "reason": "..."}. Publishing makes them what the
 * public sees; discarding drops them (a reason is required). Both are audited; the incident page shows the pending
 * version beside the published one to the team.
 */
public final class RevisionApi implements WebFeature {
    private final Store store;
    private final Assessor assessor;

    public RevisionApi(Store store, Assessor assessor) {
        this.store = store;
        this.assessor = assessor;
    }

    @Override
    public String openApiPart() {
        return "/openapi/revision.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/revision.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.POST, "/api/incidents/{id}/revision", Rule.roles(Role.REVIEWER), this::decide);
    }

    private void decide(Context ctx) {
        Incident incident = Access.visibleIncident(ctx, store.incidents(), "id");
        ObjectNode body = Json.readObject(ctx);
        UserApi.refuseUnknown(body, Set.of("action", "reason"));
        String action = SessionApi.text(body, "action");
        JsonNode reasonNode = body.get("reason");
        if (reasonNode != null && !reasonNode.isNull() && !reasonNode.isTextual()) throw ApiException.badParameter("reason", "must be text");
        String reason = reasonNode == null || reasonNode.isNull() || reasonNode.asText().isBlank() ? null : reasonNode.asText().strip();
        if (reason != null && reason.length() > 4000) throw ApiException.badParameter("reason", "at most 4000 characters");
        ChangeNote note = Access.caller(ctx).note().because(reason);
        try {
            switch (action) {
                case "publish" -> {
                    Incident now = store.incidents().publishRevision(incident.id(), note);
                    assessor.refresh(now); // new facts or a new source can change the grade
                }
                case "discard" -> {
                    if (reason == null) throw ApiException.badParameter("reason", "to discard someone's correction, give a reason");
                    store.incidents().discardRevision(incident.id(), note);
                }
                default -> throw ApiException.badParameter("action", "must be publish or discard");
            }
        } catch (NoSuchElementException e) {
            throw new ApiException(409, "Conflict", "this incident has no corrections waiting for review");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
        Json.ok(ctx, Json.object().put("id", incident.publicId()).put("action", action).put("pending", false));
    }
}
