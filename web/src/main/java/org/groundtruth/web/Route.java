package org.groundtruth.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One HTTP route the server answers.
 *
 * @param documented true for API routes that the OpenAPI document must describe; false for UI pages and assets
 */
public record Route(HandlerType method, String path, Handler handler, boolean documented) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }
}
