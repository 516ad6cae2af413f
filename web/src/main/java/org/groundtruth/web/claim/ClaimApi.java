package org.groundtruth.web.claim;

import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.ClaimPage;
import org.groundtruth.claim.ClaimQuery;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.claim.StoredClaim;
import org.groundtruth.account.Role;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;

/**
 * The claims API: {@code GET /api/claims} (filters party, placed, unplaced, matched, datetime; paging),
 * {@code GET /api/claims/{id}} (the claim and the incidents it could explain), and the responses of an incident
 * ({@code GET/POST /api/incidents/{id}/responses}).
 */
public final class ClaimApi implements WebFeature {
    private static final Set<String> LIST_PARAMETERS = Set.of("party", "placed", "unplaced", "matched", "datetime", "limit", "offset");

    private final Store store;
    private final Clock clock;
    private final MatchOnArrival matchOnArrival;

    public ClaimApi(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.matchOnArrival = new MatchOnArrival(store);
    }

    @Override
    public String openApiPart() {
        return "/openapi/claims.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/claims.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        // Claims list the incidents they could explain, unpublished ones included: signed-in users only. Responses hang
        // off an incident and are shown to whoever may see it.
        routes.api(HandlerType.GET, "/api/claims", Rule.SIGNED_IN, this::list)
                .api(HandlerType.GET, "/api/claims/{id}", Rule.SIGNED_IN, this::get)
                .api(HandlerType.GET, "/api/incidents/{id}/responses", Rule.PUBLIC, this::responses)
                .api(HandlerType.POST, "/api/incidents/{id}/responses", Rule.roles(Role.INVESTIGATOR), this::respond)
                // an incident created or corrected through the API is matched against the claims at once
                .after("/api/incidents*", matchOnArrival::afterIncidentWrite);
    }

    private ClaimLedger ledger() {
        return store.port(ClaimLedger.PORT);
    }

    private void list(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, LIST_PARAMETERS);
        Map<String, List<String>> p = ctx.queryParamMap();
        Boolean placed = bool(p, "placed");
        Boolean unplaced = bool(p, "unplaced");
        if (unplaced != null) {
            if (placed != null && placed == unplaced) throw ApiException.badParameter("unplaced", "contradicts placed=" + placed);
            placed = !unplaced;
        }
        LocalDate[] period = IncidentFilter.datetime(one(p, "datetime"));
        int limit = (int) Math.min(number(p, "limit", 100), ClaimQuery.MAX_LIMIT);
        long offset = number(p, "offset", 0);
        ClaimQuery q = new ClaimQuery(one(p, "party"), placed, period[0], period[1], bool(p, "matched"), limit, offset);
        ClaimPage page = ledger().list(q);
        ObjectNode o = Json.object();
        o.put("numberMatched", page.numberMatched());
        o.put("numberReturned", page.items().size());
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode links = o.putArray("links");
        if (offset + page.items().size() < page.numberMatched()) {
            links.addObject().put("rel", "next").put("href", "/api/claims" + IncidentFilter.pageQuery(p, limit, offset + limit));
        }
        ArrayNode items = o.putArray("items");
        for (StoredClaim s : page.items()) {
            ObjectNode c = ClaimJson.claim(s);
            ArrayNode incidents = c.putArray("incidents");
            for (ClaimMatch m : ledger().matchesForClaim(s.id())) incidents.add(ClaimJson.matchForClaim(m));
            items.add(c);
        }
        Json.ok(ctx, o);
    }

    private void get(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a claim number");
        StoredClaim s = ledger().find(id).orElseThrow(() -> ApiException.notFound("claim " + id));
        ObjectNode o = ClaimJson.claim(s);
        ArrayNode incidents = o.putArray("incidents");
        for (ClaimMatch m : ledger().matchesForClaim(id)) {
            ObjectNode n = ClaimJson.matchForClaim(m);
            store.incidents().find(m.incidentId()).ifPresent(i -> {
                n.put("title", i.facts().title());
                n.put("date", i.facts().date().display());
                n.put("place", i.facts().location().placeName());
                n.put("killed", i.facts().casualties().killed().display());
            });
            incidents.add(n);
        }
        Json.ok(ctx, o);
    }

    private void responses(Context ctx) {
        var incident = Access.visibleIncident(ctx, store.incidents(), "id");
        long id = incident.id();
        ArrayNode list = Json.array();
        for (Response r : ledger().responsesFor(id)) list.add(ClaimJson.response(r, incident.publicId(), Access.internalIds(ctx)));
        ObjectNode o = Json.object();
        o.set("responses", list);
        Json.ok(ctx, o);
    }

    /** Body: {"party": ..., "kind": "denial|admission|fake|investigation|other", "date": "2015-12-23", "text", "url", "language"}. */
    private void respond(Context ctx) {
        var incident = Access.visibleIncident(ctx, store.incidents(), "id");
        long id = incident.id();
        ObjectNode body = Json.readObject(ctx);
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("party", "kind", "date", "text", "url", "language").contains(f)) {
                throw ApiException.badParameter(f, "unknown field; a response has party, kind, date, text, url, language");
            }
        }
        String party = text(body, "party");
        if (party == null) throw ApiException.badParameter("party", "who responded is required");
        ResponseKind kind = kind(text(body, "kind"));
        LocalDate date;
        String dateText = text(body, "date");
        try {
            date = dateText == null ? LocalDate.now(clock) : LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("date", "not a date like 2015-12-23");
        }
        String text = text(body, "text"), url = text(body, "url");
        if (text == null && url == null) throw ApiException.badParameter("url", "give url or text: where the response was published or what was said");
        Response r;
        try {
            r = ledger().respond(new Response(0, party, kind, id, date, text, new SourceDocument(url, text, text(body, "language")),
                    Instant.now(clock)), Access.note(ctx));
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("incident " + incident.publicId());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage().contains("language") ? "language" : "date", e.getMessage());
        }
        ctx.header("Location", "/api/incidents/" + incident.publicId() + "/responses");
        Json.answer(ctx, 201, Json.JSON, ClaimJson.response(r, incident.publicId(), Access.internalIds(ctx)));
    }

    static ResponseKind kind(String text) {
        if (text == null) throw ApiException.badParameter("kind", "required: denial, admission, fake, investigation or other");
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "denial" -> ResponseKind.DENIAL;
            case "admission" -> ResponseKind.ADMISSION;
            case "fake" -> ResponseKind.CALLED_FAKE;
            case "investigation" -> ResponseKind.INVESTIGATION_OPENED;
            case "other" -> ResponseKind.OTHER;
            default -> throw ApiException.badParameter("kind", "not one of denial, admission, fake, investigation, other");
        };
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badParameter(field, "must be a string");
        return v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String one(Map<String, List<String>> p, String name) {
        List<String> v = p.get(name);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw ApiException.badParameter(name, "given " + v.size() + " times; give it once");
        return v.getFirst();
    }

    private static Boolean bool(Map<String, List<String>> p, String name) {
        String v = one(p, name);
        if (v == null || v.isBlank()) return null;
        if (!v.equals("true") && !v.equals("false")) throw ApiException.badParameter(name, "must be true or false");
        return Boolean.valueOf(v);
    }

    private static long number(Map<String, List<String>> p, String name, long fallback) {
        String v = one(p, name);
        if (v == null || v.isBlank()) return fallback;
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) throw ApiException.badParameter(name, n + " is negative");
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number");
        }
    }
}
