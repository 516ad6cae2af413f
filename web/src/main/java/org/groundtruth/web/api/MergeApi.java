package org.groundtruth.web.api;

import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;
import org.groundtruth.incident.Incident;
import org.groundtruth.merging.MergeEvent;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.merging.MergeGroupView;
import org.groundtruth.merging.MergeProposal;
import org.groundtruth.merging.MergeStatus;
import org.groundtruth.account.Role;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Rule;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;

/**
 * The merge review queue at /api/merges: list proposals by status, read one with both incidents side by side and
 * its history, accept (apply), undo, reject (or split an applied merge). A step the proposal's status does not
 * allow is a 409 saying why.
 */
public final class MergeApi implements WebFeature {
    private static final Set<String> LIST_PARAMETERS = Set.of("status", "limit", "offset");
    private final Store store;

    public MergeApi(Store store) {
        this.store = store;
    }

    @Override
    public String openApiPart() {
        return "/openapi/merges.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/merges.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        // Proposals show unpublished incidents side by side: signed-in users only (viewers read everything held).
        // Deciding them is part of review: investigators and reviewers (and admins, whom every rule admits).
        Rule reviewers = Rule.roles(Role.INVESTIGATOR, Role.REVIEWER);
        routes.api(HandlerType.GET, "/api/merges", Rule.SIGNED_IN, this::list)
                .api(HandlerType.GET, "/api/merges/{id}", Rule.SIGNED_IN, this::get)
                .api(HandlerType.POST, "/api/merges/{id}/apply", reviewers, ctx -> decide(ctx, "apply"))
                .api(HandlerType.POST, "/api/merges/{id}/undo", reviewers, ctx -> decide(ctx, "undo"))
                .api(HandlerType.POST, "/api/merges/{id}/reject", reviewers, ctx -> decide(ctx, "reject"))
                .api(HandlerType.GET, "/api/merge-groups", Rule.SIGNED_IN, this::groups)
                .api(HandlerType.GET, "/api/merge-groups/{id}", Rule.SIGNED_IN, this::group)
                .api(HandlerType.POST, "/api/merge-groups/{id}/apply", reviewers, ctx -> decideGroup(ctx, true))
                .api(HandlerType.POST, "/api/merge-groups/{id}/reject", reviewers, ctx -> decideGroup(ctx, false));
    }

    private static final Set<String> GROUP_PARAMETERS = Set.of("band", "limit", "offset");

    /** Pending groups (proposed incidents) by value, within a confidence band (decision 0549). */
    private void groups(Context ctx) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!GROUP_PARAMETERS.contains(p)) throw ApiException.badParameter(p, "unknown parameter (band, limit, offset)");
        }
        double lo = 0, hi = 1;
        String band = ctx.queryParam("band");
        if (band != null) {
            String[] parts = band.split("\\.\\.");
            try {
                if (parts.length != 2) throw new NumberFormatException();
                lo = Double.parseDouble(parts[0]);
                hi = Double.parseDouble(parts[1]);
                if (!(lo >= 0 && hi <= 1 && lo <= hi)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw ApiException.badParameter("band", "must be MIN..MAX between 0 and 1, such as 0.8..0.95");
            }
        }
        int limit = intParam(ctx, "limit", 20, 1, 1000);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<MergeGroupView> page = ledger().pendingGroups(lo, hi, limit, offset);
        ObjectNode o = Json.object();
        o.put("numberMatched", ledger().countPendingGroups());
        o.put("numberReturned", page.size());
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode items = o.putArray("items");
        for (MergeGroupView g : page) items.add(group(g));
        Json.ok(ctx, o);
    }

    private void group(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a group id");
        Json.ok(ctx, group(ledger().group(id).orElseThrow(() -> ApiException.notFound("merge group " + id))));
    }

    private void decideGroup(Context ctx, boolean accept) {
        long id = ApiException.pathNumber(ctx, "a group id");
        JsonNode body = Json.readObject(ctx);
        String by = Access.note(ctx).actor();
        String note = text(body, "note", null);
        if (note == null) note = Access.note(ctx).reason();
        if (ledger().group(id).isEmpty()) throw ApiException.notFound("merge group " + id);
        try {
            Json.ok(ctx, group(accept ? ledger().applyGroup(id, by) : ledger().rejectGroup(id, by, note)));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
    }

    private static ObjectNode group(MergeGroupView g) {
        ObjectNode o = Json.object();
        o.put("id", g.id());
        o.put("confidence", g.confidence());
        o.put("value", Math.round(g.value() * 1000) / 1000.0);
        ArrayNode members = o.putArray("members");
        g.members().forEach(members::add);
        o.put("pending", g.pending());
        ArrayNode merges = o.putArray("merges");
        for (MergeProposal p : g.merges()) merges.add(proposal(p));
        return o;
    }

    private MergeLedger ledger() {
        return store.port(MergeLedger.PORT);
    }

    private void list(Context ctx) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!LIST_PARAMETERS.contains(p)) throw ApiException.badParameter(p, "unknown parameter (status, limit, offset)");
        }
        MergeStatus status = MergeStatus.parse(ctx.queryParamMap().containsKey("status") ? ctx.queryParam("status") : "pending");
        int limit = intParam(ctx, "limit", 20, 1, 1000);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<MergeProposal> page = ledger().list(status, limit, offset);
        ObjectNode o = Json.object();
        o.put("status", status.code());
        o.put("numberMatched", ledger().count(status));
        o.put("numberReturned", page.size());
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode items = o.putArray("items");
        for (MergeProposal p : page) items.add(withIncidents(p));
        Json.ok(ctx, o);
    }

    private void get(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a proposal id");
        MergeProposal p = ledger().find(id).orElseThrow(() -> ApiException.notFound("merge proposal " + id));
        ObjectNode o = withIncidents(p);
        ArrayNode history = o.putArray("history");
        for (MergeEvent e : ledger().history(id)) {
            ObjectNode h = history.addObject();
            h.put("action", e.action());
            h.put("actor", e.actor());
            h.put("at", e.at().toString());
            h.put("note", e.note());
        }
        Json.ok(ctx, o);
    }

    private void decide(Context ctx, String step) {
        long id = ApiException.pathNumber(ctx, "a proposal id");
        JsonNode body = Json.readObject(ctx);
        String by = Access.note(ctx).actor(); // user:NAME, as the audit log records it
        String note = text(body, "note", null);
        if (note == null) note = Access.note(ctx).reason(); // or the X-Change-Reason header
        try {
            MergeProposal p = switch (step) {
                case "apply" -> ledger().apply(id, by);
                case "undo" -> ledger().undo(id, by);
                default -> ledger().reject(id, by, note);
            };
            Json.ok(ctx, withIncidents(p));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
    }

    private ObjectNode withIncidents(MergeProposal p) {
        ObjectNode o = proposal(p);
        ArrayNode incidents = o.putArray("incidents");
        for (long incidentId : new long[]{p.firstId(), p.secondId()}) {
            Incident i = store.incidents().find(incidentId).orElseThrow();
            ObjectNode s = IncidentJson.summary(i, true); // signed-in only: with internalId
            var into = ledger().mergedInto(incidentId);
            if (into.isPresent()) s.put("mergedInto", into.getAsLong());
            else s.putNull("mergedInto");
            s.put("reportCount", i.reports().size());
            incidents.add(s);
        }
        return o;
    }

    static ObjectNode proposal(MergeProposal p) {
        ObjectNode o = Json.object();
        o.put("id", p.id());
        o.put("firstId", p.firstId());
        o.put("secondId", p.secondId());
        o.put("confidence", p.confidence());
        o.put("distanceKm", Math.round(p.distanceKm() * 1000) / 1000.0);
        o.put("gapSeconds", p.gapSeconds());
        o.put("reason", p.reason());
        o.put("status", p.status().code());
        if (p.survivorId() == null) o.putNull("survivorId");
        else o.put("survivorId", p.survivorId());
        if (p.mergedId() == null) o.putNull("mergedId");
        else o.put("mergedId", p.mergedId());
        o.put("automatic", p.automatic());
        o.put("proposedAt", p.proposedAt().toString());
        o.put("decidedAt", p.decidedAt() == null ? null : p.decidedAt().toString());
        o.put("decidedBy", p.decidedBy());
        o.put("note", p.note());
        return o;
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiException.badParameter(name, v + " must lie between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number");
        }
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return fallback;
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        String s = n.asText().strip();
        if (s.length() > 2000) throw ApiException.badParameter(field, "at most 2000 characters");
        return s.isEmpty() ? fallback : s;
    }
}
