package org.groundtruth.web.api;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStats;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.IdPage;
import org.groundtruth.incident.SearchResult;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;
import org.groundtruth.web.Access;
import org.groundtruth.account.Role;
import org.groundtruth.web.WebSettings;
import org.groundtruth.web.claim.ClaimJson;

/** The JSON API at /api: incidents (read, create, correct), their reports, stats, imports and governorates. */
public final class IncidentApi implements WebFeature {
    private final Store store;
    private final WebSettings settings;
    private final Assessor assessor;

    public IncidentApi(Store store, WebSettings settings) {
        this(store, settings, assessorFor(store, settings));
    }

    /** An incident as the JSON list shows it: its summary, matched claims and responses, and grade. */
    public static final PublicItems.Renderer SUMMARY = (g, i, claims, grade, internal) -> {
        g.writeStartObject();
        IncidentJson.writeSummary(g, i, internal);
        claims.write(g, i, internal);
        AssessmentJson.writeSummary(g, grade);
        g.writeEndObject();
    };

    /** Items of the public's list pages, kept per public generation (decision 0424). */
    private final PublicItems summaries = new PublicItems(SUMMARY, 64L << 20);

    public IncidentApi(Store store, WebSettings settings, Assessor assessor) {
        this.store = store;
        this.settings = settings;
        this.assessor = assessor;
    }

    /**
     * The assessor the web uses: the store's objectives and ledger, the settings' reference table and statements, and,
     * when early warning is on, the store's sightings.
     */
    public static Assessor assessorFor(Store store, WebSettings settings) {
        Assessor assessor = new Assessor(store.incidents(), store.port(ObjectiveLayer.PORT), store.port(AssessmentLedger.PORT), settings.statements(),
                settings.weapons(), java.time.Clock.systemUTC());
        return settings.warning() == null ? assessor : assessor.withSightings(settings.warning().evidence(store));
    }

    @Override
    public String openApiPart() {
        return "/openapi/incidents.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/map.js", "/static/features/timeline.js", "/static/features/filters.js", "/static/features/list.js", "/static/features/incident.js", "/static/features/incident-form.js", "/static/features/credits.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        // Public reads show the public published incidents only (Access.visibleStatuses); an unpublished id is a 404.
        routes.api(HandlerType.GET, "/api/incidents", Rule.PUBLIC, this::list)
                .api(HandlerType.POST, "/api/incidents", Rule.roles(Role.INVESTIGATOR), this::create)
                .api(HandlerType.GET, "/api/incidents/{id}", Rule.PUBLIC, this::get)
                .api(HandlerType.PATCH, "/api/incidents/{id}", Rule.roles(Role.INVESTIGATOR), this::patch)
                .api(HandlerType.POST, "/api/incidents/{id}/reports", Rule.roles(Role.INVESTIGATOR), this::addReport)
                .api(HandlerType.GET, "/api/stats", Rule.PUBLIC, this::stats)
                .api(HandlerType.GET, "/api/imports", Rule.SIGNED_IN, this::imports)
                .api(HandlerType.GET, "/api/governorates", Rule.PUBLIC, this::governorates)
                .api(HandlerType.GET, "/api/ui-settings", Rule.PUBLIC, this::uiSettings);
    }

    private void list(Context ctx) {
        var allowed = new java.util.HashSet<>(IncidentFilter.FILTER_PARAMETERS);
        allowed.addAll(IncidentFilter.PAGING_PARAMETERS);
        IncidentFilter.refuseUnknown(ctx, allowed);
        IncidentQuery query = IncidentFilter.read(ctx).withStatuses(Access.visibleStatuses(ctx));
        IdPage page = store.incidents().searchIds(query);
        List<Json.Writer> items = summaries.items(store, query, page, Access.internalIds(ctx));
        ArrayNode links = Json.array();
        String url = "/api/incidents";
        if (query.offset() + page.ids().size() < page.numberMatched()) {
            links.addObject().put("rel", "next").put("href", url + IncidentFilter.pageQuery(ctx.queryParamMap(), query.limit(), query.offset() + query.limit()));
        }
        if (query.offset() > 0) {
            links.addObject().put("rel", "prev").put("href", url + IncidentFilter.pageQuery(ctx.queryParamMap(), query.limit(), Math.max(0, query.offset() - query.limit())));
        }
        Json.answerWritten(ctx, 200, Json.JSON, g -> { // streamed: a page is 100s of incidents (decision 0422)
            g.writeStartObject();
            g.writeNumberField("numberMatched", page.numberMatched());
            g.writeNumberField("numberReturned", items.size());
            g.writeNumberField("limit", query.limit());
            g.writeNumberField("offset", query.offset());
            g.writeFieldName("links");
            g.writeTree(links);
            g.writeArrayFieldStart("items");
            for (Json.Writer item : items) item.write(g);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void get(Context ctx) {
        Incident incident = find(ctx);
        Json.ok(ctx, detail(ctx, incident, false));
    }

    private void create(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        IncidentFacts facts = IncidentFactsReader.facts(body);
        List<NewReport> reports = new ArrayList<>();
        JsonNode reportNodes = body.get("reports");
        if (reportNodes != null && !reportNodes.isNull()) {
            if (!reportNodes.isArray()) throw ApiException.badParameter("reports", "must be an array of reports");
            for (int i = 0; i < reportNodes.size(); i++) reports.add(IncidentFactsReader.report(reportNodes.get(i), "reports[" + i + "]"));
        }
        Incident created = store.incidents().create(facts, reports, Access.note(ctx));
        ctx.header("Location", "/api/incidents/" + created.publicId());
        Json.answer(ctx, 201, Json.JSON, detail(ctx, created, true));
    }

    /**
     * A JSON merge patch (RFC 7386) over the facts as {@link IncidentJson#facts} writes them: fields left out stay,
     * null clears. The location and casualties objects merge field by field; the date is replaced whole, because its
     * parts only make sense together. Moving the coordinates marks them as placed by hand.
     */
    private void patch(Context ctx) {
        Incident incident = find(ctx);
        ObjectNode patch = Json.readObject(ctx);
        org.groundtruth.audit.ChangeNote note = Corrections.note(ctx, patch, incident);
        // a correction of a published incident builds on the corrections already waiting for review (decision 0752)
        ObjectNode merged = IncidentJson.facts(Corrections.pendingFacts(store, incident));
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            String field = e.getKey();
            JsonNode value = e.getValue();
            if ((field.equals("location") || field.equals("casualties")) && value.isObject() && merged.get(field) instanceof ObjectNode target) {
                value.properties().forEach(sub -> {
                    if (sub.getValue().isNull()) target.remove(sub.getKey()); else target.set(sub.getKey(), sub.getValue());
                });
                if (field.equals("location") && (value.has("lat") || value.has("lon")) && !value.has("placedBy")) target.remove("placedBy");
                if (field.equals("location") && !value.has("precision") && target.path("precision").asText().equals("unknown")) target.remove("precision");
            } else if (value.isNull()) {
                merged.remove(field);
            } else {
                merged.set(field, value);
            }
        }
        IncidentFacts facts = IncidentFactsReader.facts(merged);
        Incident updated = store.incidents().update(incident.id(), facts, note);
        Json.answer(ctx, Corrections.held(incident) ? 202 : 200, Json.JSON, detail(ctx, updated, true));
    }

    private void addReport(Context ctx) {
        Incident incident = find(ctx);
        ObjectNode body = Json.readObject(ctx);
        org.groundtruth.audit.ChangeNote note = Corrections.note(ctx, body, incident);
        NewReport report = IncidentFactsReader.report(body, "report");
        Report added = store.incidents().addReport(incident.id(), report, note);
        if (added == null) { // held for a reviewer: the public sees the incident as published
            Json.answer(ctx, 202, Json.JSON, Json.object().put("pending", true)
                    .set("pendingRevision", PendingRevisionJson.of(incident, store.incidents().pendingRevision(incident.id()).orElseThrow())));
            return;
        }
        assessor.refresh(store.incidents().find(incident.id()).orElseThrow()); // a new source can change the grade
        Json.answer(ctx, 201, Json.JSON, IncidentJson.report(added, incident.publicId(), store.incidents().revisions(added.id()), Access.internalIds(ctx)));
    }

    private void stats(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, IncidentFilter.FILTER_PARAMETERS);
        IncidentStats stats = store.incidents().stats(IncidentFilter.read(ctx).withStatuses(Access.visibleStatuses(ctx)));
        ObjectNode o = Json.object();
        o.put("total", stats.total());
        o.put("placed", stats.placed());
        o.put("firstDay", stats.perDay().isEmpty() ? null : stats.perDay().firstKey().toString());
        o.put("lastDay", stats.perDay().isEmpty() ? null : stats.perDay().lastKey().toString());
        ObjectNode perDay = o.putObject("perDay");
        stats.perDay().forEach((day, n) -> perDay.put(day.toString(), n));
        SortedMap<String, Long> weeks = new TreeMap<>(), months = new TreeMap<>();
        stats.perDay().forEach((day, n) -> {
            weeks.merge(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(), n, Long::sum);
            months.merge(day.toString().substring(0, 7), n, Long::sum);
        });
        ObjectNode perWeek = o.putObject("perWeek");
        weeks.forEach(perWeek::put);
        ObjectNode perMonth = o.putObject("perMonth");
        months.forEach(perMonth::put);
        ObjectNode perGovernorate = o.putObject("perGovernorate");
        new TreeMap<>(stats.perGovernorate()).forEach(perGovernorate::put);
        ObjectNode perObject = o.putObject("perObject");
        new TreeMap<>(stats.perObject()).forEach((obj, n) -> perObject.put(obj.code(), n));
        ObjectNode perDataset = o.putObject("perDataset");
        new TreeMap<>(stats.perDataset()).forEach(perDataset::put);
        Json.ok(ctx, o);
    }

    private void imports(Context ctx) {
        ArrayNode runs = Json.array();
        for (ImportRun r : store.incidents().imports()) {
            ObjectNode o = runs.addObject();
            o.put("id", r.id());
            o.put("fileName", r.fileName());
            o.put("format", r.format());
            o.put("fileSha256", r.fileSha256());
            o.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
            o.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
            o.put("rows", r.rows());
            o.put("inserted", r.inserted());
            o.put("updated", r.updated());
            o.put("unchanged", r.unchanged());
            o.put("unplaced", r.unplaced());
        }
        ObjectNode o = Json.object();
        o.set("imports", runs);
        Json.ok(ctx, o);
    }

    /**
     * The governorates to filter by: those where an incident the caller may see lies (a choice with no data only
     * empties the map), spelled as the gazetteer spells them where it knows them; and under {@code known} every
     * governorate the gazetteer knows, for choosing one when entering an incident.
     */
    private void governorates(Context ctx) {
        List<String> fromGazetteer = settings.governorates().get();
        TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (fromGazetteer != null) fromGazetteer.stream().filter(s -> s != null && !s.isBlank()).forEach(known::add);
        TreeSet<String> withData = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        store.incidents().stats(IncidentQuery.all().withStatuses(Access.visibleStatuses(ctx))).perGovernorate().keySet().stream()
                .filter(s -> s != null && !s.isBlank()).map(s -> known.contains(s) ? known.ceiling(s) : s).forEach(withData::add);
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("governorates");
        withData.forEach(list::add);
        ArrayNode all = o.putArray("known");
        known.forEach(all::add);
        ArrayNode objects = o.putArray("objects");
        for (CivilianObject c : CivilianObject.values()) objects.addObject().put("code", c.code()).put("label", c.label());
        Json.ok(ctx, o);
    }

    private void uiSettings(Context ctx) {
        ObjectNode o = Json.object();
        o.put("tileUrlTemplate", settings.tileUrlTemplate());
        o.put("tileAttribution", settings.tileAttribution());
        Json.ok(ctx, o);
    }

    /**
     * The incident with its reports and its assessment computed now (attribution, objective analysis, grade). After a
     * write ({@code store}) the summary the search filters use is stored again too; a read never writes.
     */
    private ObjectNode detail(Context ctx, Incident incident, boolean storeSummary) {
        boolean internal = Access.internalIds(ctx);
        ObjectNode o = IncidentJson.detail(incident, store.incidents()::revisions, internal);
        ClaimJson.ForIncidents.of(store.port(ClaimLedger.PORT), List.of(incident.id())).addTo(o, incident, internal);
        AssessmentJson.addTo(o, storeSummary ? assessor.refresh(incident) : assessor.assess(incident, Access.visibleStatuses(ctx)),
                store.port(AssessmentLedger.PORT).overrides(incident.id()), !Access.caller(ctx).anonymous());
        if (!Access.caller(ctx).anonymous()) { // the team sees corrections waiting for review; the public never does
            var pending = store.incidents().pendingRevision(incident.id());
            if (pending.isPresent()) o.set("pendingRevision", PendingRevisionJson.of(incident, pending.get())); else o.putNull("pendingRevision");
        }
        var mergedInto = store.port(MergeLedger.PORT).mergedInto(incident.id()); // a merged incident is kept for undo, hidden from lists
        var survivor = mergedInto.isPresent() ? store.incidents().find(mergedInto.getAsLong()).filter(i -> Access.canSee(ctx, i.status())) : java.util.Optional.<Incident>empty();
        if (survivor.isPresent()) {
            o.put("mergedInto", survivor.get().publicId()); // the survivor's public id: the public never sees a number
        } else {
            o.putNull("mergedInto");
        }
        return o;
    }

    /** The incident of the path's {id}: a public id, or for signed-in callers also the internal number (Access). */
    private Incident find(Context ctx) {
        return Access.visibleIncident(ctx, store.incidents(), "id");
    }

}
