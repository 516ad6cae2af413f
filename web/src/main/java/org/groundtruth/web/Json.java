package org.groundtruth.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/** The one Jackson mapper of the web module, and helpers to answer with JSON trees built by hand. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static final String JSON = "application/json";
    public static final String GEO_JSON = "application/geo+json";
    public static final String OPENAPI_JSON = "application/vnd.oai.openapi+json;version=3.0";

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Answers with {@code body} as UTF-8 bytes (Jackson's own encoding) under {@code contentType}, which names the
     * charset: GIS tools and browsers decode by what is declared, and only application/json is UTF-8 by definition.
     */
    public static void answer(Context ctx, int status, String contentType, JsonNode body) {
        try {
            ctx.status(status).contentType(utf8(contentType)).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The media type with {@code charset=utf-8} added, unless it names a charset already. */
    public static String utf8(String contentType) {
        return contentType.toLowerCase(java.util.Locale.ROOT).contains("charset=") ? contentType : contentType + ";charset=utf-8";
    }

    public static void ok(Context ctx, JsonNode body) {
        answer(ctx, 200, JSON, body);
    }

    /** Reads a request body that must be a JSON object; a broken body is a 400 naming where it broke. */
    public static ObjectNode readObject(Context ctx) {
        // Demanding a JSON content type means a page on another site cannot post here with a plain form or a
        // "simple" fetch: those can only send form or text types, and the server allows no CORS preflight.
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json") && !type.startsWith("application/merge-patch+json")) {
            throw new ApiException(415, "UnsupportedMediaType", "Content-Type: send application/json, not '" + type + "'");
        }
        String body = ctx.body();
        if (body == null || body.isBlank()) throw ApiException.badParameter("body", "a JSON object is required");
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ApiException.badParameter("body", "not valid JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()));
        }
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter("body", "a JSON object is required");
        refuseNul(o, "");
        return o;
    }

    /** No text stored holds a NUL character (PostgreSQL refuses it in text): refused up front, naming the field. */
    private static void refuseNul(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
            throw ApiException.badParameter(path.isEmpty() ? "body" : path, "contains a NUL character");
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().indexOf('\u0000') >= 0) throw ApiException.badParameter(path.isEmpty() ? "body" : path, "a field name contains a NUL character");
                refuseNul(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) refuseNul(node.get(i), path + "[" + i + "]");
        }
    }
}
