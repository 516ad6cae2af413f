package org.groundtruth.intake.assessment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.objective.ObjectiveGeometry;
import org.groundtruth.objective.ObjectiveKind;
import org.groundtruth.place.Coordinates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a layer of military objectives from GeoJSON (a FeatureCollection of Point, LineString or Polygon features)
 * or CSV. Every row is checked before anything is returned; problems are collected, each naming file, line and
 * field, and thrown together as an {@link ObjectiveFileException}.
 *
 * <p>Fields (GeoJSON properties or CSV columns): {@code name}, {@code kind} (airbase, base, headquarters, position,
 * checkpoint, depot, front_line, area, other), {@code valid_from}, {@code valid_to} (ISO dates, empty when open),
 * {@code party}, {@code source} (required), {@code notes}. CSV gives the place as {@code lat} and {@code lon}, or as
 * {@code wkt} (POINT, LINESTRING, POLYGON; longitude first).
 */
public final class ObjectiveFiles {
    public static final Set<String> FORMATS = Set.of("geojson", "csv");
    private static final ObjectMapper JSON = org.groundtruth.intake.read.StrictJson.STREAMING; // duplicates, trailing content refused (0613)

    private ObjectiveFiles() {
    }

    public static List<MilitaryObjective> read(Path file, String format) throws IOException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "geojson" -> geoJson(file);
            case "csv" -> csv(file);
            default -> throw new IllegalArgumentException("unknown objectives format '" + format + "'; use geojson or csv");
        };
    }

    public static List<MilitaryObjective> csv(Path file) throws IOException {
        List<MilitaryObjective> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("name") || !header.containsKey("source")
                    || !(header.containsKey("wkt") || (header.containsKey("lat") && header.containsKey("lon")))) {
                throw new ObjectiveFileException(List.of(name + ":1: header needs name, source and either lat and lon or wkt; has "
                        + header.keySet()));
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                Fields f = new Fields(name + ":" + line, problems);
                ObjectiveGeometry geometry = null;
                String wkt = value(r, "wkt");
                if (wkt != null) geometry = f.check("wkt", () -> MilitaryObjective.geometryOf(wkt));
                else {
                    Double lat = f.number("lat", value(r, "lat")), lon = f.number("lon", value(r, "lon"));
                    if (lat != null && lon != null) geometry = f.check("lat/lon", () -> new ObjectiveGeometry.Point(new Coordinates(lat, lon)));
                }
                add(out, f, geometry, value(r, "name"), value(r, "kind"), value(r, "valid_from"), value(r, "valid_to"),
                        value(r, "party"), value(r, "source"), value(r, "notes"));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ObjectiveFileException(List.of(name + ": not a readable CSV file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) throw new ObjectiveFileException(problems);
        return out;
    }

    public static List<MilitaryObjective> geoJson(Path file) throws IOException {
        List<MilitaryObjective> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new ObjectiveFileException(List.of(name + ":1: not a GeoJSON object"));
            boolean sawFeatures = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("features")) {
                    p.skipChildren();
                    continue;
                }
                sawFeatures = true;
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new ObjectiveFileException(List.of(name + ":" + p.currentTokenLocation().getLineNr() + ": features is not an array"));
                }
                int k = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    k++;
                    long line = p.currentTokenLocation().getLineNr();
                    JsonNode feature = JSON.readTree(p);
                    Fields f = new Fields(name + ":" + line + " (feature " + k + ")", problems);
                    String unstorable = org.groundtruth.intake.read.StrictJson.textProblem(feature);
                    if (unstorable != null) {
                        problems.add(name + ":" + line + " (feature " + k + "): " + unstorable);
                        continue;
                    }
                    ObjectiveGeometry geometry = f.check("geometry", () -> geometry(feature.path("geometry")));
                    JsonNode props = feature.path("properties");
                    add(out, f, geometry, text(props, "name"), text(props, "kind"), text(props, "valid_from"), text(props, "valid_to"),
                            text(props, "party"), text(props, "source"), text(props, "notes"));
                }
            }
            org.groundtruth.intake.read.StrictJson.requireEnd(p);
            if (!sawFeatures) throw new ObjectiveFileException(List.of(name + ": no features array (expected a GeoJSON FeatureCollection)"));
        } catch (JsonProcessingException e) {
            throw new ObjectiveFileException(List.of(name + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage()));
        }
        if (!problems.isEmpty()) throw new ObjectiveFileException(problems);
        return out;
    }

    private static void add(List<MilitaryObjective> out, Fields f, ObjectiveGeometry geometry, String name, String kindText,
                            String from, String to, String party, String source, String notes) {
        int before = f.problems.size();
        if (name == null) f.problem("name", "is empty");
        if (source == null) f.problem("source", "is empty; every objective needs the publication or dataset it rests on");
        ObjectiveKind kind = ObjectiveKind.OTHER;
        if (kindText != null) {
            kind = ObjectiveKind.parse(kindText).orElse(null);
            if (kind == null) f.problem("kind", "'" + kindText + "' is not one of " + ObjectiveKind.known());
        }
        LocalDate validFrom = f.date("valid_from", from), validTo = f.date("valid_to", to);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            f.problem("valid_to", to + " is before valid_from " + from);
        }
        if (f.problems.size() > before || geometry == null) return;
        ObjectiveKind k = kind;
        MilitaryObjective o = f.check("objective", () -> new MilitaryObjective(0, name, k, geometry, validFrom, validTo, party, source, notes, null));
        if (o != null) out.add(o);
    }

    static ObjectiveGeometry geometry(JsonNode g) {
        if (g.isMissingNode() || g.isNull()) throw new IllegalArgumentException("is missing");
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> new ObjectiveGeometry.Point(point(c));
            case "LineString" -> new ObjectiveGeometry.Line(points(c));
            case "Polygon" -> {
                if (!c.isArray() || c.isEmpty()) throw new IllegalArgumentException("polygon has no rings");
                if (c.size() > 1) throw new IllegalArgumentException("polygon has holes; give the outer ring only");
                yield new ObjectiveGeometry.Area(points(c.get(0)));
            }
            default -> throw new IllegalArgumentException("type '" + type + "' is not Point, LineString or Polygon");
        };
    }

    private static List<Coordinates> points(JsonNode c) {
        if (!c.isArray()) throw new IllegalArgumentException("coordinates are not an array of positions");
        List<Coordinates> out = new ArrayList<>();
        for (JsonNode p : c) out.add(point(p));
        return out;
    }

    private static Coordinates point(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("position " + p + " is not [longitude, latitude]");
        }
        return new Coordinates(p.get(1).asDouble(), p.get(0).asDouble());
    }

    private static String text(JsonNode props, String field) {
        JsonNode v = props.path(field);
        if (v.isMissingNode() || v.isNull()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) return null;
        String s = r.get(column).strip();
        return s.isEmpty() ? null : s;
    }

    /** Problems of one row, each "file:line: field: message". */
    private static final class Fields {
        final String where;
        final List<String> problems;

        Fields(String where, List<String> problems) {
            this.where = where;
            this.problems = problems;
        }

        void problem(String field, String message) {
            problems.add(where + ": " + field + ": " + message);
        }

        <T> T check(String field, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                problem(field, e.getMessage());
                return null;
            }
        }

        Double number(String field, String text) {
            if (text == null) {
                problem(field, "is empty");
                return null;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                problem(field, "'" + text + "' is not a number");
                return null;
            }
        }

        LocalDate date(String field, String text) {
            if (text == null) return null;
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, "'" + text + "' is not an ISO date (2015-09-30)");
                return null;
            }
        }
    }
}
