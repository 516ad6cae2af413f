package org.groundtruth.web.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.Set;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.map.CellCount;
import org.groundtruth.map.CellCounter;
import org.groundtruth.map.MercatorGrid;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

/**
 * {@code GET /api/map/cells?zoom=Z&bbox=...&<filters>}: how many matching placed incidents lie in each 64-pixel cell
 * of the map at that zoom, so the map can show every match at any count and fetch single incidents only where they
 * are few. Counts are of what the caller may see (the public: published incidents only), as every list is.
 */
public final class MapApi implements WebFeature {
    private final IncidentStore incidents;

    public MapApi(IncidentStore incidents) {
        this.incidents = incidents;
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/map/cells", Rule.PUBLIC, this::cells);
    }

    @Override
    public String openApiPart() {
        return "/openapi/map.json";
    }

    private void cells(Context ctx) {
        Set<String> allowed = new HashSet<>(IncidentFilter.FILTER_PARAMETERS);
        allowed.add("zoom");
        IncidentFilter.refuseUnknown(ctx, allowed);
        MercatorGrid grid = new MercatorGrid(zoom(ctx.queryParam("zoom")));
        IncidentQuery query = IncidentFilter.read(ctx).withStatuses(Access.visibleStatuses(ctx));
        CellCounter counter = new CellCounter(grid);
        incidents.forEachPoint(query, counter::add);
        ObjectNode out = Json.object();
        out.put("zoom", grid.zoom()).put("numberMatched", counter.total());
        ArrayNode cells = out.putArray("cells");
        for (CellCount c : counter.cells()) {
            ObjectNode cell = cells.addObject().put("count", c.count()).put("lat", round(c.meanLat())).put("lon", round(c.meanLon()));
            cell.putArray("bbox").add(c.extent().minLon()).add(c.extent().minLat()).add(c.extent().maxLon()).add(c.extent().maxLat());
        }
        Json.ok(ctx, out);
    }

    private static int zoom(String text) {
        if (text == null || text.isBlank()) throw ApiException.badParameter("zoom", "is required: the map's zoom level, 0.." + MercatorGrid.MAX_ZOOM);
        try {
            int zoom = Integer.parseInt(text.strip());
            if (zoom < 0 || zoom > MercatorGrid.MAX_ZOOM) throw ApiException.badParameter("zoom", zoom + " is outside 0.." + MercatorGrid.MAX_ZOOM);
            return zoom;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("zoom", "not a whole number");
        }
    }

    /** Six decimals (about 0.1 m) say where a cell's incidents lie; more is noise in every answer. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
