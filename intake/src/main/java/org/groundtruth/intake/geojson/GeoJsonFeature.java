package org.groundtruth.intake.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.interpret.CivilianObjectKeywords;
import org.groundtruth.intake.interpret.CoordinateCheck;
import org.groundtruth.intake.interpret.Countries;
import org.groundtruth.intake.interpret.Counts;
import org.groundtruth.intake.interpret.DateFormats;
import org.groundtruth.intake.interpret.Texts;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One GeoJSON feature and the properties Groundtruth understands:
 * id, title (or name), summary, description (the report text), date (2015-11-29, 2015-11, 2015 or
 * 2015-11-29T13:45:00+02:00), start and end (a window of days), precision (exact_time, day, week, month, year),
 * place, governorate, district, country, location_precision (exact, neighbourhood, town, district, governorate,
 * country), radius_m, killed / killed_min / killed_max, injured / injured_min / injured_max, children_killed,
 * women_killed, men_killed (a number or "3-5"), objects (codes such as "market", "medical"), perpetrators, weapons
 * (arrays, or strings separated by ';'), kind (an event kind: air_strike, missile, shelling, ground_fighting, other,
 * unknown), source, url, language. Other properties are kept as raw fields.
 */
final class GeoJsonFeature {
    private static final DateFormats DAYS = DateFormats.of("uuuu-MM-dd", "uuuu-MM", "uuuu");

    private final String file;
    private final int index;
    private final long line;
    private final JsonNode feature;
    private final JsonNode props;
    private final String dataset;
    private final List<RowProblem> problems = new ArrayList<>();

    GeoJsonFeature(String file, int index, long line, JsonNode feature, String dataset) {
        this.file = file;
        this.index = index;
        this.line = line;
        this.feature = feature;
        JsonNode p = feature.get("properties");
        this.props = p == null || !p.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : p;
        this.dataset = dataset;
    }

    ImportedRecord toRecord() {
        Location location = location();
        IncidentDate date = date();
        Casualties casualties = new Casualties(range("killed"), range("injured"), range("children_killed"),
                range("women_killed"), range("men_killed"));
        String title = text("title", "name");
        String description = text("description", "text");
        String summary = Texts.firstNonBlank(text("summary"), description);
        Set<CivilianObject> objects = objects(title, description);
        EventKind kind = kind();
        if (hasProblems()) return null;
        IncidentFacts facts = new IncidentFacts(title, summary, date, location, casualties, objects,
                list("perpetrators"), list("weapons"), kind);
        Map<String, String> fields = fields();
        String id = feature.hasNonNull("id") ? feature.get("id").asText() : text("id");
        String key = "geojson:" + (id != null ? id : ImportedRecord.hashOf(fields).substring(0, 32));
        Source source = new Source(text("source"), dataset, text("url"));
        return ImportedRecord.of(key, facts, source, Texts.firstNonBlank(description, summary, title), text("language"), fields);
    }

    private EventKind kind() {
        String k = text("kind");
        if (k == null) return EventKind.UNKNOWN;
        return EventKind.parse(k).orElseGet(() -> {
            problem("kind", "'" + k + "' is not an event kind; known are " + String.join(", ", EventKind.codes()));
            return EventKind.UNKNOWN;
        });
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<RowProblem> problems() {
        return problems;
    }

    void problem(String property, String message) {
        String where = "features[" + index + "]" + (property == null ? "" : property.startsWith("geometry") ? "." + property : ".properties." + property);
        problems.add(new RowProblem(file, line, where, "feature " + index + ": " + message));
    }

    private Location location() {
        String country = text("country");
        String countryCode = Countries.alpha2(country).orElse(country);
        String place = text("place");
        String governorate = text("governorate");
        String district = text("district");
        JsonNode geometry = feature.get("geometry");
        if (geometry == null || geometry.isNull()) return Location.unplaced(place, governorate, district, countryCode);
        String type = geometry.path("type").asText("");
        if (!type.equals("Point")) {
            problem("geometry", "the geometry is " + (type.isEmpty() ? "of no type" : "a " + type)
                    + "; only Point features can be imported");
            return null;
        }
        JsonNode c = geometry.get("coordinates");
        if (c == null || !c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            problem("geometry.coordinates", "a Point needs coordinates [longitude, latitude] as numbers");
            return null;
        }
        Coordinates point;
        try {
            point = CoordinateCheck.check(c.get(1).asDouble(), c.get(0).asDouble(), country);
        } catch (IllegalArgumentException e) {
            problem("geometry.coordinates", e.getMessage() + " (GeoJSON puts longitude first)");
            return null;
        }
        Integer radius = count("radius_m");
        String precisionText = text("location_precision");
        LocationPrecision precision = radius != null ? LocationPrecision.forRadiusMetres(radius) : LocationPrecision.EXACT;
        if (precisionText != null) {
            try {
                precision = LocationPrecision.valueOf(precisionText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("location_precision", "'" + precisionText + "' is not one of exact, neighbourhood, town, district, governorate, country");
            }
            if (precision == LocationPrecision.UNKNOWN) precision = LocationPrecision.COUNTRY;
        }
        return new Location(point, precision, radius, place, governorate, district, countryCode, PlacedBy.SOURCE);
    }

    private IncidentDate date() {
        String date = text("date");
        String start = text("start", "date_start");
        String end = text("end", "date_end");
        String precisionText = text("precision", "date_precision");
        IncidentDate result = null;
        try {
            if (date != null && date.length() > 10 && date.charAt(10) == 'T') result = dateTime(date);
            else if (date != null) result = DAYS.date(date);
            else if (start != null) {
                var first = DAYS.day(start);
                var last = end == null ? first : DAYS.day(end);
                if (last.isBefore(first)) throw new IllegalArgumentException("end " + last + " is before start " + first);
                result = IncidentDate.between(first, last);
            } else {
                problem("date", "no date (give \"date\", or \"start\" and \"end\")");
                return null;
            }
        } catch (IllegalArgumentException e) {
            problem(date != null ? "date" : "start", e.getMessage());
            return null;
        }
        if (precisionText != null) {
            DatePrecision declared;
            try {
                declared = DatePrecision.valueOf(precisionText.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problem("precision", "'" + precisionText + "' is not one of exact_time, day, week, month, year");
                return null;
            }
            if (declared.compareTo(result.precision()) > 0) {
                result = new IncidentDate(result.firstDay(), result.lastDay(), null, null, declared);
            }
        }
        return result;
    }

    private IncidentDate dateTime(String text) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(text);
            return IncidentDate.at(t.toLocalDate(), t.toLocalTime(), t.getOffset());
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime t = LocalDateTime.parse(text);
                String offset = text("utc_offset");
                return IncidentDate.at(t.toLocalDate(), t.toLocalTime(), offset == null ? null : ZoneOffset.of(offset));
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("'" + text + "' is not a date-time like 2015-11-29T13:45:00+02:00 ("
                        + e2.getMessage() + ")");
            } catch (java.time.DateTimeException e3) {
                throw new IllegalArgumentException("bad utc_offset: " + e3.getMessage());
            }
        }
    }

    private CountRange range(String name) {
        CountRange whole = null;
        String single = text(name);
        if (single != null) {
            try {
                whole = Counts.range(single);
            } catch (IllegalArgumentException e) {
                problem(name, e.getMessage());
            }
        }
        Integer min = count(name + "_min");
        Integer max = count(name + "_max");
        if (min == null && max == null) return whole;
        if (min != null && max != null && max < min) {
            problem(name + "_max", name + "_max " + max + " is below " + name + "_min " + min);
            return null;
        }
        return CountRange.of(min == null ? 0 : min, max);
    }

    private Set<CivilianObject> objects(String title, String description) {
        JsonNode node = props.get("objects");
        if (node == null || node.isNull()) return CivilianObjectKeywords.detect(title, description);
        EnumSet<CivilianObject> objects = EnumSet.noneOf(CivilianObject.class);
        for (String code : list("objects")) {
            CivilianObject.parse(code).ifPresentOrElse(objects::add, () -> problem("objects",
                    "'" + code + "' is not a kind of civilian object (residential, market, place_of_worship, medical,"
                            + " school, civil_defence, water_and_power, displacement_camp, other)"));
        }
        return objects;
    }

    private Integer count(String name) {
        String t = text(name);
        if (t == null) return null;
        try {
            return Counts.count(t);
        } catch (IllegalArgumentException e) {
            problem(name, e.getMessage());
            return null;
        }
    }

    private List<String> list(String name) {
        JsonNode node = props.get(name);
        if (node == null || node.isNull()) return List.of();
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode n : node) if (!n.isNull() && !n.asText().isBlank()) out.add(n.asText().strip());
            return out;
        }
        return Texts.split(node.asText(), ";");
    }

    private String text(String... names) {
        for (String name : names) {
            JsonNode n = props.get(name);
            if (n != null && !n.isNull() && !n.isContainerNode() && !n.asText().isBlank()) return n.asText().strip();
        }
        return null;
    }

    /** The feature as flat fields, in file order: id, geometry, then every property. */
    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (feature.hasNonNull("id")) fields.put("id", feature.get("id").asText());
        JsonNode geometry = feature.get("geometry");
        fields.put("geometry", geometry == null ? null : geometry.toString());
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            fields.put("properties." + e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        return fields;
    }
}
