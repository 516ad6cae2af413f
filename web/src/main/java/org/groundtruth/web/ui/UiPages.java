package org.groundtruth.web.ui;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;

/**
 * The browser UI: one page (map, timeline, filters, list, incident page and form as hash routes) and its assets,
 * all from the classpath. Leaflet and swagger-ui come from webjars, the rest from /web in the resources; nothing
 * is loaded from another host unless a tile URL is configured.
 */
public final class UiPages {
    public static final String SWAGGER_UI_VERSION = "5.34.1";
    private final byte[] indexHtml = resource("/web/index.html");
    private final byte[] docsHtml = resource("/web/api-docs.html");

    public void addTo(RouteTable routes) {
        routes.page("/", Rule.PUBLIC, ctx -> html(ctx, indexHtml))
                .page("/incidents/{id}", Rule.PUBLIC, this::incidentPage)
                .page("/api/docs", Rule.PUBLIC, ctx -> html(ctx, docsHtml));
    }

    /** Static assets: /static/... from the resources, /webjars/... from the webjars on the classpath. */
    public static void configureAssets(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = java.util.Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
    }

    /** A shareable address for one incident; the page itself routes by hash. */
    private void incidentPage(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{1,18}")) {
            ctx.status(404).contentType("text/plain").result("no incident " + id);
            return;
        }
        ctx.redirect("/#/incidents/" + id, HttpStatus.FOUND);
    }

    private static void html(Context ctx, byte[] page) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
    }

    private static byte[] resource(String path) {
        try (InputStream in = UiPages.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
