package org.groundtruth.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of the server, collected as plain values before they are handed to Javalin, so that tests and the
 * OpenAPI check can walk exactly what is served. Every route carries the {@link Rule} of who may call it; the
 * server checks it before the handler runs (RouteAccessTest walks the whole table for every role).
 */
public final class RouteTable {
    private final List<Route> routes = new ArrayList<>();
    private final List<AfterHook> afterHooks = new ArrayList<>();
    private final List<AutoCloseable> onStop = new ArrayList<>();

    /** Work a feature does after requests to paths matching {@code pathPattern} (Javalin's wildcard syntax) were answered. */
    public record AfterHook(String pathPattern, Handler handler) {
    }

    public RouteTable api(HandlerType method, String path, Rule rule, Handler handler) {
        add(new Route(method, path, rule, handler, true));
        return this;
    }

    public RouteTable page(String path, Rule rule, Handler handler) {
        add(new Route(HandlerType.GET, path, rule, handler, false));
        return this;
    }

    /**
     * Runs {@code handler} after every request whose path matches {@code pathPattern}, once the route's own handler has
     * answered (a feature reacting to another's writes, as claim matching does after incident edits). It adds no route.
     */
    public RouteTable after(String pathPattern, Handler handler) {
        afterHooks.add(new AfterHook(pathPattern, handler));
        return this;
    }

    /**
     * Releases what a feature runs beside its routes (threads, open event streams, broker connections) when the server
     * stops, before Jetty stops: a stream still open when Jetty recycles its response can no longer be ended cleanly.
     */
    public RouteTable onStop(AutoCloseable resource) {
        onStop.add(resource);
        return this;
    }

    /** What {@link #onStop} collected, last registered first. */
    public List<AutoCloseable> stopping() {
        return List.copyOf(onStop).reversed();
    }

    private void add(Route route) {
        for (Route r : routes) {
            if (r.method() == route.method() && r.path().equals(route.path())) throw new IllegalArgumentException(route.method() + " " + route.path() + " is registered twice");
        }
        routes.add(route);
    }

    /** Whether the request is a HEAD (answered by a GET route's handler): handlers that record a download skip it. */
    public static boolean isHead(io.javalin.http.Context ctx) {
        return ctx.method() == HandlerType.HEAD;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * Hands every route to Javalin behind its rule. A GET route is also registered for HEAD, behind the same rule:
     * left to itself Javalin answers HEAD for a GET route with 200 without running it, which told anyone that a
     * protected route exists and let a HEAD pass where a GET is refused. HEAD runs the handler as GET would (Jetty
     * sends no body); a handler with side effects asks {@link #isHead} first.
     */
    void registerOn(RoutesConfig config, Access access) {
        for (Route r : routes) {
            Rule rule = r.rule();
            Handler handler = r.handler();
            Handler guarded = ctx -> {
                access.check(ctx, rule);
                if (!rule.anonymous() || (r.documented() && !Access.caller(ctx).anonymous())) {
                    // identities, evidence, unpublished material: no browser cache or proxy keeps a copy (issue 9 item 10)
                    ctx.header("Cache-Control", "no-store");
                }
                handler.handle(ctx);
            };
            config.addHttpHandler(r.method(), r.path(), guarded);
            if (r.method() == HandlerType.GET && routes.stream().noneMatch(o -> o.method() == HandlerType.HEAD && o.path().equals(r.path()))) {
                config.addHttpHandler(HandlerType.HEAD, r.path(), guarded);
            }
        }
        for (AfterHook hook : afterHooks) config.addHttpHandler(HandlerType.AFTER, hook.pathPattern(), hook.handler());
    }
}
