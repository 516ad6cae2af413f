package org.groundtruth.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One HTTP route the server answers, with its {@link Rule} (who may call it). A route without a rule is refused.
 *
 * @param documented true for API routes that the OpenAPI document must describe; false for UI pages and assets
 */
public record Route(HandlerType method, String path, Rule rule, Handler handler, boolean documented) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        if (rule == null) throw new IllegalArgumentException(method + " " + path + " has no rule: say who may call it (Rule.PUBLIC, Rule.SIGNED_IN, Rule.roles(...), Rule.ADMIN)");
    }
}
