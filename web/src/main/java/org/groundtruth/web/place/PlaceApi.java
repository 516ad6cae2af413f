package org.groundtruth.web.place;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.placename.LabelZooms;
import org.groundtruth.placename.PlaceDirectory;
import org.groundtruth.placename.PlaceName;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

/**
 * The gazetteer's places, public (they are public data): the look-up the incident form types into, and the names the
 * map draws (decision 0433). Nothing here reads the store.
 */
public final class PlaceApi implements WebFeature {
    /** Enough names for a full-screen map; the directory hands the largest first, so a cut drops the smallest. */
    static final int MAX_NAMES = 400;
    static final int DEFAULT_MATCHES = 10;
    static final int MAX_MATCHES = 50;
    static final int MAX_QUERY_CHARS = 100;
    private final PlaceDirectory places;

    public PlaceApi(PlaceDirectory places) {
        this.places = places;
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/places", Rule.PUBLIC, this::lookUp);
        routes.api(HandlerType.GET, "/api/map/names", Rule.PUBLIC, this::names);
    }

    @Override
    public String openApiPart() {
        return "/openapi/places.json";
    }

    @Override
    public List<String> uiModules() {
        return List.of("/static/features/place-names.js", "/static/features/place-lookup.js");
    }

    private void lookUp(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, Set.of("q", "limit"));
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw ApiException.badParameter("q", "is required: the beginning of a place's name");
        if (q.length() > MAX_QUERY_CHARS) throw ApiException.badParameter("q", "is longer than " + MAX_QUERY_CHARS + " characters");
        int limit = (int) ApiException.queryNumber(ctx, "limit", DEFAULT_MATCHES, 1, MAX_MATCHES);
        ObjectNode out = Json.object();
        ArrayNode found = out.putArray("places");
        for (PlaceName p : places.search(q, limit)) {
            ObjectNode o = found.addObject().put("name", p.name());
            o.put("arabicName", p.arabicName()).put("ukrainianName", p.ukrainianName());
            o.put("lat", p.lat()).put("lon", p.lon()).put("precision", p.level().name().toLowerCase(Locale.ROOT));
            o.put("governorate", p.governorate()).put("district", p.district()).put("countryCode", p.countryCode());
            if (p.population() > 0) o.put("population", p.population());
            else o.putNull("population");
        }
        Json.ok(ctx, out);
    }

    private void names(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, Set.of("zoom", "bbox"));
        int zoom = (int) ApiException.queryNumber(ctx, "zoom", -1, 0, LabelZooms.MAX_ZOOM);
        if (zoom < 0) throw ApiException.badParameter("zoom", "is required: the map's zoom level, 0.." + LabelZooms.MAX_ZOOM);
        String bbox = ctx.queryParam("bbox");
        BoundingBox view = bbox == null || bbox.isBlank() ? new BoundingBox(-180, -90, 180, 90) : IncidentFilter.bbox(bbox);
        ObjectNode out = Json.object();
        out.put("zoom", zoom);
        ArrayNode names = out.putArray("names");
        for (PlaceDirectory.Label l : places.labels(view, zoom, MAX_NAMES)) {
            PlaceName p = l.place();
            names.addObject().put("name", p.name()).put("lat", p.lat()).put("lon", p.lon()).put("from", l.shownFrom())
                    .put("rank", p.rank().name().toLowerCase(Locale.ROOT));
        }
        Json.ok(ctx, out);
    }
}
