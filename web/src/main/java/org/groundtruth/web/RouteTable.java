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

    private void add(Route route) {
        for (Route r : routes) {
            if (r.method() == route.method() && r.path().equals(route.path())) throw new IllegalArgumentException(route.method() + " " + route.path() + " is registered twice");
        }
        routes.add(route);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    void registerOn(RoutesConfig config, Access access) {
        for (Route r : routes) {
            Rule rule = r.rule();
            Handler handler = r.handler();
            config.addHttpHandler(r.method(), r.path(), ctx -> {
                access.check(ctx, rule);
                handler.handle(ctx);
            });
        }
        for (AfterHook hook : afterHooks) config.addHttpHandler(HandlerType.AFTER, hook.pathPattern(), hook.handler());
    }
}
