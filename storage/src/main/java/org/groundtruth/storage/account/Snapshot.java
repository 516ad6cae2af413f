package org.groundtruth.storage.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON kept as "before" and "after" in the audit log: a record's components by name in sorted order, recursively;
 * enums by name, numbers and booleans as such, anything else (dates, instants) by its ISO text. Deterministic, so that
 * the same value always gives the same text.
 */
public final class Snapshot {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Snapshot() {
    }

    public static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(node(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit snapshot", e);
        }
    }

    /** A JSON object from name/value pairs (values as {@link #of} writes them), for snapshots that are not records. */
    public static String fields(Object... namesAndValues) {
        ObjectNode o = F.objectNode();
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) sorted.put((String) namesAndValues[i], namesAndValues[i + 1]);
        sorted.forEach((k, v) -> o.set(k, node(v)));
        return o.toString();
    }

    static JsonNode node(Object v) {
        if (v == null) return F.nullNode();
        if (v instanceof String s) return F.textNode(s);
        if (v instanceof Boolean b) return F.booleanNode(b);
        if (v instanceof Integer || v instanceof Long || v instanceof Short) return F.numberNode(((Number) v).longValue());
        if (v instanceof Number n) return F.numberNode(n.doubleValue());
        if (v instanceof Enum<?> e) return F.textNode(e.name());
        if (v instanceof java.util.Optional<?> o) return node(o.orElse(null));
        if (v instanceof Collection<?> c) {
            ArrayNode a = F.arrayNode();
            for (Object x : c) a.add(node(x));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = F.objectNode();
            new TreeMap<>(m).forEach((k, x) -> o.set(String.valueOf(k), node(x)));
            return o;
        }
        if (v.getClass().isRecord()) {
            TreeMap<String, JsonNode> parts = new TreeMap<>();
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                try {
                    parts.put(rc.getName(), node(rc.getAccessor().invoke(v)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc.getName() + " of " + v.getClass().getSimpleName(), e);
                }
            }
            ObjectNode o = F.objectNode();
            parts.forEach(o::set);
            return o;
        }
        return F.textNode(v.toString());
    }
}
