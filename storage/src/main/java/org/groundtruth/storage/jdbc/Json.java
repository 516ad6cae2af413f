package org.groundtruth.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON text kept in lists and field columns: plain arrays of strings and flat objects of strings. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() { };

    private Json() {
    }

    static String list(Collection<String> values) {
        return write(values);
    }

    static String fields(Map<String, String> fields) {
        return write(fields);
    }

    static List<String> parseList(String json) {
        if (json == null || json.isEmpty()) return List.of();
        try {
            return MAPPER.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not a JSON array of strings: " + e.getOriginalMessage(), e);
        }
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

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
