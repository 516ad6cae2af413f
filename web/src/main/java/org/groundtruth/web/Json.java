package org.groundtruth.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;

/** The one Jackson mapper of the web module, and helpers to answer with JSON trees built by hand or written by a generator. */
public final class Json {
    /**
     * Reads strictly (decision 0613): a key given twice in one object and anything after the JSON value are refused,
     * rather than the last key silently winning or trailing garbage being ignored.
     */
    public static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

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

    /** Writes fields (or values) with a streaming generator: the one definition of a shape, for answers and trees alike. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Answers with the JSON that {@code body} writes through a generator, with no tree built first: building and
     * walking an {@code ObjectNode} per incident cost a third of a public list request (decision 0422). The bytes are
     * complete before the status is sent, so a failure midway answers an error, never half a document.
     */
    public static void answerWritten(Context ctx, int status, String contentType, Writer body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = MAPPER.createGenerator(bytes)) {
            body.write(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        ctx.status(status).contentType(utf8(contentType)).result(bytes.toByteArray());
    }

    /** The object whose fields {@code fields} writes, as a tree, for callers that add to it or nest it. */
    public static ObjectNode object(Writer fields) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            buffer.writeStartObject();
            fields.write(buffer);
            buffer.writeEndObject();
            try (JsonParser p = buffer.asParser()) {
                return MAPPER.readTree(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build JSON", e);
        }
    }

    /** A number field, null where the value is. */
    public static void field(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) g.writeNullField(name); else g.writeNumberField(name, value.intValue());
    }

    /** An array field of strings. */
    public static void field(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
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
            throw new ApiException(415, "UnsupportedMediaType", "Content-Type: send application/json"); // never repeats what was sent
        }
        String body = utf8(ctx.bodyAsBytes());
        if (body.isBlank()) throw ApiException.badParameter("body", "a JSON object is required");
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().startsWith("Duplicate field") ? ": a key is given twice"
                    : e.getOriginalMessage().startsWith("Trailing token") ? ": something follows the JSON value" : "";
            throw ApiException.badParameter("body", "not valid JSON" + why
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()));
        }
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter("body", "a JSON object is required");
        refuseNul(o, "");
        return o;
    }

    /** The body as UTF-8, refusing bytes that are not (rather than turning them into U+FFFD or "?"). */
    private static String utf8(byte[] bytes) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiException.badParameter("body", "not valid UTF-8; send JSON encoded as UTF-8");
        }
    }

    /**
     * No text stored holds a NUL character (PostgreSQL refuses it in text) or a lone UTF-16 surrogate (the JSON escape of half a surrogate pair,
     * escape, which no store can write and which came out as "?"): refused up front, naming the field (PlainText).
     */
    private static void refuseNul(JsonNode node, String path) {
        if (node.isTextual() && !org.groundtruth.text.PlainText.isPlain(node.textValue())) {
            throw ApiException.badParameter(path.isEmpty() ? "body" : path, org.groundtruth.text.PlainText.problem(node.textValue()));
        }
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!org.groundtruth.text.PlainText.isPlain(e.getKey())) throw ApiException.badParameter(path.isEmpty() ? "body" : path, "a field name " + org.groundtruth.text.PlainText.problem(e.getKey()));
                refuseNul(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) refuseNul(node.get(i), path + "[" + i + "]");
        }
    }
}
