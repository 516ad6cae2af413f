package org.groundtruth.intake.mapping;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.read.FileSniffer;
import org.groundtruth.intake.read.InputFile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A JSON file of flat objects read as rows: a top-level array, or an object holding the array under "claims" (or
 * "items"). Each object is one row whose columns are its property names (matched ignoring case); numbers and
 * booleans are read as their text, arrays as their items joined with "; ". Each row knows the line its object
 * starts on, so problems name file:line and the property.
 */
final class JsonRows {
    private static final ObjectMapper JSON = org.groundtruth.intake.read.StrictJson.STREAMING; // duplicates, trailing content refused (0613)

    private JsonRows() {
    }

    static void forEachRow(InputFile file, Consumer<Cells> action) {
        Reader reader = file.text(StandardCharsets.UTF_8, FileSniffer.Expect.JSON);
        try (JsonParser p = JSON.createParser(reader)) {
            JsonToken first = p.nextToken();
            if (first == null) throw file.rejected(0, null, "the file is empty");
            if (first == JsonToken.START_OBJECT) {
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ((name.equals("claims") || name.equals("items")) && value == JsonToken.START_ARRAY) {
                        readArray(file, p, action);
                        found = true;
                    } else {
                        p.skipChildren();
                    }
                }
                if (!found) throw file.rejected(1, null, "a JSON file of claims is an array of objects, or an object with a \"claims\" array");
            } else if (first == JsonToken.START_ARRAY) {
                readArray(file, p, action);
            } else {
                throw file.rejected(p.currentTokenLocation().getLineNr(), null, "a JSON file of claims is an array of objects");
            }
            org.groundtruth.intake.read.StrictJson.requireEnd(p);
        } catch (JsonParseException e) {
            var at = e.getLocation();
            throw file.rejected(at == null ? 0 : at.getLineNr(), null, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readArray(InputFile file, JsonParser p, Consumer<Cells> action) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) throw file.rejected(p.currentLocation().getLineNr(), null, "the JSON array is not closed");
            long line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                Row bad = new Row(file.name(), line, Map.of());
                bad.problem(null, "each item must be an object of claim fields, not " + t.asString());
                action.accept(bad);
                continue;
            }
            JsonNode node = JSON.readTree(p);
            String unstorable = org.groundtruth.intake.read.StrictJson.textProblem(node);
            if (unstorable != null) {
                Row bad = new Row(file.name(), line, Map.of());
                bad.problem(null, unstorable);
                action.accept(bad);
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), text(e.getValue())));
            action.accept(new Row(file.name(), line, fields));
        }
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.isValueNode() ? i.asText() : i.toString()));
            return String.join("; ", items);
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static final class Row implements Cells {
        private final String fileName;
        private final long line;
        private final Map<String, String> fields;
        private final Map<String, String> byKey = new HashMap<>();
        private List<RowProblem> problems;

        Row(String fileName, long line, Map<String, String> fields) {
            this.fileName = fileName;
            this.line = line;
            this.fields = fields;
            fields.forEach((k, v) -> byKey.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));
        }

        @Override
        public String text(String column) {
            String v = byKey.get(column.strip().toLowerCase(Locale.ROOT));
            if (v == null) return null;
            v = v.strip();
            return v.isEmpty() ? null : v;
        }

        @Override
        public void problem(String column, String message) {
            if (problems == null) problems = new ArrayList<>(2);
            problems.add(new RowProblem(fileName, line, column, message));
        }

        @Override
        public boolean hasProblems() {
            return problems != null;
        }

        @Override
        public List<RowProblem> problems() {
            return problems == null ? List.of() : problems;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public Map<String, String> fields() {
            return fields;
        }
    }
}
