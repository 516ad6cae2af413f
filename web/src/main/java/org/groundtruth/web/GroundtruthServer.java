package org.groundtruth.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;
import org.groundtruth.account.AccountStore;
import org.groundtruth.store.Store;
import org.groundtruth.store.StoreInfo;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.web.api.IncidentApi;
import org.groundtruth.web.api.OpenApiDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Groundtruth HTTP server: health, the OpenAPI document and every {@link WebFeature} (OGC API – Features, the JSON
 * API, the UI), over one {@link Store}. Routes are plain values in a {@link RouteTable}; no annotations, no reflection.
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
    private final List<AutoCloseable> stopping;
    private final String host;

    private GroundtruthServer(Javalin javalin, RouteTable table, String host) {
        this.javalin = javalin;
        this.routes = table.routes();
        this.stopping = table.stopping();
        this.host = host;
    }

    /** A server without a testimony key: refused when the store holds witness statements (their identities are sealed). */
    public static GroundtruthServer start(Store store, WebSettings settings) {
        return start(store, settings, SecuritySettings.DEFAULT, null);
    }

    public static GroundtruthServer start(Store store, WebSettings settings, SecuritySettings security) {
        return start(store, settings, security, null);
    }

    /**
     * A server whose testimony routes seal and open witness identities with {@code keys} (null: none given). Refuses
     * to start, with a {@link org.groundtruth.testimony.ProtectionException} saying what to do, when the store holds
     * protected data and no key is given, or the key is not the store's.
     */
    public static GroundtruthServer start(Store store, WebSettings settings, SecuritySettings security, KeyRing keys) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(security, "security");
        WitnessProtection protection = WitnessProtection.open(store.port(TestimonyLedger.PORT), keys);
        Access access = new Access(store.port(AccountStore.PORT), security.sessions(), security.clock());
        RouteTable table = routeTable(store, settings, security, access, protection);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.router.ignoreTrailingSlashes = true;
            config.http.maxRequestSize = 1_000_000;
            org.groundtruth.web.ui.UiPages.configureAssets(config);
            String policy = contentSecurityPolicy(settings);
            config.routes.before(ctx -> {
                // Javalin writes a String result in the response's charset, which Jetty derives from the content type:
                // UTF-8 for the types it knows (application/json), ISO-8859-1 for any other (application/geo+json), and
                // an answer that does not name a charset leaves clients guessing. Setting it here, for every request
                // before any handler, makes every answer UTF-8 and declare it (decision 0410).
                ctx.res().setCharacterEncoding("UTF-8");
                ctx.header("Content-Security-Policy", policy);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                refuseControlCharacters(ctx);
            });
            if (isLoopback(settings.host())) config.routes.before(ctx -> refuseForeignHost(ctx));
            table.registerOn(config.routes, access);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(java.util.NoSuchElementException.class, (e, ctx) -> error(ctx, 404, "NotFound", e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "InvalidParameterValue", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // The request may be over already (a stream the client left, or Jetty recycled it on stopping): then its
                // path cannot be read nor an answer written, and a handler that threw here would be called again.
                try {
                    LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "ServerError", "the server failed to answer; the log has the details");
                } catch (RuntimeException over) {
                    LOG.debug("a request that was already over failed: {}", e.toString());
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "NotFound", ctx.path() + " is not served here");
            });
            config.routes.error(405, ctx -> error(ctx, 405, "MethodNotAllowed", ctx.method() + " is not allowed on " + ctx.path()));
        });
        javalin.start();
        GroundtruthServer server = new GroundtruthServer(javalin, table, settings.host());
        LOG.info("Groundtruth serves http://{}:{}/ from a {} store", settings.host(), server.port(), store.info().kind());
        return server;
    }

    /**
     * Every route the server answers, in the order registered, each with its {@link Rule} (the OpenAPI test and
     * RouteAccessTest walk these): the server's own (/health, /openapi.json) and those of every feature in
     * {@link WebFeatures#ALL}.
     */
    public static RouteTable routeTable(Store store, WebSettings settings, SecuritySettings security, Access access) {
        return routeTable(store, settings, security, access, WitnessProtection.open(store.port(TestimonyLedger.PORT), null));
    }

    public static RouteTable routeTable(Store store, WebSettings settings, SecuritySettings security, Access access,
                                        WitnessProtection protection) {
        WebContext context = new WebContext(store, settings, security, access, protection, IncidentApi.assessorFor(store, settings));
        List<WebFeature> features = WebFeatures.ALL.stream().map(f -> f.create(context)).toList();
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
        new OpenApiDocument(features.stream().map(WebFeature::openApiPart).filter(Objects::nonNull).toList()).addTo(table);
        for (WebFeature f : features) f.addTo(table);
        String uiModules = uiModulesScript(features);
        table.page("/ui/features.js", Rule.PUBLIC, ctx -> ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "no-cache").result(uiModules));
        return table;
    }

    /** An ES module that imports every feature's UI modules, so that the page loads exactly the features served. */
    public static String uiModulesScript(List<WebFeature> features) {
        StringBuilder js = new StringBuilder("// The UI modules of the features this server serves (WebFeature.uiModules).\n");
        for (WebFeature f : features) {
            for (String module : f.uiModules()) {
                if (!module.matches("/static/[a-z0-9/-]+\\.js")) throw new IllegalStateException("not a module served under /static: " + module);
                js.append("import '").append(module).append("';\n");
            }
        }
        return js.toString();
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

    /**
     * No stored text holds a control character, and PostgreSQL refuses NUL in text outright: a query parameter that
     * holds one is a 400 naming it, for every route, before any handler could pass it to a database.
     */
    private static void refuseControlCharacters(io.javalin.http.Context ctx) {
        for (var e : ctx.queryParamMap().entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw ApiException.badParameter(e.getKey(), "contains a control character");
                if (v != null && !org.groundtruth.text.PlainText.isPlain(v)) throw ApiException.badParameter(e.getKey(), org.groundtruth.text.PlainText.problem(v));
            }
        }
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

    /** Ends what the features run beside their routes (while Jetty can still end their streams), then Jetty. */
    public void stop() {
        for (AutoCloseable c : stopping) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed", c, e);
            }
        }
        javalin.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
