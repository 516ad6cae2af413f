package org.groundtruth.web.account;

import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.Set;
import org.groundtruth.account.Role;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.review.ReviewStep;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;

/**
 * The review workflow at /api/incidents/{id}/review: its history and the moves the caller may make (GET), and a move
 * (POST {"to": "in_review" | "published" | "draft" | "retracted", "reason": "..."}). A move the caller's role may not
 * make is 403; a move the workflow does not have (draft to published) is 409.
 */
public final class ReviewApi implements WebFeature {
    private final Store store;

    public ReviewApi(Store store) {
        this.store = store;
    }

    @Override
    public String openApiPart() {
        return "/openapi/review.json";
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/incidents/{id}/review", Rule.SIGNED_IN, this::history)
                .api(HandlerType.POST, "/api/incidents/{id}/review", Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::move);
    }

    private void history(Context ctx) {
        Incident incident = find(ctx);
        Role role = Access.caller(ctx).role();
        ObjectNode o = Json.object();
        o.put("id", incident.publicId());
        o.put("internalId", incident.id()); // signed-in callers only: this route's rule
        o.put("status", ReviewRules.code(incident.status()));
        ArrayNode moves = o.putArray("moves");
        for (ReviewRules.Move m : ReviewRules.movesFrom(incident.status(), role)) {
            moves.addObject().put("to", ReviewRules.code(m.to())).put("verb", m.verb()).put("reasonRequired", m.reasonRequired());
        }
        ArrayNode steps = o.putArray("history");
        for (ReviewStep s : store.port(IncidentReviews.PORT).history(incident.id())) {
            steps.addObject().put("from", ReviewRules.code(s.from())).put("to", ReviewRules.code(s.to())).put("by", s.actor())
                    .put("reason", s.reason()).put("at", s.at().toString());
        }
        Json.ok(ctx, o);
    }

    private void move(Context ctx) {
        Incident incident = find(ctx);
        ObjectNode body = Json.readObject(ctx);
        UserApi.refuseUnknown(body, Set.of("to", "reason"));
        String toText = SessionApi.text(body, "to");
        IncidentStatus to = ReviewRules.parse(toText).orElseThrow(() -> ApiException.badParameter("to",
                "not one of draft, in_review, published, retracted"));
        JsonNode reasonNode = body.get("reason");
        if (reasonNode != null && !reasonNode.isNull() && !reasonNode.isTextual()) throw ApiException.badParameter("reason", "must be text");
        String reason = reasonNode == null || reasonNode.isNull() ? null : reasonNode.asText();
        if (reason != null && reason.length() > 4000) throw ApiException.badParameter("reason", "at most 4000 characters");
        Role role = Access.caller(ctx).role();
        Optional<ReviewRules.Move> m = ReviewRules.move(incident.status(), to);
        if (m.isEmpty()) throw new ApiException(409, "Conflict", "to: an incident cannot go from " + ReviewRules.code(incident.status()) + " to " + ReviewRules.code(to));
        if (!ReviewRules.mayMove(role, m.get())) throw new ApiException(403, "Forbidden", "a " + role.code() + " may not " + m.get().verb() + " an incident");
        if (m.get().reasonRequired() && (reason == null || reason.isBlank())) throw ApiException.badParameter("reason", "to " + m.get().verb() + " an incident, give a reason");
        ChangeNote note = Access.caller(ctx).note().because(reason);
        try {
            Incident moved = store.port(IncidentReviews.PORT).move(incident.id(), to, role, note);
            Json.ok(ctx, Json.object().put("id", moved.publicId()).put("internalId", moved.id()).put("status", ReviewRules.code(moved.status())));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
    }

    private Incident find(Context ctx) {
        return Access.visibleIncident(ctx, store.incidents(), "id");
    }
}
