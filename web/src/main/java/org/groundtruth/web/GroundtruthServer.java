package org.groundtruth.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.StoreInfo;
import org.groundtruth.web.api.IncidentApi;
import org.groundtruth.web.api.OpenApiDocument;
import org.groundtruth.web.ogc.OgcApi;
import org.groundtruth.web.testimony.TestimonyApi;
import org.groundtruth.web.ui.UiPages;
import org.groundtruth.testimony.Audience;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.WitnessProtection;
import io.javalin.http.Context;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Groundtruth HTTP server: health, OGC API – Features, the JSON API, the OpenAPI document and the UI, over one
 * {@link IncidentStore}. Routes are plain values in a {@link RouteTable}; no annotations, no reflection.
 *
 * <pre>{@code
 * try (GroundtruthServer server = GroundtruthServer.start(store, WebSettings.local(0))) {
 *     System.out.println("http://127.0.0.1:" + server.port() + "/");
 * }
 * }</pre>
 */
public final class GroundtruthServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroundtruthServer.class);

    private final Javalin javalin;
    private final List<Route> routes;
    private final String host;

    private GroundtruthServer(Javalin javalin, List<Route> routes, String host) {
        this.javalin = javalin;
        this.routes = routes;
        this.host = host;
    }

    /** A server without a testimony key: refused when the store holds witness statements (their identities are sealed). */
    public static GroundtruthServer start(IncidentStore store, WebSettings settings) {
        return start(store, settings, null);
    }

    /**
     * A server whose testimony routes seal and open identities with {@code keys} (null: none given). Refuses to start,
     * with a {@link org.groundtruth.testimony.ProtectionException} saying what to do, when the store holds protected
     * data and no key is given, or the key is not the store's.
     */
    public static GroundtruthServer start(IncidentStore store, WebSettings settings, KeyRing keys) {
        return start(store, settings, keys, UNTIL_ACCOUNTS);
    }

    /** As {@link #start(IncidentStore, WebSettings, KeyRing)}, with the caller's audience for testimony decided by {@code audienceOf}. */
    public static GroundtruthServer start(IncidentStore store, WebSettings settings, KeyRing keys, Function<Context, Audience> audienceOf) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        WitnessProtection protection = WitnessProtection.open(store.testimony(), keys);
        RouteTable table = routeTable(store, settings, Clock.systemUTC(), protection, audienceOf);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.router.ignoreTrailingSlashes = true;
            config.http.maxRequestSize = 1_000_000;
            UiPages.configureAssets(config);
            String policy = contentSecurityPolicy(settings);
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", policy);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            if (isLoopback(settings.host())) config.routes.before(ctx -> refuseForeignHost(ctx));
            table.registerOn(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(java.util.NoSuchElementException.class, (e, ctx) -> error(ctx, 404, "NotFound", e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "InvalidParameterValue", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "ServerError", "the server failed to answer; the log has the details");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "NotFound", ctx.path() + " is not served here");
            });
            config.routes.error(405, ctx -> error(ctx, 405, "MethodNotAllowed", ctx.method() + " is not allowed on " + ctx.path()));
        });
        javalin.start();
        GroundtruthServer server = new GroundtruthServer(javalin, table.routes(), settings.host());
        LOG.info("Groundtruth serves http://{}:{}/ from a {} store", settings.host(), server.port(), store.info().kind());
        return server;
    }

    /** Every route the server answers, in the order registered (the OpenAPI test walks these). */
    public static RouteTable routeTable(IncidentStore store, WebSettings settings, Clock clock) {
        return routeTable(store, settings, clock, WitnessProtection.open(store.testimony(), null), UNTIL_ACCOUNTS);
    }

    /**
     * Until accounts exist, every caller of a loopback server is a {@link Audience#VIEWER}: statements listed by
     * pseudonym, text only where consent allows, identities never.
     */
    public static final Function<Context, Audience> UNTIL_ACCOUNTS = ctx -> Audience.VIEWER;

    public static RouteTable routeTable(IncidentStore store, WebSettings settings, Clock clock, WitnessProtection protection,
                                        Function<Context, Audience> audienceOf) {
        RouteTable table = new RouteTable();
        table.api(HandlerType.GET, "/health", ctx -> {
            StoreInfo info = store.info();
            ObjectNode o = Json.object();
            o.put("status", "ok");
            o.put("store", info.kind());
            o.put("schemaVersion", info.schemaVersion());
            o.put("spatialIndex", info.spatialIndex());
            Json.ok(ctx, o);
        });
        new OgcApi(store, clock).addTo(table);
        new IncidentApi(store, settings).addTo(table);
        new TestimonyApi(store, protection, audienceOf).addTo(table);
        new OpenApiDocument().addTo(table);
        new UiPages().addTo(table);
        return table;
    }

    /**
     * Scripts only from the app's own files (no inline script, no eval), so that markup slipped into stored text
     * could not run even if some page failed to escape it (decision 0732). Inline styles stay allowed: Leaflet
     * positions the map with them. Images may come from the tile server the operator configured.
     */
    static String contentSecurityPolicy(WebSettings settings) {
        String tiles = "";
        if (settings.tileUrlTemplate() != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://[^/{}]+)").matcher(settings.tileUrlTemplate());
            if (m.find()) tiles = " " + m.group(1);
            else if (settings.tileUrlTemplate().matches("^https?://\\{s}\\..*")) tiles = " " + settings.tileUrlTemplate().replaceFirst("^(https?://)\\{s}(\\.[^/]+).*", "$1*$2");
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tiles
                + "; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }

    /**
     * A server bound to loopback answers only requests addressed to loopback, so that a web page that rebinds its own
     * DNS name to 127.0.0.1 cannot read or write the ledger through the user's browser.
     */
    private static void refuseForeignHost(io.javalin.http.Context ctx) {
        String host = ctx.host() == null ? "" : ctx.host();
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        if (!isLoopback(name)) throw new ApiException(403, "ForeignHost", "Host: this server answers only to 127.0.0.1 or localhost, not " + host);
    }

    private static void error(io.javalin.http.Context ctx, int status, String code, String description) {
        Json.answer(ctx, status, Json.JSON, Json.object().put("code", code).put("description", description));
    }

    public int port() {
        return javalin.port();
    }

    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    public List<Route> routes() {
        return routes;
    }

    public void stop() {
        javalin.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
