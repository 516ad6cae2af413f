package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseHandler;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.place.Coordinates;
import org.groundtruth.store.Store;
import org.groundtruth.warning.AircraftType;
import org.groundtruth.warning.AlertLedger;
import org.groundtruth.warning.Base;
import org.groundtruth.warning.EventKind;
import org.groundtruth.warning.FieldProblem;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingRejectedException;
import org.groundtruth.warning.Spotter;
import org.groundtruth.warning.StoredAlert;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebContext;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.account.Secrets;

/**
 * Early warning's routes: sightings in ({@code POST /api/sightings} with the spotter's token in
 * {@value #TOKEN_HEADER}), alerts out ({@code /api/alerts}, live at {@code /api/alerts/live}), the reference lists
 * the spotter page offers, and the admin's management of spotters. Without a {@link WarningSetup} in the settings
 * sightings are answered 503; alerts already stored are still served.
 */
public final class WarningApi implements WebFeature {
    /** Not {@code Authorization}: that header names accounts' tokens, and a spotter is not an account. */
    public static final String TOKEN_HEADER = "X-Spotter-Token";
    private static final int RECENT = 100;
    private static final byte[] SPOT_PAGE = page("/web/spot/spot.html");

    private final Store store;
    private final WarningService service;
    private final SseHub sse;
    private final WebhookChannel webhooks;
    private final String publicUrl;
    private final Drills drills;

    public WarningApi(WebContext c) {
        this.store = c.store();
        this.publicUrl = c.settings().publicUrl();
        WarningSetup setup = c.settings().warning();
        this.service = setup == null ? null : new WarningService(store, setup, c.clock());
        this.sse = new SseHub(() -> activeJson().stream().map(AlertJson::pushed).toList(), c.clock());
        this.webhooks = service == null ? null : new WebhookChannel(store.port(AlertLedger.PORT));
        if (service != null) service.delivery().add(sse);
        if (service != null) service.delivery().add(webhooks);
        if (service != null && setup.mqttBroker() != null) service.delivery().add(new MqttBridge(setup.mqttBroker(), service));
        if (service != null) setup.sources().forEach(s -> s.start(service));
        this.drills = service == null ? null : new Drills(service, setup.logFormat());
    }

    /** The running service, or null when the server was started without a {@link WarningSetup}. */
    public WarningService service() {
        return service;
    }

    @Override
    public String openApiPart() {
        return "/openapi/warning.json";
    }

    @Override
    public List<String> uiModules() {
        return List.of("/static/features/warning.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        // Spotters are not accounts: a sighting is authenticated by the spotter's own token, checked by the handler.
        routes.api(HandlerType.POST, "/api/sightings", Rule.PUBLIC, this::sighting)
                .api(HandlerType.GET, "/api/sightings/posts", Rule.PUBLIC, this::posts)
                .page("/spot", Rule.PUBLIC, ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(SPOT_PAGE))
                .api(HandlerType.GET, "/api/alerts", Rule.PUBLIC, this::alerts)
                .api(HandlerType.GET, "/api/alerts/live", Rule.PUBLIC, new SseHandler(sse::join))
                .api(HandlerType.GET, "/api/alerts/{id}", Rule.PUBLIC, this::alert)
                .api(HandlerType.GET, "/api/cap/feed", Rule.PUBLIC, this::capFeed)
                .api(HandlerType.GET, "/api/cap/alerts/{id}", Rule.PUBLIC, this::capAlert)
                .api(HandlerType.GET, "/api/warning/reference", Rule.PUBLIC, this::reference)
                .api(HandlerType.POST, "/api/sightings/replays", Rule.ADMIN, this::startDrill)
                .api(HandlerType.GET, "/api/sightings/replays", Rule.ADMIN, this::listDrills)
                .api(HandlerType.DELETE, "/api/sightings/replays/{id}", Rule.ADMIN, this::stopDrill)
                .api(HandlerType.GET, "/api/spotters", Rule.ADMIN, this::spotters)
                .api(HandlerType.POST, "/api/spotters", Rule.ADMIN, this::addSpotter)
                .api(HandlerType.POST, "/api/spotters/revoke", Rule.ADMIN, this::revokeSpotter)
                .api(HandlerType.GET, "/api/webhooks", Rule.ADMIN, this::listWebhooks)
                .api(HandlerType.POST, "/api/webhooks", Rule.ADMIN, this::addWebhook)
                .api(HandlerType.DELETE, "/api/webhooks/{id}", Rule.ADMIN, this::removeWebhook)
                .onStop(sse);
        if (service != null) routes.onStop(service);
        if (drills != null) routes.onStop(drills); // registered after the service, so stopped before it
        if (service != null) service.setup().sources().forEach(routes::onStop); // registered last, stopped first: feeds before the service they feed
    }

    private WarningService running() {
        if (service == null) throw new ApiException(503, "WarningNotConfigured", "early warning is not running on this server (no reference tables given)");
        return service;
    }

    private void sighting(Context ctx) {
        WarningService s = running();
        try {
            Spotter spotter = s.authenticate(ctx.header(TOKEN_HEADER));
            WarningService.Receipt r = s.submit(spotter, SightingFields.read(Json.readObject(ctx), null));
            ObjectNode o = Json.object().put("sighting", r.sightingId());
            ArrayNode alerts = o.putArray("alerts");
            for (AlertEvent e : r.events()) {
                alerts.addObject().put("id", e.alert().id()).put("change", e.kind().code()).put("level", e.alert().level().code()).put("sequence", e.sequence());
            }
            ArrayNode ignored = o.putArray("ignored");
            r.ignored().forEach(ignored::add);
            Json.answer(ctx, 201, Json.JSON, o);
        } catch (WarningService.Refused e) {
            if (e.retryAfter() != null) ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            if (e.status() == 401) ctx.header("WWW-Authenticate", "SpotterToken");
            Json.answer(ctx, e.status(), Json.JSON, Json.object().put("code", e.code()).put("description", e.getMessage()));
        } catch (SightingRejectedException e) {
            Json.answer(ctx, 400, Json.JSON, rejection(e));
        }
    }

    /** An admin's drill: a sighting log (JSON Lines, as `sightings replay` reads) played from now as an exercise. */
    private void startDrill(Context ctx) {
        running();
        if (!drills.acceptsLogs()) throw new ApiException(503, "DrillsNotConfigured", "this server takes no sighting logs; replay one with the CLI");
        byte[] body = ctx.bodyAsBytes();
        if (body.length > Drills.MAX_BYTES) {
            throw new ApiException(413, "TooLarge", "a log sent here is at most " + Drills.MAX_BYTES + " bytes; replay a larger one with the CLI on its own server");
        }
        try {
            Json.answer(ctx, 202, Json.JSON, drillJson(drills.start(body)));
        } catch (org.groundtruth.warning.SightingLogRejectedException e) {
            ObjectNode o = Json.object().put("code", "LogRejected").put("description", "the log cannot be replayed; nothing was replayed");
            ArrayNode problems = o.putArray("problems");
            e.problems().stream().limit(100).forEach(problems::add);
            if (e.problems().size() > 100) o.put("moreProblems", e.problems().size() - 100);
            Json.answer(ctx, 400, Json.JSON, o);
        }
    }

    private void listDrills(Context ctx) {
        running();
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("replays");
        drills.list().forEach(d -> list.add(drillJson(d)));
        Json.answer(ctx, 200, Json.JSON, o);
    }

    private void stopDrill(Context ctx) {
        running();
        int id;
        try {
            id = Integer.parseInt(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "a replay's number");
        }
        if (!drills.stop(id)) throw new ApiException(404, "NotFound", "no such replay");
        ctx.status(204);
    }

    private static ObjectNode drillJson(Drills.Drill d) {
        return Json.object().put("id", d.id()).put("exercise", true).put("sightings", d.sightings()).put("startsAt", d.startsAt().toString())
                .put("endsAt", d.endsAt().toString()).put("accepted", d.accepted().get()).put("refused", d.refused().get())
                .put("finished", d.finished()).put("stopped", d.stopped().get());
    }

    private static byte[] page(String resource) {
        try (var in = WarningApi.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The token holder's own post codes, for the spotter page's choice (never their locations). */
    private void posts(Context ctx) {
        WarningService s = running();
        try {
            Spotter spotter = s.authenticate(ctx.header(TOKEN_HEADER));
            ArrayNode posts = Json.array();
            spotter.posts().forEach(p -> posts.add(p.code()));
            Json.ok(ctx, Json.object().set("posts", posts));
        } catch (WarningService.Refused e) {
            ctx.header("WWW-Authenticate", "SpotterToken");
            Json.answer(ctx, e.status(), Json.JSON, Json.object().put("code", e.code()).put("description", e.getMessage()));
        }
    }

    /** {"code", "description", "problems": [{"field", "message"}]}: every bad field, none of them a spotter's name or post. */
    static ObjectNode rejection(SightingRejectedException e) {
        ObjectNode o = Json.object().put("code", "InvalidSighting").put("description", e.getMessage());
        ArrayNode p = o.putArray("problems");
        for (FieldProblem f : e.problems()) p.addObject().put("field", f.field()).put("message", f.message());
        return o;
    }

    /** Alerts are read as stored once every change already delivered is stored (decision 0819). */
    private AlertLedger storedAlerts() {
        if (service != null) service.awaitStored();
        return store.port(AlertLedger.PORT);
    }

    private List<ObjectNode> activeJson() {
        List<ObjectNode> out = new ArrayList<>();
        for (StoredAlert a : storedAlerts().active()) out.add(parse(a));
        return out;
    }

    private static ObjectNode parse(StoredAlert a) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(a.published());
        } catch (Exception e) {
            throw new IllegalStateException("alert " + a.id() + " is stored unreadable", e);
        }
    }

    private void alerts(Context ctx) {
        String which = ctx.queryParam("state");
        if (which != null && !which.equals("active") && !which.equals("recent")) throw ApiException.badParameter("state", "active (default) or recent");
        AlertLedger ledger = storedAlerts();
        List<StoredAlert> found = "recent".equals(which) ? ledger.recent(RECENT) : ledger.active();
        ObjectNode o = Json.object();
        o.put("serverTime", (service == null ? java.time.Instant.now() : service.clock().instant()).toString());
        o.put("running", service != null);
        ObjectNode channels = o.putObject("channels");
        if (service != null) service.delivery().statuses().forEach(channels::put);
        ArrayNode items = o.putArray("alerts");
        for (StoredAlert a : found) items.add(parse(a));
        Json.ok(ctx, o);
    }

    /**
     * One alert as last published; {@code ?places=N} cuts its list of places to the first N (in order of arrival), as
     * the live page reads an alert whose places changed (decision 0822) without every place in three languages.
     */
    private void alert(Context ctx) {
        String id = ctx.pathParam("id");
        int first = (int) ApiException.queryNumber(ctx, "places", Integer.MAX_VALUE, 0, 100_000);
        StoredAlert a = storedAlerts().find(id).orElseThrow(() -> ApiException.notFound("this alert") /* never repeats the id sent (ErrorEchoSweepTest) */);
        if (first == Integer.MAX_VALUE) {
            ctx.status(200).contentType(Json.utf8(Json.JSON)).result(a.published()); // as stored: no parsing and writing again
            return;
        }
        Json.ok(ctx, AlertJson.pushed(parse(a), first));
    }

    /** The Atom index of the active alerts' CAP messages. */
    private void capFeed(Context ctx) {
        List<JsonNode> active = new ArrayList<>(activeJson());
        String base = publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8").result(CapDocument.atom(active, base,
                service == null ? java.time.Instant.now() : service.clock().instant()));
    }

    /** One alert's current CAP 1.2 message (an update or cancel once the alert changed). */
    private void capAlert(Context ctx) {
        String id = ctx.pathParam("id");
        StoredAlert a = storedAlerts().find(id).orElseThrow(() -> ApiException.notFound("this alert") /* never repeats the id sent */);
        ctx.contentType(CapDocument.CONTENT_TYPE).result(CapDocument.of(parse(a)));
    }

    /** The choices the spotter page offers: theatres, their aircraft and bases, events. Public reference rows only. */
    private void reference(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode events = o.putArray("events");
        for (EventKind k : EventKind.values()) events.add(k.code());
        ArrayNode aircraft = o.putArray("aircraft");
        ArrayNode bases = o.putArray("bases");
        if (service != null) {
            for (AircraftType t : service.setup().aircraft().rows()) {
                ObjectNode n = aircraft.addObject().put("theatre", t.theatre()).put("type", t.type()).put("category", t.category().code());
                n.putObject("names").put("ar", t.nameAr()).put("en", t.type()).put("uk", t.nameUk());
            }
            for (Base b : service.setup().bases().rows()) {
                ObjectNode n = bases.addObject().put("theatre", b.theatre()).put("code", b.code());
                n.putObject("names").put("ar", b.nameAr()).put("en", b.name()).put("uk", b.nameUk());
            }
        }
        Json.ok(ctx, o);
    }

    private SightingLedger ledger() {
        return store.port(SightingLedger.PORT);
    }

    private void spotters(Context ctx) {
        ArrayNode items = Json.array();
        for (Spotter s : ledger().spotters()) items.add(spotterJson(s));
        Json.ok(ctx, Json.object().set("spotters", items));
    }

    private static ObjectNode spotterJson(Spotter s) {
        ObjectNode n = Json.object().put("pseudonym", s.pseudonym());
        ArrayNode posts = n.putArray("posts");
        for (Post p : s.posts()) posts.addObject().put("code", p.code()).put("located", p.point() != null);
        if (s.revoked()) n.put("revokedAt", s.revokedAt().toString());
        else n.putNull("revokedAt");
        return n;
    }

    private void addSpotter(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        String pseudonym = body.path("pseudonym").asText("").strip();
        if (pseudonym.isEmpty() || pseudonym.length() > 80) throw ApiException.badParameter("pseudonym", "1 to 80 characters");
        List<Post> posts = posts(body.get("posts"));
        String token = SpotterTokens.newToken();
        Spotter s;
        try {
            s = ledger().addSpotter(pseudonym, posts, Secrets.digest(token));
        } catch (IllegalArgumentException e) {
            throw new ApiException(409, "Conflict", "pseudonym: " + e.getMessage());
        }
        ObjectNode o = spotterJson(s);
        o.put("token", token);
        o.put("note", "The token is shown once: give it to the spotter now. It is stored only as a digest.");
        Json.answer(ctx, 201, Json.JSON, o);
    }

    static List<Post> posts(JsonNode node) {
        List<Post> posts = new ArrayList<>();
        if (node == null || node.isNull()) return posts;
        if (!node.isArray()) throw ApiException.badParameter("posts", "a list of {code, lat, lon}");
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            String code = p.path("code").asText("").strip();
            if (code.isEmpty() || code.length() > 80) throw ApiException.badParameter("posts[" + i + "].code", "1 to 80 characters");
            Coordinates point = null;
            if (p.hasNonNull("lat") || p.hasNonNull("lon")) {
                if (!p.path("lat").isNumber() || !p.path("lon").isNumber()) throw ApiException.badParameter("posts[" + i + "]", "give both lat and lon as numbers, or neither");
                try {
                    point = new Coordinates(p.get("lat").asDouble(), p.get("lon").asDouble());
                } catch (IllegalArgumentException e) {
                    throw ApiException.badParameter("posts[" + i + "]", "not a position");
                }
            }
            posts.add(new Post(code, point));
        }
        return posts;
    }

    private void revokeSpotter(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        String pseudonym = body.path("pseudonym").asText("").strip();
        if (pseudonym.isEmpty()) throw ApiException.badParameter("pseudonym", "missing");
        try {
            ledger().revokeSpotter(pseudonym, service == null ? java.time.Instant.now() : service.clock().instant());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("that spotter");
        }
        Json.ok(ctx, spotterJson(ledger().spotter(pseudonym).orElseThrow()));
    }

    private void listWebhooks(Context ctx) {
        ArrayNode items = Json.array();
        for (org.groundtruth.warning.Webhook w : store.port(AlertLedger.PORT).webhooks()) items.add(webhookJson(w));
        Json.ok(ctx, Json.object().set("webhooks", items));
    }

    private static ObjectNode webhookJson(org.groundtruth.warning.Webhook w) {
        ObjectNode n = Json.object().put("id", w.id()).put("url", w.url()).put("createdAt", w.createdAt().toString());
        if (w.country() == null) n.putNull("country");
        else n.put("country", w.country());
        return n;
    }

    private void addWebhook(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        String url = body.path("url").asText("").strip();
        String country = body.hasNonNull("country") ? body.get("country").asText() : null;
        String secret = Secrets.random();
        org.groundtruth.warning.Webhook w;
        try {
            w = store.port(AlertLedger.PORT).addWebhook(url, secret, country, java.time.Instant.now());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage().startsWith("url") ? "url" : "country", e.getMessage());
        }
        if (webhooks != null) webhooks.reload();
        ObjectNode o = webhookJson(w).put("secret", secret)
                .put("note", "The secret is shown once. Each POST carries " + WebhookChannel.SIGNATURE + ": sha256=<hex HMAC-SHA256 of the body under it>.");
        Json.answer(ctx, 201, Json.JSON, o);
    }

    private void removeWebhook(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a webhook id");
        if (!store.port(AlertLedger.PORT).removeWebhook(id)) throw ApiException.notFound("webhook " + id);
        if (webhooks != null) webhooks.reload();
        ctx.status(204);
    }
}
