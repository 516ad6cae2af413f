package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;

/**
 * The OpenAPI 3.0 document at /openapi.json, written by hand in the resources (openapi/groundtruth.json) so that it
 * reads as documentation; a test checks that it describes every documented route the server has.
 */
public final class OpenApiDocument {
    public static final String RESOURCE = "/openapi/groundtruth.json";
    private final JsonNode document = load();

    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/openapi.json", org.groundtruth.web.Rule.PUBLIC, ctx -> Json.answer(ctx, 200, Json.OPENAPI_JSON, document));
    }

    public static JsonNode load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
