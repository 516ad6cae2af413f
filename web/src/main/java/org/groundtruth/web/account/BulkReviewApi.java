package org.groundtruth.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.groundtruth.account.Role;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.BulkReview;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.review.ReviewSelection;
import org.groundtruth.store.Store;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

/**
 * Bulk review at /api/reviews: POST {"import": ID | "filter": "governorate=Idlib&q=market", "to": STATUS, "reason":
 * "...", "dryRun": false} moves every selected incident that the caller's role may move to {@code to} by the
 * workflow's own move, leaves the others, and answers what it did; one audit entry names every incident moved
 * (decision 0751). The filter is a query string with the list's parameters (as /api/incidents takes them).
 */
public final class BulkReviewApi implements WebFeature {
    static final Set<String> FIELDS = Set.of("import", "filter", "to", "reason", "dryRun");
    private final Store store;

    public BulkReviewApi(Store store) {
        this.store = store;
    }

    @Override
    public String openApiPart() {
        return "/openapi/bulk-review.json";
    }

    @Override
    public List<String> uiModules() {
        return List.of("/static/features/bulk-review.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.POST, "/api/reviews", Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::review);
    }

    private void review(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        UserApi.refuseUnknown(body, FIELDS);
        ReviewSelection selection = selection(body);
        String toText = SessionApi.text(body, "to");
        IncidentStatus to = ReviewRules.parse(toText).orElseThrow(() -> ApiException.badParameter("to",
                "'" + toText + "' is not one of draft, in_review, published, retracted"));
        JsonNode reasonNode = body.get("reason");
        if (reasonNode == null || !reasonNode.isTextual() || reasonNode.asText().isBlank()) {
            throw ApiException.badParameter("reason", "a bulk review needs a reason (it is kept in the audit log)");
        }
        String reason = reasonNode.asText().strip();
        if (reason.length() > 4000) throw ApiException.badParameter("reason", "at most 4000 characters");
        JsonNode dryNode = body.get("dryRun");
        if (dryNode != null && !dryNode.isNull() && !dryNode.isBoolean()) throw ApiException.badParameter("dryRun", "must be true or false");
        boolean dryRun = dryNode != null && dryNode.asBoolean(false);
        BulkReview done;
        try {
            done = store.port(IncidentReviews.PORT).moveAll(selection, to, Access.caller(ctx).role(), Access.caller(ctx).note().because(reason), dryRun);
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("import " + selection.importId());
        }
        Json.ok(ctx, answer(selection, done));
    }

    private ObjectNode answer(ReviewSelection selection, BulkReview done) {
        ObjectNode o = Json.object();
        o.put("selection", selection.description());
        o.put("to", ReviewRules.code(done.to()));
        o.put("dryRun", done.dryRun());
        o.put("selected", done.selected());
        o.put("moved", done.moved().size());
        ObjectNode left = o.putObject("left");
        done.left().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> left.put(ReviewRules.code(e.getKey()), e.getValue()));
        o.put("line", done.line());
        if (!done.dryRun()) {
            Map<Long, String> publicIds = store.incidents().publicIds(done.moved());
            ArrayNode ids = o.putArray("incidents");
            for (long id : done.moved()) ids.add(publicIds.get(id));
        }
        return o;
    }

    /** An import by its number, or a filter as a query string; exactly one. */
    static ReviewSelection selection(ObjectNode body) {
        JsonNode imp = body.get("import");
        JsonNode filter = body.get("filter");
        boolean hasImport = imp != null && !imp.isNull();
        boolean hasFilter = filter != null && !filter.isNull();
        if (hasImport == hasFilter) throw ApiException.badParameter("import", "give either an import or a filter");
        if (hasImport) {
            long id;
            if (imp.isIntegralNumber()) id = imp.asLong();
            else if (imp.isTextual() && imp.asText().strip().matches("[0-9]{1,18}")) id = Long.parseLong(imp.asText().strip());
            else throw ApiException.badParameter("import", "must be an import's number");
            return ReviewSelection.ofImport(id);
        }
        if (!filter.isTextual()) throw ApiException.badParameter("filter", "must be a query string such as governorate=Idlib&q=market");
        return filterSelection(filter.asText());
    }

    /**
     * A filter written as a query string with the list's parameters ("governorate=Idlib&datetime=2016-01-01/.."): the
     * API's and the CLI's way to name a selection. Unknown or paging parameters are refused by name.
     */
    public static ReviewSelection filterSelection(String queryString) {
        String q = queryString.strip();
        if (q.startsWith("?")) q = q.substring(1);
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!IncidentFilter.FILTER_PARAMETERS.contains(name)) {
                throw ApiException.badParameter("filter", "'" + name + "' is not a filter; known are "
                        + String.join(", ", IncidentFilter.FILTER_PARAMETERS.stream().sorted().toList()));
            }
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        List<String> words = new ArrayList<>();
        params.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().forEach(v -> words.add(e.getKey() + "=" + v)));
        return ReviewSelection.matching(IncidentFilter.read(params), String.join("&", words));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("filter", "is not a well-formed query string (a bad % escape)");
        }
    }
}
