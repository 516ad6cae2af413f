package org.groundtruth.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of the server, collected as plain values before they are handed to Javalin, so that tests and the
 * OpenAPI check can walk exactly what is served.
 */
public final class RouteTable {
    private final List<Route> routes = new ArrayList<>();

    public RouteTable api(HandlerType method, String path, Handler handler) {
        routes.add(new Route(method, path, handler, true));
        return this;
    }

    public RouteTable page(String path, Handler handler) {
        routes.add(new Route(HandlerType.GET, path, handler, false));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    void registerOn(RoutesConfig config) {
        for (Route r : routes) config.addHttpHandler(r.method(), r.path(), r.handler());
    }
}
