package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.groundtruth.warning.FieldProblem;
import org.groundtruth.warning.SightingInput;
import org.groundtruth.warning.SightingRejectedException;

/**
 * The fields of a sighting message (API body or MQTT payload) into a {@link SightingInput}. The spotter is never a
 * field: it comes from the token. Unknown fields are refused by name, so that a misspelt one is not silently lost.
 */
public final class SightingFields {
    static final Set<String> FIELDS = SightingInput.FIELDS;

    private SightingFields() {
    }

    /** @param defaultPost the post to use when the message names none (MQTT: the topic's), or null */
    public static SightingInput read(ObjectNode o, String defaultPost) {
        List<FieldProblem> problems = new ArrayList<>();
        o.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add(new FieldProblem(f.length() > 40 ? f.substring(0, 40) + "..." : f, "not a sighting field (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")"));
            }
        });
        for (String f : FIELDS) {
            JsonNode v = o.get(f);
            if (v != null && !v.isNull() && !v.isTextual() && !v.isNumber()) problems.add(new FieldProblem(f, "give text or a number"));
        }
        if (!problems.isEmpty()) throw new SightingRejectedException(problems);
        String post = text(o, "post");
        if (post == null) post = defaultPost;
        return new SightingInput(null, post, null, text(o, "theatre"), text(o, "observedAt"), text(o, "aircraft"), text(o, "count"),
                text(o, "event"), text(o, "base"), text(o, "heading"), text(o, "lat"), text(o, "lon"));
    }

    private static String text(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        String s = v.isNumber() ? v.numberValue().toString() : v.textValue();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
