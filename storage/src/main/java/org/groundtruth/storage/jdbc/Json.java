package org.groundtruth.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.ingest.FieldValues;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON text kept in lists and field columns: plain arrays of strings and flat objects of strings. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() { };

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    public static String list(Collection<String> values) {
        if (values.isEmpty()) return "[]";
        StringBuilder b = new StringBuilder(values.size() * 24).append('[');
        for (String v : values) {
            if (b.length() > 1) b.append(',');
            quote(b, v);
        }
        return b.append(']').toString();
    }

    /** Written by hand rather than through Jackson: imports write one of these per row. */
    public static String fields(Map<String, String> fields) {
        int length = 2;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            length += e.getKey().length() + 6 + (e.getValue() == null ? 2 : e.getValue().length());
        }
        StringBuilder b = new StringBuilder(length + 16).append('{');
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (b.length() > 1) b.append(',');
            quote(b, e.getKey());
            b.append(':');
            quote(b, e.getValue());
        }
        return b.append('}').toString();
    }

    /**
     * A row's values alone, as a JSON array in column order (null for absent ones): what a revision keeps when its
     * import recorded the column names once ({@link RevisionFields}).
     */
    public static String values(FieldValues row) {
        int n = row.size();
        int length = 2;
        for (int i = 0; i < n; i++) {
            String v = row.valueAt(i);
            length += 3 + (v == null ? 2 : v.length());
        }
        StringBuilder b = new StringBuilder(length + 16).append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(',');
            quote(b, row.valueAt(i));
        }
        return b.append(']').toString();
    }

    private static void quote(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') plain++;
        b.append(s, 0, plain); // most values need no escaping: one copy
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    public static List<String> parseList(String json) {
        if (json == null || json.isEmpty()) return List.of();
        List<String> plain = plainList(json);
        if (plain != null) return plain;
        try {
            return MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not a JSON array of strings: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The list as {@link #list} writes it when no value needs an escape ({@code ["a","b"]}), read without a JSON
     * parser: every incident row holds three such lists, and Jackson's reader cost a public list request more than the
     * rest of the row (decision 0422). Null for anything else (escapes, nulls, spaces), which Jackson then reads.
     */
    static List<String> plainList(String json) {
        int n = json.length();
        if (n < 2 || json.charAt(0) != '[' || json.charAt(n - 1) != ']') return null;
        java.util.ArrayList<String> out = new java.util.ArrayList<>(4);
        if (n == 2) return out;
        int at = 1;
        while (true) {
            if (json.charAt(at) != '"') return null;
            int end = at + 1; // the closing quote, which must come before the closing bracket
            for (char c; end < n - 1 && (c = json.charAt(end)) != '"'; end++) {
                if (c == '\\' || c < 0x20) return null;
            }
            if (end >= n - 1) return null;
            out.add(json.substring(at + 1, end));
            at = end + 1;
            if (at == n - 1) return out;
            if (json.charAt(at) != ',' || at + 1 >= n - 1) return null;
            at++;
        }
    }

    /**
     * The fields as stored, in their original order, without the ones that had no value: a JSON object, or a JSON
     * array of values whose names are {@code namesJson} (the import's column names, a JSON array).
     */
    static Map<String, String> parseFields(String json, String namesJson) {
        if (json.isEmpty() || json.charAt(0) != '[') return parseFields(json);
        if (namesJson == null) throw new IllegalStateException("stored values have no column names");
        List<String> names = parseList(namesJson);
        List<String> values;
        try {
            values = MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored values are not a JSON array of strings: " + e.getOriginalMessage(), e);
        }
        if (names.size() != values.size()) {
            throw new IllegalStateException("stored values (" + values.size() + ") do not match the import's " + names.size() + " columns");
        }
        LinkedHashMap<String, String> out = new LinkedHashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) if (values.get(i) != null) out.put(names.get(i), values.get(i));
        return out;
    }

    /** The fields as stored, in their original order, without the ones that had no value. */
    static Map<String, String> parseFields(String json) {
        try {
            LinkedHashMap<String, String> all = MAPPER.readValue(json, FIELDS);
            all.values().removeIf(v -> v == null);
            return all;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not a JSON object of strings: " + e.getOriginalMessage(), e);
        }
    }
}
