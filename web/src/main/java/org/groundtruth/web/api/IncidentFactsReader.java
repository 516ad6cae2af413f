package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
import java.util.UUID;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.ApiException;

/**
 * Reads incident facts and reports from the JSON API's shape (the one {@link IncidentJson} writes). Every
 * problem is a 400 naming the field by its JSON path ("location.lat"). Unknown fields are refused, so that a
 * typo never silently drops a correction; the read-only fields that {@link IncidentJson} writes are ignored.
 */
public final class IncidentFactsReader {
    private static final Set<String> FACT_FIELDS = Set.of("title", "summary", "date", "location", "casualties", "objectsHit", "perpetrators", "weapons", "kind");
    private static final Set<String> READ_ONLY = Set.of("id", "status", "editedByHand", "reportCount", "createdAt", "updatedAt", "reports");
    private static final Set<String> DATE_FIELDS = Set.of("precision", "firstDay", "lastDay", "localTime", "utcOffset", "display", "instantUtc");
    private static final Set<String> LOCATION_FIELDS = Set.of("lat", "lon", "precision", "radiusMetres", "placeName", "governorate", "district", "countryCode", "placedBy");
    private static final Set<String> CASUALTY_FIELDS = Set.of("killed", "injured", "childrenKilled", "womenKilled", "menKilled");
    private static final Set<String> REPORT_FIELDS = Set.of("originKey", "source", "text", "language", "fields");

    private IncidentFactsReader() {
    }

    public static IncidentFacts facts(ObjectNode o) {
        refuseUnknown(o, "", FACT_FIELDS, READ_ONLY);
        JsonNode dateNode = o.get("date");
        if (dateNode == null || dateNode.isNull()) throw ApiException.badParameter("date", "is required");
        IncidentDate date = date(dateNode);
        Location location = location(o.get("location"));
        Casualties casualties = casualties(o.get("casualties"));
        Set<CivilianObject> objects = EnumSet.noneOf(CivilianObject.class);
        for (String s : strings(o.get("objectsHit"), "objectsHit")) {
            objects.add(CivilianObject.parse(s).orElseThrow(() -> ApiException.badParameter("objectsHit",
                    "not one of " + String.join(", ", java.util.Arrays.stream(CivilianObject.values()).map(CivilianObject::code).toList()))));
        }
        return new IncidentFacts(textOr(o, "title", ""), textOr(o, "summary", ""), date, location, casualties, objects,
                strings(o.get("perpetrators"), "perpetrators"), strings(o.get("weapons"), "weapons"), kind(o.get("kind")));
    }

    /** An event kind's code ("air_strike"); absent or null is unknown. */
    static EventKind kind(JsonNode node) {
        if (node == null || node.isNull()) return EventKind.UNKNOWN;
        if (!node.isTextual()) throw ApiException.badParameter("kind", "must be a string: one of " + String.join(", ", EventKind.codes()));
        return EventKind.parse(node.asText()).orElseThrow(() -> ApiException.badParameter("kind",
                "is not one of " + String.join(", ", EventKind.codes())));
    }

    /** A date as an object, or as a string: "2015-11-29", "2015-11", "2015", or "2015-11-29T13:45+03:00". */
    static IncidentDate date(JsonNode node) {
        if (node.isTextual()) return dateFromText(node.asText());
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter("date", "must be a string or an object");
        refuseUnknown(o, "date.", DATE_FIELDS, Set.of());
        String precisionText = text(o, "date.", "precision");
        if (precisionText == null) throw ApiException.badParameter("date.precision", "is required (exact_time, day, week, month, year)");
        DatePrecision precision = enumValue(DatePrecision.class, precisionText, "date.precision");
        LocalDate first = day(text(o, "date.", "firstDay"), "date.firstDay");
        if (first == null) throw ApiException.badParameter("date.firstDay", "is required");
        LocalDate last = day(text(o, "date.", "lastDay"), "date.lastDay");
        if (last == null) last = first;
        LocalTime time = null;
        String timeText = text(o, "date.", "localTime");
        if (timeText != null) {
            try {
                time = LocalTime.parse(timeText);
            } catch (DateTimeParseException e) {
                throw ApiException.badParameter("date.localTime", "not a time of day (13:45)");
            }
        }
        ZoneOffset offset = null;
        String offsetText = text(o, "date.", "utcOffset");
        if (offsetText != null) {
            try {
                offset = offsetText.equals("Z") || offsetText.equalsIgnoreCase("UTC") ? ZoneOffset.UTC : ZoneOffset.of(offsetText);
            } catch (RuntimeException e) {
                throw ApiException.badParameter("date.utcOffset", "not an offset (+03:00)");
            }
        }
        try {
            return new IncidentDate(first, last, time, offset, precision);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("date", e.getMessage());
        }
    }

    private static IncidentDate dateFromText(String s) {
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) return IncidentDate.inYear(Integer.parseInt(t));
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return IncidentDate.inMonth(ym.getYear(), ym.getMonthValue());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return IncidentDate.onDay(LocalDate.parse(t));
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return IncidentDate.at(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset());
        } catch (java.time.DateTimeException e) {
            throw ApiException.badParameter("date", "not a date (2015-11-29, 2015-11, 2015 or 2015-11-29T13:45+03:00)");
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("date", e.getMessage()); // the domain's rule (a year out of range), which names no value
        }
    }

    static Location location(JsonNode node) {
        if (node == null || node.isNull()) return Location.unplaced(null, null, null, null);
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter("location", "must be an object");
        refuseUnknown(o, "location.", LOCATION_FIELDS, Set.of("uncertaintyMetres")); // read-only, derived from precision
        Double lat = decimal(o, "lat"), lon = decimal(o, "lon");
        String placeName = text(o, "location.", "placeName"), governorate = text(o, "location.", "governorate");
        String district = text(o, "location.", "district"), country = text(o, "location.", "countryCode");
        Integer radius = null;
        JsonNode r = o.get("radiusMetres");
        if (r != null && !r.isNull()) {
            if (!r.canConvertToInt() || !r.isIntegralNumber() || r.asInt() < 0) throw ApiException.badParameter("location.radiusMetres", "must be a whole number of metres, 0 or more");
            radius = r.asInt();
        }
        if (lat == null && lon == null) return new Location(null, LocationPrecision.UNKNOWN, radius, placeName, governorate, district, country, PlacedBy.NONE);
        if (lat == null) throw ApiException.badParameter("location.lat", "is required when lon is given");
        if (lon == null) throw ApiException.badParameter("location.lon", "is required when lat is given");
        Coordinates point;
        try {
            point = new Coordinates(lat, lon);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("location.lat", e.getMessage());
        }
        String precisionText = text(o, "location.", "precision");
        if (precisionText == null) {
            throw ApiException.badParameter("location.precision", "is required with coordinates (exact, neighbourhood, town, district, governorate, country)");
        }
        LocationPrecision precision = enumValue(LocationPrecision.class, precisionText, "location.precision");
        if (precision == LocationPrecision.UNKNOWN) throw ApiException.badParameter("location.precision", "'unknown' only goes with no coordinates");
        String byText = text(o, "location.", "placedBy");
        PlacedBy by = byText == null ? PlacedBy.MANUAL : enumValue(PlacedBy.class, byText, "location.placedBy");
        if (by == PlacedBy.NONE) throw ApiException.badParameter("location.placedBy", "'none' only goes with no coordinates");
        return new Location(point, precision, radius, placeName, governorate, district, country, by);
    }

    static Casualties casualties(JsonNode node) {
        if (node == null || node.isNull()) return Casualties.UNKNOWN;
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter("casualties", "must be an object");
        refuseUnknown(o, "casualties.", CASUALTY_FIELDS, Set.of());
        return new Casualties(range(o.get("killed"), "casualties.killed"), range(o.get("injured"), "casualties.injured"),
                range(o.get("childrenKilled"), "casualties.childrenKilled"), range(o.get("womenKilled"), "casualties.womenKilled"),
                range(o.get("menKilled"), "casualties.menKilled"));
    }

    /** A count: null (unknown), a whole number, or {"min":40,"max":49} (max null: "at least min"). */
    private static CountRange range(JsonNode node, String path) {
        if (node == null || node.isNull()) return CountRange.UNKNOWN;
        if (node.isIntegralNumber()) return count(node.asInt(), node.asInt(), path);
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter(path, "must be a whole number or {\"min\",\"max\"}");
        refuseUnknown(o, path + ".", Set.of("min", "max"), Set.of("display"));
        Integer min = whole(o.get("min"), path + ".min"), max = whole(o.get("max"), path + ".max");
        if (min == null && max == null) return CountRange.UNKNOWN;
        return count(min, max, path);
    }

    private static CountRange count(Integer min, Integer max, String path) {
        try {
            return CountRange.of(min, max);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(path, e.getMessage());
        }
    }

    private static Integer whole(JsonNode n, String path) {
        if (n == null || n.isNull()) return null;
        if (!n.isIntegralNumber() || !n.canConvertToInt()) throw ApiException.badParameter(path, "must be a whole number");
        return n.asInt();
    }

    /** A report entered by hand; without an originKey it gets a fresh "manual:" key, without a dataset "manual". */
    public static NewReport report(JsonNode node, String path) {
        if (!(node instanceof ObjectNode o)) throw ApiException.badParameter(path, "must be an object");
        refuseUnknown(o, path + ".", REPORT_FIELDS, Set.of());
        JsonNode s = o.get("source");
        if (!(s instanceof ObjectNode so)) throw ApiException.badParameter(path + ".source", "is required: {\"name\",\"dataset\",\"url\"}");
        refuseUnknown(so, path + ".source.", Set.of("name", "dataset", "url"), Set.of());
        String name = text(so, path + ".source.", "name");
        String dataset = text(so, path + ".source.", "dataset");
        String url = text(so, path + ".source.", "url");
        if (name == null && url == null) throw ApiException.badParameter(path + ".source.name", "a source needs a name or a url");
        if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw ApiException.badParameter(path + ".source.url", "must start with http:// or https://");
        }
        String key = text(o, path + ".", "originKey");
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode f = o.get("fields");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) throw ApiException.badParameter(path + ".fields", "must be an object of strings");
            f.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        }
        return new NewReport(key == null ? "manual:" + UUID.randomUUID() : key, new Source(name, dataset == null ? "manual" : dataset, url),
                text(o, path + ".", "text"), text(o, path + ".", "language"), fields);
    }

    private static void refuseUnknown(ObjectNode o, String prefix, Set<String> known, Set<String> ignored) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name) && !ignored.contains(name)) {
                throw ApiException.badParameter(prefix + name, "unknown field; known are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String textOr(ObjectNode o, String name, String fallback) {
        String t = text(o, "", name);
        return t == null ? fallback : t;
    }

    private static String text(ObjectNode o, String prefix, String name) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw ApiException.badParameter(prefix + name, "must be a string");
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Double decimal(ObjectNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw ApiException.badParameter("location." + name, "must be a number");
        return n.asDouble();
    }

    private static LocalDate day(String text, String path) {
        if (text == null) return null;
        try {
            LocalDate day = LocalDate.parse(text);
            String outside = org.groundtruth.time.Years.problem(day);
            if (outside != null) throw ApiException.badParameter(path, outside);
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(path, "not a calendar date (2015-11-29)");
        }
    }

    private static List<String> strings(JsonNode n, String path) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) throw ApiException.badParameter(path, "must be an array of strings");
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) throw ApiException.badParameter(path + "[" + i + "]", "must be a string");
            if (!e.asText().isBlank()) out.add(e.asText().strip());
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(path, "not one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
