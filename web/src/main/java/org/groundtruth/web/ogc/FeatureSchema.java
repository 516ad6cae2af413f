package org.groundtruth.web.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.groundtruth.web.Json;

/**
 * The properties of an incident feature, declared once: their JSON types, formats and whether they may be null. The
 * collection's schema (OGC API – Features Part 5), its GeoJSON feature schema (the "describedby" document GDAL reads
 * its field types from) and its queryables (Part 3) are written from this list, and a test checks that every feature
 * served holds exactly these properties with values of these types. A number is always a JSON number (or null when
 * the source did not say), never a string, so that GIS tools type a column once and keep it (decision 0411).
 */
public final class FeatureSchema {
    static final String JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    public static final String SCHEMA_JSON = "application/schema+json";

    /** The JSON types a property may take (besides null where it is nullable). */
    public enum Type {
        STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One property of the feature.
     *
     * @param format    a JSON Schema format (date, date-time) or null
     * @param values    the values a text may take (an enumeration), or empty
     * @param role      a Part 5 role (primary-interval-start, ...) or null
     * @param where     which features carry it: "every" feature, "signed-in" callers only, or a "single" item only
     */
    public record Property(String name, Type type, String format, boolean nullable, List<String> values, String role,
                           String where, String description) {
        boolean inEveryFeature() {
            return where.equals("every");
        }
    }

    private static final String EVERY = "every";
    private static final String SIGNED_IN = "signed-in";
    private static final String SINGLE = "single";

    /** The properties in the order features carry them (GDAL keeps this order for its columns). */
    public static final List<Property> PROPERTIES = List.of(
            text("title", false, "Short title of the incident"),
            text("summary", true, "What happened, as established from the reports"),
            enumerated("kind", false, org.groundtruth.incident.EventKind.codes(),
                    "Event kind as the sources coded it: air_strike and missile are strikes; unknown when no source said"),
            text("date", false, "The date as shown to people: a day, a window of days, or a local time with its offset"),
            new Property("dateFirstDay", Type.STRING, "date", false, List.of(), "primary-interval-start", EVERY, "First local calendar day of the date window"),
            new Property("dateLastDay", Type.STRING, "date", false, List.of(), "primary-interval-end", EVERY, "Last local calendar day of the date window"),
            enumerated("datePrecision", false, enumValues(org.groundtruth.time.DatePrecision.class), "How precisely the date is known"),
            text("localTime", true, "Local clock time (HH:mm) when known"),
            text("utcOffset", true, "UTC offset of the local time when known (+02:00)"),
            new Property("instantUtc", Type.STRING, "date-time", true, List.of(), null, EVERY, "The moment in UTC when a clock time is known"),
            enumerated("locationPrecision", false, enumValues(org.groundtruth.place.LocationPrecision.class), "How precisely the place is known"),
            number("radiusMetres", Type.INTEGER, true, "Radius of uncertainty around the point in metres; null when unplaced"),
            enumerated("placedBy", false, enumValues(org.groundtruth.place.PlacedBy.class), "Where the coordinates came from"),
            text("place", true, "Most specific place name"),
            text("district", true, "District (second-level area)"),
            text("governorate", true, "Governorate, oblast or province (first-level area)"),
            text("countryCode", true, "ISO 3166-1 alpha-2 country code"),
            text("killed", false, "People killed, as shown: a number, a range (40-49), 'at least N' or 'unknown'"),
            number("killedMin", Type.INTEGER, true, "Fewest people killed the sources support; null when not counted"),
            number("killedMax", Type.INTEGER, true, "Most people killed the sources support; null when open or not counted"),
            text("injured", false, "People injured, as shown"),
            number("injuredMin", Type.INTEGER, true, "Fewest people injured; null when not counted"),
            number("injuredMax", Type.INTEGER, true, "Most people injured; null when open or not counted"),
            text("childrenKilled", false, "Children killed, as shown"),
            number("childrenKilledMin", Type.INTEGER, true, "Fewest children killed; null when not counted"),
            number("childrenKilledMax", Type.INTEGER, true, "Most children killed; null when open or not counted"),
            text("womenKilled", false, "Women killed, as shown"),
            number("womenKilledMin", Type.INTEGER, true, "Fewest women killed; null when not counted"),
            number("womenKilledMax", Type.INTEGER, true, "Most women killed; null when open or not counted"),
            text("menKilled", false, "Men killed, as shown"),
            number("menKilledMin", Type.INTEGER, true, "Fewest men killed; null when not counted"),
            number("menKilledMax", Type.INTEGER, true, "Most men killed; null when open or not counted"),
            text("objectsHit", false, "Civilian objects hit, codes joined with '; '"),
            text("perpetrators", false, "Alleged perpetrators, joined with '; '"),
            text("weapons", false, "Munitions and aircraft seen, joined with '; '"),
            enumerated("status", false, enumValues(org.groundtruth.incident.IncidentStatus.class), "Review status (the public sees published incidents only)"),
            new Property("editedByHand", Type.BOOLEAN, null, false, List.of(), null, EVERY, "Whether a person corrected the facts"),
            number("reports", Type.INTEGER, false, "Number of reports the incident was established from"),
            new Property("updatedAt", Type.STRING, "date-time", true, List.of(), null, EVERY, "When the incident last changed"),
            new Property("internalId", Type.INTEGER, null, false, List.of(), null, SIGNED_IN, "The number the command line takes (signed-in callers only)"),
            new Property("claimed", Type.BOOLEAN, null, false, List.of(), null, EVERY, "Whether a party's claim of a strike matches the incident"),
            new Property("claims", Type.ARRAY, null, false, List.of(), null, EVERY, "The matched claims (party, score, distance, offset)"),
            new Property("responses", Type.ARRAY, null, false, List.of(), null, EVERY, "Parties' responses to the allegation"),
            enumerated("grade", true, gradeCodes(), "How well the incident is established (effective grade); null before it is graded"),
            new Property("gradeOverridden", Type.BOOLEAN, null, false, List.of(), null, EVERY, "Whether a reviewer set the grade by hand"),
            text("attributedParties", true, "Parties the strike is attributed to, codes joined with '; '"),
            new Property("gradeComputed", Type.STRING, null, false, gradeCodes(), null, SINGLE, "The grade the rules give (single item only)"),
            new Property("gradeReason", Type.STRING, null, false, List.of(), null, SINGLE, "Why the incident has its grade (single item only)"),
            new Property("gradeBy", Type.STRING, null, true, List.of(), null, SINGLE, "Who set the grade by hand (single item only)"),
            new Property("attributedTo", Type.STRING, null, false, List.of(), null, SINGLE, "The attribution verdict in words (single item only)"),
            new Property("concernLevel", Type.STRING, null, false, List.of(), null, SINGLE, "Military objectives nearby: concern level (single item only)"),
            new Property("attribution", Type.OBJECT, null, false, List.of(), null, SINGLE, "Attribution candidates and factors (single item only)"),
            new Property("objective_analysis", Type.OBJECT, null, false, List.of(), null, SINGLE, "Military objectives near the incident (single item only)"));

    /**
     * GDAL sends a comparison on any date field to the server as datetime=, which filters by the incident's date: only
     * the fields that are that date keep their date formats in the schema GDAL reads (updatedAt stays text there).
     */
    static final java.util.Set<String> THE_INCIDENT_DATE = java.util.Set.of("dateFirstDay", "dateLastDay", "instantUtc");

    /** Properties that are also query parameters of the items with equality semantics (Part 3 queryables). */
    static final List<String> QUERYABLE = List.of("governorate", "grade", "claimed", "kind");

    private FeatureSchema() {
    }

    private static Property text(String name, boolean nullable, String description) {
        return new Property(name, Type.STRING, null, nullable, List.of(), null, EVERY, description);
    }

    private static Property enumerated(String name, boolean nullable, List<String> values, String description) {
        return new Property(name, Type.STRING, null, nullable, values, null, EVERY, description);
    }

    private static Property number(String name, Type type, boolean nullable, String description) {
        return new Property(name, type, null, nullable, List.of(), null, EVERY, description);
    }

    private static List<String> enumValues(Class<? extends Enum<?>> e) {
        return Arrays.stream(e.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> gradeCodes() {
        return Arrays.stream(org.groundtruth.grading.Grade.values()).map(org.groundtruth.grading.Grade::code).toList();
    }

    /** The properties of the features of the items, for the public or for signed-in callers (who also get internalId). */
    public static List<Property> itemProperties(boolean signedIn) {
        return PROPERTIES.stream().filter(p -> p.inEveryFeature() || (signedIn && p.where().equals(SIGNED_IN))).toList();
    }

    public static Property property(String name) {
        return PROPERTIES.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no property " + name));
    }

    /**
     * The logical schema of the features (Part 5): one JSON Schema property per feature property, the geometry and the
     * date window marked with their roles. Each has one type, as QGIS and GDAL read it (a list of types reads to them
     * as text); "nullable" marks where null stands for "the source did not say".
     */
    public static ObjectNode schema(String id, boolean signedIn) {
        ObjectNode s = root(id, "Incidents", "The properties of an incident feature (OGC API - Features Part 5)");
        ObjectNode props = s.putObject("properties");
        props.putObject("id").put("type", "string").put("x-ogc-role", "id").put("description", "Public id of the incident");
        geometry(props.putObject("geometry"));
        for (Property p : itemProperties(signedIn)) {
            ObjectNode o = props.putObject(p.name()).put("type", p.type().json());
            if (p.nullable()) o.put("nullable", true);
            describe(o, p, true);
        }
        return s;
    }

    /**
     * A JSON Schema of one GeoJSON feature, the form GDAL's OGC API driver reads field types from ("describedby"):
     * each property has one type (GDAL does not read type lists), and "nullable" says where null stands for unknown.
     */
    public static ObjectNode geoJsonFeatureSchema(String id, boolean signedIn) {
        ObjectNode s = root(id, "Incident (GeoJSON feature)", "One incident as a GeoJSON feature of the items");
        s.putArray("required").add("type").add("id").add("geometry").add("properties");
        ObjectNode top = s.putObject("properties");
        top.putObject("type").put("type", "string").putArray("enum").add("Feature");
        top.putObject("id").put("type", "string").put("description", "Public id of the incident");
        top.putObject("geometry").put("type", "object").put("nullable", true).put("description", "A GeoJSON Point (longitude, latitude); null when unplaced");
        ObjectNode properties = top.putObject("properties");
        properties.put("type", "object");
        ObjectNode props = properties.putObject("properties");
        for (Property p : itemProperties(signedIn)) {
            ObjectNode o = props.putObject(p.name());
            o.put("type", p.type().json());
            if (p.nullable()) o.put("nullable", true);
            describe(o, p, THE_INCIDENT_DATE.contains(p.name()));
        }
        return s;
    }

    /**
     * What the items can be filtered by (Part 3): the point (by bbox), the date window (by datetime) and the
     * properties that are query parameters with equality semantics.
     */
    public static ObjectNode queryables(String id) {
        ObjectNode s = root(id, "Incidents", "Filters of the items: bbox (geometry), datetime (date window) and these properties as query parameters");
        ObjectNode props = s.putObject("properties");
        geometry(props.putObject("geometry"));
        for (String name : List.of("dateFirstDay", "dateLastDay")) {
            Property p = property(name);
            describe(props.putObject(name).put("type", p.type().json()), p, true);
        }
        for (String name : QUERYABLE) {
            Property p = property(name);
            describe(props.putObject(name).put("type", p.type().json()), p, true);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private static ObjectNode root(String id, String title, String description) {
        ObjectNode s = Json.object();
        s.put("$schema", JSON_SCHEMA);
        s.put("$id", id);
        s.put("type", "object");
        s.put("title", title);
        s.put("description", description);
        return s;
    }

    private static void geometry(ObjectNode g) {
        g.put("format", "geometry-point").put("x-ogc-role", "primary-geometry")
                .put("description", "Where the incident happened (CRS84); absent for unplaced incidents");
    }

    private static void describe(ObjectNode o, Property p, boolean withFormat) {
        if (p.format() != null && withFormat) o.put("format", p.format());
        if (!p.values().isEmpty()) {
            ArrayNode e = o.putArray("enum");
            p.values().forEach(e::add);
            if (p.nullable()) e.addNull();
        }
        if (p.role() != null) o.put("x-ogc-role", p.role());
        if (p.type() == Type.ARRAY) o.putObject("items").put("type", "object");
        o.put("description", p.description());
    }
}
