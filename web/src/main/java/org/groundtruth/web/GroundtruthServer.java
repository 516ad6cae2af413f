package org.groundtruth.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.StoreInfo;
import org.groundtruth.account.LoginThrottle;
import org.groundtruth.web.account.AuditApi;
import org.groundtruth.web.account.Passwords;
import org.groundtruth.web.account.ReviewApi;
import org.groundtruth.web.account.SessionApi;
import org.groundtruth.web.account.UserApi;
import org.groundtruth.web.api.IncidentApi;
import org.groundtruth.web.api.OpenApiDocument;
import org.groundtruth.web.ogc.OgcApi;
import org.groundtruth.web.ui.UiPages;
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

    public static GroundtruthServer start(IncidentStore store, WebSettings settings) {
        return start(store, settings, SecuritySettings.DEFAULT);
    }

    public static GroundtruthServer start(IncidentStore store, WebSettings settings, SecuritySettings security) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(security, "security");
        Access access = new Access(store.accounts(), security.sessions(), security.clock());
        RouteTable table = routeTable(store, settings, security, access);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.router.ignoreTrailingSlashes = true;
            config.http.maxRequestSize = 1_000_000;
            UiPages.configureAssets(config);
            if (isLoopback(settings.host())) config.routes.before(ctx -> refuseForeignHost(ctx));
            table.registerOn(config.routes, access);
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

    /**
     * Every route the server answers, in the order registered, each with its {@link Rule} (the OpenAPI test and
     * RouteAccessTest walk these). A feature adds its routes here with its own {@code XxxApi.addTo(table)}.
     */
    public static RouteTable routeTable(IncidentStore store, WebSettings settings, SecuritySettings security, Access access) {
        Clock clock = security.clock();
        Passwords passwords = new Passwords(security.passwordCost());
        RouteTable table = new RouteTable();
        table.api(HandlerType.GET, "/health", Rule.PUBLIC, ctx -> {
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
        new org.groundtruth.web.api.EvidenceApi(settings).addTo(table);
        new SessionApi(store.accounts(), passwords, new LoginThrottle(security.loginLimits()), access).addTo(table);
        new UserApi(store.accounts(), passwords, clock).addTo(table);
        new ReviewApi(store).addTo(table);
        new AuditApi(store.audit()).addTo(table);
        new OpenApiDocument().addTo(table);
        new UiPages().addTo(table);
        return table;
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
