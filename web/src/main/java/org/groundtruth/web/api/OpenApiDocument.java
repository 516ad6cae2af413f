package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

/**
 * The OpenAPI 3.0 document at /openapi.json, written by hand in the resources so that it reads as documentation: the
 * server's part (openapi/groundtruth.json: info, security, /health, shared schemas) and each {@link WebFeature}'s own
 * part (its tags, paths and schemas), merged. A path or schema that two parts define is refused at start; a test
 * checks that the merged document describes every documented route the server has.
 */
public final class OpenApiDocument implements WebFeature {
    public static final String BASE = "/openapi/groundtruth.json";
    private final JsonNode document;

    /** The server's part merged with {@code parts} (classpath resources of the features' parts). */
    public OpenApiDocument(List<String> parts) {
        ObjectNode doc = (ObjectNode) load(BASE);
        for (String part : parts) mergeInto(doc, part, load(part));
        this.document = doc;
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/openapi.json", Rule.PUBLIC, ctx -> Json.answer(ctx, 200, Json.OPENAPI_JSON, document));
    }

    public JsonNode document() {
        return document;
    }

    /**
     * The part of {@code document} under {@code prefix} as a document of its own: its paths relative to the prefix and
     * its server at {@code serverUrl}. OGC API clients take the landing page as the API's root and look an operation
     * up by its path from there (GDAL finds the items' limit parameter at /collections/{id}/items), so the OGC API at
     * /ogc is described from /ogc.
     */
    public static ObjectNode rebased(JsonNode document, String prefix, String serverUrl, String title) {
        ObjectNode doc = ((ObjectNode) document).deepCopy();
        ObjectNode paths = Json.object();
        for (Map.Entry<String, JsonNode> e : document.path("paths").properties()) {
            String path = e.getKey();
            if (path.equals(prefix)) paths.set("/", e.getValue());
            else if (path.startsWith(prefix + "/")) paths.set(path.substring(prefix.length()), e.getValue());
        }
        doc.set("paths", paths);
        doc.putArray("servers").addObject().put("url", serverUrl);
        ((ObjectNode) doc.with("info")).put("title", title);
        return doc;
    }

    private static void mergeInto(ObjectNode doc, String name, JsonNode part) {
        ArrayNode tags = doc.withArray("tags");
        part.path("tags").forEach(tags::add);
        add(doc.with("paths"), part.path("paths"), name, "path");
        add(doc.with("components").with("schemas"), part.path("components").path("schemas"), name, "schema");
    }

    private static void add(ObjectNode into, JsonNode from, String part, String what) {
        for (Map.Entry<String, JsonNode> e : from.properties()) {
            if (into.has(e.getKey())) throw new IllegalStateException(part + " defines the " + what + " " + e.getKey() + " that another part defined");
            into.set(e.getKey(), e.getValue());
        }
    }

    static JsonNode load(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
