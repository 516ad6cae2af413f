package org.groundtruth.web.ogc;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IdPage;
import org.groundtruth.web.api.PublicItems;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.claim.ClaimJson;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;
import org.groundtruth.web.Access;

/**
 * OGC API – Features Part 1 at /ogc with one collection, "incidents". Follows the standard's core, GeoJSON and
 * OpenAPI 3.0 conformance classes so that QGIS, GDAL and other GIS tools can read the ledger directly.
 */
public final class OgcApi implements WebFeature {
    public static final String COLLECTION = "incidents";
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            "http://www.opengis.net/spec/ogcapi-features-5/1.0/conf/schemas");
    private static final Set<String> FORMAT_ONLY = Set.of("f");

    private final Store store;
    private final IncidentExtent extent;
    private final Clock clock;
    private final org.groundtruth.assessment.Assessor assessor;
    private final String publicUrl;
    private final com.fasterxml.jackson.databind.JsonNode openApi;
    /** An incident as an items page shows it: a feature with its matched claims, responses and grade. */
    public static final PublicItems.Renderer FEATURE = (g, i, claims, grade, internal) -> {
        g.writeStartObject();
        IncidentFeatures.writeFeature(g, i, internal, p -> {
            claims.write(p, i, internal);
            IncidentFeatures.writeGrade(p, grade);
        });
        g.writeEndObject();
    };

    /** Features of the public's pages, kept per public generation (decision 0424). */
    private final PublicItems features = new PublicItems(FEATURE, 64L << 20);

    public OgcApi(Store store, Clock clock) {
        this(store, clock, null, null);
    }

    /**
     * With an assessor, a single item carries its attribution, objective analysis and grade computed on read. Links
     * start with {@code publicUrl} when given (a server behind a proxy), else with the request's scheme and host.
     */
    public OgcApi(Store store, Clock clock, org.groundtruth.assessment.Assessor assessor, String publicUrl) {
        this.store = store;
        this.clock = clock;
        this.extent = new IncidentExtent(store, clock);
        this.assessor = assessor;
        this.publicUrl = publicUrl;
        this.openApi = new org.groundtruth.web.api.OpenApiDocument(List.of(openApiPart())).document();
    }

    @Override
    public String openApiPart() {
        return "/openapi/ogc.json";
    }

    @Override
    public void addTo(RouteTable routes) {
        // Public: the public sees published incidents only (Access.visibleStatuses), signed-in users all of them.
        routes.api(HandlerType.GET, "/ogc", Rule.PUBLIC, this::landing)
                .api(HandlerType.GET, "/ogc/api", Rule.PUBLIC, this::apiDefinition)
                .api(HandlerType.GET, "/ogc/conformance", Rule.PUBLIC, this::conformance)
                .api(HandlerType.GET, "/ogc/collections", Rule.PUBLIC, this::collections)
                .api(HandlerType.GET, "/ogc/collections/" + COLLECTION, Rule.PUBLIC, this::collection)
                .api(HandlerType.GET, "/ogc/collections/" + COLLECTION + "/queryables", Rule.PUBLIC, ctx -> schemaDocument(ctx, "queryables"))
                .api(HandlerType.GET, "/ogc/collections/" + COLLECTION + "/schema", Rule.PUBLIC, ctx -> schemaDocument(ctx, "schema"))
                .api(HandlerType.GET, "/ogc/collections/" + COLLECTION + "/feature-schema", Rule.PUBLIC, ctx -> schemaDocument(ctx, "feature-schema"))
                .api(HandlerType.GET, "/ogc/collections/" + COLLECTION + "/items", Rule.PUBLIC, this::items)
                .api(HandlerType.GET, "/ogc/collections/" + COLLECTION + "/items/{featureId}", Rule.PUBLIC, this::item);
    }

    private void landing(Context ctx) {
        checkFormat(ctx, FORMAT_ONLY);
        String base = base(ctx);
        ObjectNode o = Json.object();
        o.put("title", "Groundtruth incidents");
        o.put("description", "Airstrikes that harmed civilians, as established from their reports, served as OGC API - Features.");
        ArrayNode links = o.putArray("links");
        link(links, base + "/ogc?f=json", "self", Json.JSON, "This document");
        link(links, base + "/ogc/api", "service-desc", Json.OPENAPI_JSON, "The definition of this API");
        link(links, base + "/api/docs", "service-doc", "text/html", "The API documentation");
        link(links, base + "/ogc/conformance", "conformance", Json.JSON, "Conformance classes implemented");
        link(links, base + "/ogc/collections", "data", Json.JSON, "The collections of features");
        link(links, base + "/ogc/collections", "http://www.opengis.net/def/rel/ogc/1.0/data", Json.JSON, "The collections of features");
        link(links, base + "/ogc/conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance", Json.JSON, "Conformance classes implemented");
        Json.ok(ctx, o);
    }

    /** This OGC API's own definition, paths relative to /ogc, where GIS clients look up the items' limit (decision 0411). */
    private void apiDefinition(Context ctx) {
        checkFormat(ctx, FORMAT_ONLY);
        Json.answer(ctx, 200, Json.OPENAPI_JSON, org.groundtruth.web.api.OpenApiDocument.rebased(openApi, "/ogc", base(ctx) + "/ogc",
                "Groundtruth incidents: OGC API - Features"));
    }

    /** The collection's queryables (Part 3), schema (Part 5) or GeoJSON feature schema (its describedby). */
    private void schemaDocument(Context ctx, String which) {
        checkFormat(ctx, FORMAT_ONLY);
        String id = base(ctx) + "/ogc/collections/" + COLLECTION + "/" + which;
        ObjectNode doc = switch (which) {
            case "queryables" -> FeatureSchema.queryables(id);
            case "schema" -> FeatureSchema.schema(id, Access.internalIds(ctx));
            default -> FeatureSchema.geoJsonFeatureSchema(id, Access.internalIds(ctx));
        };
        Json.answer(ctx, 200, FeatureSchema.SCHEMA_JSON, doc);
    }

    private void conformance(Context ctx) {
        checkFormat(ctx, FORMAT_ONLY);
        ObjectNode o = Json.object();
        ArrayNode conformsTo = o.putArray("conformsTo");
        CONFORMANCE.forEach(conformsTo::add);
        Json.ok(ctx, o);
    }

    private void collections(Context ctx) {
        checkFormat(ctx, FORMAT_ONLY);
        String base = base(ctx);
        ObjectNode o = Json.object();
        ArrayNode links = o.putArray("links");
        link(links, base + "/ogc/collections?f=json", "self", Json.JSON, "This document");
        o.putArray("crs").add(CRS84);
        o.putArray("collections").add(collectionDocument(base, ctx));
        Json.ok(ctx, o);
    }

    private void collection(Context ctx) {
        checkFormat(ctx, FORMAT_ONLY);
        Json.ok(ctx, collectionDocument(base(ctx), ctx));
    }

    private ObjectNode collectionDocument(String base, Context ctx) {
        String self = base + "/ogc/collections/" + COLLECTION;
        ObjectNode o = Json.object();
        o.put("id", COLLECTION);
        o.put("title", "Incidents");
        o.put("description", "One feature per incident: date with its precision, place with its precision, civilian objects hit, "
                + "casualties as ranges, alleged perpetrators and the number of reports. Unplaced incidents have no geometry. "
                + "Matched belligerent claims and responses are in claims and responses. "
                + "Extra filters: actor, object, governorate, q (free text), placed, claimed (true: a party's claim matches), "
                + "kind (event kind: air_strike, missile, shelling, ground_fighting, other, unknown; or strikes).");
        o.put("itemType", "feature");
        o.putArray("crs").add(CRS84);
        o.put("storageCrs", CRS84);
        IncidentExtent.Extent e = extent.get(Access.visibleStatuses(ctx));
        ObjectNode ext = o.putObject("extent");
        ObjectNode spatial = ext.putObject("spatial");
        ArrayNode box = spatial.putArray("bbox").addArray();
        for (double v : e.bbox()) box.add(v);
        spatial.put("crs", CRS84);
        ObjectNode temporal = ext.putObject("temporal");
        ArrayNode interval = temporal.putArray("interval").addArray();
        if (e.firstDay() == null) interval.addNull(); else interval.add(e.firstDay() + "T00:00:00Z");
        if (e.lastDay() == null) interval.addNull(); else interval.add(e.lastDay() + "T23:59:59Z");
        temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        ArrayNode links = o.putArray("links");
        link(links, self + "?f=json", "self", Json.JSON, "This collection");
        link(links, self + "/items?f=json", "items", Json.GEO_JSON, "The incidents as GeoJSON");
        // Link relations compare without case (RFC 8288), but GDAL 3.6 (Debian 12) looks for "describedBy" exactly: spelled so,
        // the field types reach every GDAL and QGIS that reads a schema
        link(links, self + "/feature-schema", "describedBy", FeatureSchema.SCHEMA_JSON, "An incident as a GeoJSON feature (JSON Schema)");
        link(links, self + "/schema", "http://www.opengis.net/def/rel/ogc/1.0/schema", FeatureSchema.SCHEMA_JSON, "The properties of an incident and their types");
        link(links, self + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", FeatureSchema.SCHEMA_JSON, "What the incidents can be filtered by");
        link(links, base + "/api/docs", "describedby", "text/html", "Field descriptions in the API documentation");
        return o;
    }

    private void items(Context ctx) {
        Set<String> allowed = new HashSet<>(IncidentFilter.FILTER_PARAMETERS);
        allowed.addAll(IncidentFilter.PAGING_PARAMETERS);
        allowed.addAll(Set.of("f", "bbox-crs", "crs"));
        checkFormat(ctx, allowed);
        checkCrs(ctx);
        IncidentQuery query = IncidentFilter.read(ctx).withStatuses(Access.visibleStatuses(ctx));
        IdPage page = store.incidents().searchIds(query);
        String itemsUrl = base(ctx) + "/ogc/collections/" + COLLECTION + "/items";
        boolean internal = Access.internalIds(ctx);
        List<Json.Writer> items = features.items(store, query, page, internal);
        ArrayNode links = Json.array();
        Map<String, List<String>> params = ctx.queryParamMap();
        link(links, itemsUrl + IncidentFilter.pageQuery(params, query.limit(), query.offset()), "self", Json.GEO_JSON, "This page");
        if (query.offset() + page.ids().size() < page.numberMatched()) {
            link(links, itemsUrl + IncidentFilter.pageQuery(params, query.limit(), query.offset() + query.limit()), "next", Json.GEO_JSON, "Next page");
        }
        if (query.offset() > 0) {
            link(links, itemsUrl + IncidentFilter.pageQuery(params, query.limit(), Math.max(0, query.offset() - query.limit())), "prev", Json.GEO_JSON, "Previous page");
        }
        link(links, base(ctx) + "/ogc/collections/" + COLLECTION + "?f=json", "collection", Json.JSON, "The collection");
        String timeStamp = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        ctx.header("Content-Crs", "<" + CRS84 + ">");
        Json.answerWritten(ctx, 200, Json.GEO_JSON, g -> { // streamed: a page is 100s of features (decision 0422)
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Json.Writer item : items) item.write(g);
            g.writeEndArray();
            g.writeNumberField("numberMatched", page.numberMatched());
            g.writeNumberField("numberReturned", items.size());
            g.writeStringField("timeStamp", timeStamp);
            g.writeFieldName("links");
            g.writeTree(links);
            g.writeEndObject();
        });
    }

    private void item(Context ctx) {
        checkFormat(ctx, Set.of("f", "crs"));
        checkCrs(ctx);
        String idText = ctx.pathParam("featureId");
        // Features are named by public id (decision 0740); an internal number from the public is a 404 like any unknown id.
        boolean internal = Access.internalIds(ctx);
        Incident incident = (internal ? store.incidents().findByEitherId(idText) : store.incidents().findByPublicId(idText))
                .filter(i -> Access.canSee(ctx, i.status()))
                .orElseThrow(() -> ApiException.notFound("this feature") /* never repeats the id sent */);
        long id = incident.id();
        ObjectNode o = IncidentFeatures.feature(incident, internal);
        ClaimJson.ForIncidents.of(store.port(ClaimLedger.PORT), List.of(id)).addTo((ObjectNode) o.get("properties"), incident, internal);
        ObjectNode props = (ObjectNode) o.get("properties");
        IncidentFeatures.addGrade(props, store.port(AssessmentLedger.PORT).summaries(List.of(id)).get(id));
        if (assessor != null) {
            IncidentFeatures.addAssessment(props, assessor.assess(incident, org.groundtruth.web.Access.visibleStatuses(ctx)), internal);
            if (org.groundtruth.web.Access.caller(ctx).anonymous() && props.hasNonNull("gradeBy")) props.put("gradeBy", "a reviewer");
        }
        String collectionUrl = base(ctx) + "/ogc/collections/" + COLLECTION;
        ArrayNode links = o.putArray("links");
        link(links, collectionUrl + "/items/" + incident.publicId() + "?f=json", "self", Json.GEO_JSON, "This incident");
        link(links, collectionUrl + "?f=json", "collection", Json.JSON, "The collection");
        link(links, base(ctx) + "/api/incidents/" + incident.publicId(), "alternate", Json.JSON, "The incident with its reports (JSON API)");
        ctx.header("Content-Crs", "<" + CRS84 + ">");
        Json.answer(ctx, 200, Json.GEO_JSON, o);
    }

    /** Only JSON is offered; f=json and f=geojson are accepted for clients that always send f. */
    private static void checkFormat(Context ctx, Set<String> allowed) {
        IncidentFilter.refuseUnknown(ctx, allowed);
        List<String> f = ctx.queryParamMap().get("f");
        if (f != null && !f.isEmpty() && !Set.of("json", "geojson", "application/json", "application/geo+json").contains(f.getFirst())) {
            throw ApiException.badParameter("f", "not offered; use json");
        }
    }

    private static void checkCrs(Context ctx) {
        List<String> crs = ctx.queryParamMap().get("crs");
        if (crs != null && !crs.isEmpty() && !crs.getFirst().equals(CRS84)) throw ApiException.badParameter("crs", "only " + CRS84 + " is offered");
    }

    private String base(Context ctx) {
        return publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
    }
}
