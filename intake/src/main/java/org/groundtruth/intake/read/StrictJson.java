package org.groundtruth.intake.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.groundtruth.text.PlainText;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The one way intake reads JSON (decision 0613): a key given twice in one object is refused (Jackson would otherwise
 * keep the last one silently, so a file could say one thing to a reviewer's eye and another to the importer),
 * anything after the top-level value is refused (trailing garbage, a second document, a truncated concatenation), and
 * text holding NUL or a lone UTF-16 surrogate (JSON escapes of U+0000 or of half a surrogate pair) is refused by
 * {@link #textProblem}. The parser never closes the source: importers read the rest of a file to hash it whole.
 */
public final class StrictJson {
    /** For whole documents: anything after the value is refused too. */
    public static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
    /**
     * For readers that stream a large file value by value ({@code readTree(parser)} per feature): keys given twice are
     * refused; what follows the top-level value is checked by {@link #requireEnd} once the reader reaches its end.
     */
    public static final ObjectMapper STREAMING = configure(JsonMapper.builder()).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private StrictJson() {
    }

    /** Strict reading on any mapper builder (a YAML mapper's too). */
    public static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /**
     * After a streamed top-level value has been read to its end: fails when anything but white space follows, naming
     * the line. (FAIL_ON_TRAILING_TOKENS covers whole-value reads; a streaming reader must ask itself.)
     */
    public static void requireEnd(JsonParser p) throws IOException {
        JsonToken next = p.nextToken();
        if (next != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "trailing content after the JSON value (" + next.asString()
                    + "...): a file holds one JSON document");
        }
    }

    /**
     * The first text in {@code node} (a value or a property name) that may not be stored, as "PATH: problem"
     * (PATH like {@code properties.title} or {@code items[3]}), or null. Never quotes the text.
     */
    public static String textProblem(JsonNode node) {
        return textProblem(node, "");
    }

    private static String textProblem(JsonNode node, String path) {
        if (node == null) return null;
        if (node.isTextual()) {
            String p = PlainText.problem(node.textValue());
            return p == null ? null : (path.isEmpty() ? "value" : path) + ": " + p;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                String keyProblem = PlainText.problem(e.getKey());
                if (keyProblem != null) return (path.isEmpty() ? "a property name" : "a property name in " + path) + " " + keyProblem;
                String p = textProblem(e.getValue(), child);
                if (p != null) return p;
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = textProblem(node.get(i), path + "[" + i + "]");
                if (p != null) return p;
            }
        }
        return null;
    }
}
