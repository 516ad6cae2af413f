package org.groundtruth.web.publication;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.publication.EmptySelectionException;
import org.groundtruth.publication.OpenDataset;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.Selection;
import org.groundtruth.publish.dataset.DataDictionary;
import org.groundtruth.publish.dataset.DatasetFormat;
import org.groundtruth.store.Store;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * Open datasets: {@code GET /api/exports} (what can be downloaded), {@code GET /api/exports/incidents.csv|.geojson|.gpkg|.json}
 * (the published incidents of a selection, redacted by the exporter's rules and streamed from the store) and
 * {@code GET /api/exports/dictionary.md}. Anyone may download: only published incidents are ever read. At most
 * {@value #CONCURRENT} exports run at once; others are told to come back (503), so that downloads cannot take the server.
 */
public final class ExportApi implements WebFeature {
    static final int CONCURRENT = 2;
    static final String DICTIONARY = "dictionary.md";
    private static final String BASE = "incidents";

    private final Store store;
    private final Semaphore running = new Semaphore(CONCURRENT);

    public ExportApi(Store store) {
        this.store = store;
    }

    @Override
    public String openApiPart() {
        return "/openapi/publication.json";
    }

    @Override
    public List<String> uiModules() {
        return List.of("/static/features/exports.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/exports", Rule.PUBLIC, this::index)
                .api(HandlerType.GET, "/api/exports/{file}", Rule.PUBLIC, this::file);
    }

    private void index(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, Set.of());
        ObjectNode o = Json.object();
        o.put("description", "Published incidents as open datasets; witnesses, spotters, internal ids, report texts and confidential sources"
                + " are never included. Narrow with the query parameters " + String.join(", ", Selection.keys()) + " (hxl=true adds HXL tags to CSV).");
        ArrayNode files = o.putArray("files");
        for (DatasetFormat f : DatasetFormat.values()) {
            files.addObject().put("format", f.code()).put("href", "/api/exports/" + BASE + "." + f.extension()).put("type", f.mediaType());
        }
        files.addObject().put("format", "dictionary").put("href", "/api/exports/" + DICTIONARY).put("type", "text/markdown; charset=utf-8");
        Json.ok(ctx, o);
    }

    private void file(Context ctx) {
        String file = ctx.pathParam("file");
        if (file.equals(DICTIONARY)) {
            IncidentFilter.refuseUnknown(ctx, Set.of());
            ctx.header("Content-Disposition", "inline; filename=\"" + DICTIONARY + "\"");
            ctx.contentType("text/markdown; charset=utf-8").result(DataDictionary.markdown());
            return;
        }
        DatasetFormat format = file.startsWith(BASE + ".") ? DatasetFormat.parse(file.substring(BASE.length() + 1)).orElse(null) : null;
        if (format == null) throw ApiException.notFound("this export") /* never repeats the name sent */;
        Set<String> allowed = new HashSet<>(Selection.keys());
        allowed.add("hxl");
        IncidentFilter.refuseUnknown(ctx, allowed);
        boolean hxl = hxl(ctx, format);
        Selection selection = selection(ctx);
        if (!running.tryAcquire()) {
            ctx.header("Retry-After", "30");
            throw new ApiException(503, "Busy", CONCURRENT + " exports are running; try again in a moment");
        }
        try (Stream<PublishedIncident> rows = OpenDataset.rows(store.port(PublicationLedger.PORT), selection)) {
            Iterator<PublishedIncident> it;
            try {
                it = OpenDataset.nonEmpty(rows, selection);
            } catch (EmptySelectionException e) {
                throw new ApiException(404, "NoMatch", e.getMessage());
            }
            ctx.contentType(format.mediaType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + BASE + "." + format.extension() + "\"");
            ctx.header("X-Content-Type-Options", "nosniff");
            if (format.streams()) {
                OutputStream out = ctx.outputStream();
                format.write(it, out, hxl);
                out.flush();
            } else {
                sendAsFile(ctx, format, it);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.release();
        }
    }

    /** A GeoPackage is a database file: written to a temporary file, sent, and deleted. */
    private static void sendAsFile(Context ctx, DatasetFormat format, Iterator<PublishedIncident> rows) throws IOException {
        Path dir = Files.createTempDirectory("groundtruth-export");
        Path file = dir.resolve(BASE + "." + format.extension());
        try {
            format.write(rows, file, false);
            ctx.header("Content-Length", Long.toString(Files.size(file)));
            try (OutputStream out = ctx.outputStream()) {
                Files.copy(file, out);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static boolean hxl(Context ctx, DatasetFormat format) {
        String v = ctx.queryParam("hxl");
        if (v == null || v.equals("false")) return false;
        if (!v.equals("true")) throw ApiException.badParameter("hxl", "true or false, not '" + (v.length() > 20 ? v.substring(0, 20) + "..." : v) + "'");
        if (format != DatasetFormat.CSV) throw ApiException.badParameter("hxl", "the HXL tag row is for CSV only, not " + format.code());
        return true;
    }

    private static Selection selection(Context ctx) {
        Map<String, List<String>> values = new LinkedHashMap<>(ctx.queryParamMap());
        values.remove("hxl");
        try {
            return Selection.of(values);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "InvalidParameterValue", e.getMessage());
        }
    }
}
