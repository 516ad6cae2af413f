package org.groundtruth.web.ui;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;

/**
 * The browser UI: one page (map, timeline, filters, list, incident page and form as hash routes) and its assets,
 * all from the classpath. Leaflet and swagger-ui come from webjars, the rest from /web in the resources; nothing
 * is loaded from another host unless a tile URL is configured.
 */
public final class UiPages implements WebFeature {
    public static final String SWAGGER_UI_VERSION = "5.34.1";
    private final byte[] indexHtml = resource("/web/index.html");
    private final byte[] docsHtml = resource("/web/api-docs.html");
    private final org.groundtruth.incident.IncidentStore store;

    public UiPages(org.groundtruth.incident.IncidentStore store) {
        this.store = store;
    }

    @Override
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

    /**
     * A shareable address for one incident, by its public id; the page itself routes by hash. An id the caller may not
     * resolve (unknown, unpublished for the public, an internal number from the public) is the same plain 404.
     */
    private void incidentPage(Context ctx) {
        String id = ctx.pathParam("id");
        java.util.Optional<org.groundtruth.incident.Incident> found = org.groundtruth.web.Access.internalIds(ctx)
                ? store.findByEitherId(id) : store.findByPublicId(id);
        found = found.filter(i -> org.groundtruth.web.Access.canSee(ctx, i.status()));
        if (found.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("no such incident");
            return;
        }
        ctx.redirect("/#/incidents/" + found.get().publicId(), HttpStatus.FOUND);
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
