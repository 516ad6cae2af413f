package org.groundtruth.web.warning;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.place.Coordinates;
import org.groundtruth.warning.AdminArea;
import org.groundtruth.warning.Alert;
import org.groundtruth.warning.Language;
import java.util.List;
import org.groundtruth.warning.PopulatedPlace;
import org.groundtruth.warning.Threat;
import org.groundtruth.web.Json;

/**
 * An alert as every channel publishes it (SSE, MQTT, webhooks, the API): built from the {@link Alert} only, which
 * carries no spotter's name, post or exact position. The area is a GeoJSON polygon ([lon, lat] pairs). Three forms
 * (decision 0822): the whole ({@link #text}: what is stored and served at /api/alerts/{id}), the pushed change
 * ({@link #message}: SSE and webhooks) and each district's part ({@link #districtParts}: MQTT), all written straight from
 * the alert with a streaming generator; {@link #of} builds the whole as a tree, the reference the text is checked against.
 */
public final class AlertJson {
    private AlertJson() {
    }

    /** The whole as a tree: what {@link #text} writes, byte for byte (the channels no longer build it; tests compare them). */
    public static ObjectNode of(Alert a) {
        return of(a, Integer.MAX_VALUE);
    }

    /**
     * The alert with only its first {@code maxThreats} places (in order of arrival), {@code threatCount} still saying how
     * many there are: what {@link #pushed(ObjectNode)} cuts from the whole, built without building the whole (decision
     * 0819), so that a change can be pushed before its full JSON (hundreds of places in three languages) is written.
     */
    public static ObjectNode of(Alert a, int maxThreats) {
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("state", a.state().code());
        o.put("level", a.level().code());
        o.put("theatre", a.theatre());
        o.put("exercise", a.exercise()); // a drill's or the demo's (decision 0810): never a real alert
        ObjectNode aircraft = o.putObject("aircraft");
        aircraft.put("type", a.aircraft().type());
        aircraft.put("category", a.aircraft().category().code());
        ObjectNode aircraftNames = aircraft.putObject("names");
        for (Language l : Language.values()) aircraftNames.put(l.code(), a.aircraft().nameIn(l));
        o.put("count", a.count());
        o.put("event", a.lastEvent().code());
        if (a.base() != null) {
            ObjectNode b = o.putObject("base");
            b.put("code", a.base().code());
            ObjectNode baseNames = b.putObject("names");
            for (Language l : Language.values()) baseNames.put(l.code(), a.base().nameIn(l));
            b.put("lat", a.base().point().lat());
            b.put("lon", a.base().point().lon());
        } else {
            o.putNull("base");
        }
        if (a.headingDeg() == null) o.putNull("headingDeg");
        else o.put("headingDeg", Math.round(a.headingDeg() * 10) / 10.0);
        o.put("basis", a.basis());
        ArrayNode threats = o.putArray("threats");
        java.util.Map<java.time.Instant, String> times = new java.util.HashMap<>(); // ETAs are whole minutes, shared by many places
        int listed = 0;
        for (Threat t : a.threats()) {
            if (listed++ >= maxThreats) break;
            ObjectNode p = threats.addObject();
            p.put("place", t.place().id());
            ObjectNode names = p.putObject("names"); // not with("names"): Jackson reads that as a JSON Pointer, per call
            for (Language l : Language.values()) names.put(l.code(), t.place().nameIn(l));
            p.put("country", t.place().country());
            if (t.place().admin1() != null) p.put("admin1", t.place().admin1());
            if (t.place().admin2() != null) p.put("admin2", t.place().admin2());
            p.put("lat", t.place().point().lat());
            p.put("lon", t.place().point().lon());
            p.put("distanceKm", Math.round(t.distanceKm() * 10) / 10.0);
            p.put("earliest", times.computeIfAbsent(t.earliest(), java.time.Instant::toString));
            p.put("latest", times.computeIfAbsent(t.latest(), java.time.Instant::toString));
        }
        o.put("threatCount", a.threats().size());
        o.put("placesTag", placesTag(a));
        a.earliestEta().ifPresentOrElse(t -> o.put("earliestEta", t.toString()), () -> o.putNull("earliestEta"));
        o.set("area", polygon(a));
        ArrayNode areas = o.putArray("adminAreas");
        for (AdminArea ar : a.adminAreas()) {
            ObjectNode n = areas.addObject().put("country", ar.country());
            n.put("admin1", ar.admin1());
            n.put("admin2", ar.admin2());
        }
        o.put("issuedAt", a.issuedAt().toString());
        o.put("updatedAt", a.updatedAt().toString());
        o.put("expiresAt", a.expiresAt().toString());
        o.put("spotterCount", a.spotterCount());
        o.put("sightingCount", a.sightingCount());
        ObjectNode texts = o.putObject("texts");
        for (Language l : Language.values()) texts.put(l.code(), a.text(l));
        return o;
    }

    /** Fragments of JSON written once and reused: a place's fixed part, and each alert's list of places while it stays the same. */
    private static final int CACHED_PLACES = 200_000, CACHED_ALERTS = 500;
    private static final java.util.concurrent.ConcurrentHashMap<PopulatedPlace, String> PLACE_PARTS = new java.util.concurrent.ConcurrentHashMap<>();
    private record Written(List<Threat> threats, String json) {
    }
    private static final java.util.concurrent.ConcurrentHashMap<String, Written> THREATS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The whole alert as {@link #of(Alert)} publishes it, as text, written with a streaming generator straight from the
     * alert (decision 0822): no tree. Each place's fixed part (id, names, admin areas, coordinates) is written once per
     * server run and copied; the list of places is kept per alert and written again only when the places or their ETAs
     * changed (a corroboration that does not move the projection re-writes only the alert's own fields).
     */
    public static String text(Alert a) {
        // the alert's own fields before and after its places, each written by a generator; then one concatenation, so the
        // places (most of the text) are copied once
        String head = written(g -> head(g, a, true));
        String tail = written(g -> {
            g.writeNumberField("threatCount", a.threats().size());
            g.writeStringField("placesTag", placesTag(a));
            writeEarliest(g, a);
            g.writeFieldName("area");
            writePolygon(g, a);
            g.writeArrayFieldStart("adminAreas");
            for (AdminArea ar : a.adminAreas()) {
                g.writeStartObject();
                g.writeStringField("country", ar.country());
                g.writeStringField("admin1", ar.admin1());
                g.writeStringField("admin2", ar.admin2());
                g.writeEndObject();
            }
            g.writeEndArray();
            times(g, a);
            texts(g, a);
        });
        String threats = threatsText(a);
        if (a.state() != org.groundtruth.warning.AlertState.ACTIVE) THREATS.remove(a.id());
        return head.substring(0, head.length() - 1) + ",\"threats\":" + threats + "," + tail.substring(1);
    }

    /** One JSON object of the fields written, as text. */
    private static String written(Json.Writer fields) {
        try {
            java.io.StringWriter out = new java.io.StringWriter(1024);
            try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
                g.writeStartObject();
                fields.write(g);
                g.writeEndObject();
            }
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** id, state, level, theatre, exercise, aircraft, count, event, base, headingDeg, basis: with names and the base's point when {@code whole}. */
    private static void head(JsonGenerator g, Alert a, boolean whole) throws java.io.IOException {
        g.writeStringField("id", a.id());
        g.writeStringField("state", a.state().code());
        g.writeStringField("level", a.level().code());
        g.writeStringField("theatre", a.theatre());
        g.writeBooleanField("exercise", a.exercise());
        g.writeObjectFieldStart("aircraft");
        g.writeStringField("type", a.aircraft().type());
        g.writeStringField("category", a.aircraft().category().code());
        if (whole) {
            g.writeObjectFieldStart("names");
            for (Language l : Language.values()) g.writeStringField(l.code(), a.aircraft().nameIn(l));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeNumberField("count", a.count());
        g.writeStringField("event", a.lastEvent().code());
        if (a.base() == null) g.writeNullField("base");
        else if (!whole) g.writeStringField("base", a.base().code());
        else {
            g.writeObjectFieldStart("base");
            g.writeStringField("code", a.base().code());
            g.writeObjectFieldStart("names");
            for (Language l : Language.values()) g.writeStringField(l.code(), a.base().nameIn(l));
            g.writeEndObject();
            g.writeNumberField("lat", a.base().point().lat());
            g.writeNumberField("lon", a.base().point().lon());
            g.writeEndObject();
        }
        if (a.headingDeg() == null) g.writeNullField("headingDeg");
        else g.writeNumberField("headingDeg", Math.round(a.headingDeg() * 10) / 10.0);
        if (whole) g.writeStringField("basis", a.basis());
    }

    private static void writeEarliest(JsonGenerator g, Alert a) throws java.io.IOException {
        var e = a.earliestEta();
        if (e.isPresent()) g.writeStringField("earliestEta", e.get().toString());
        else g.writeNullField("earliestEta");
    }

    private static void times(JsonGenerator g, Alert a) throws java.io.IOException {
        g.writeStringField("issuedAt", a.issuedAt().toString());
        g.writeStringField("updatedAt", a.updatedAt().toString());
        g.writeStringField("expiresAt", a.expiresAt().toString());
        g.writeNumberField("spotterCount", a.spotterCount());
        g.writeNumberField("sightingCount", a.sightingCount());
    }

    private static void texts(JsonGenerator g, Alert a) throws java.io.IOException {
        g.writeObjectFieldStart("texts");
        for (Language l : Language.values()) g.writeStringField(l.code(), a.text(l));
        g.writeEndObject();
    }

    private static void writePolygon(JsonGenerator g, Alert a) throws java.io.IOException {
        if (a.area().size() < 4) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", "Polygon");
        g.writeArrayFieldStart("coordinates");
        g.writeStartArray();
        for (Coordinates c : a.area()) {
            g.writeStartArray();
            g.writeNumber(round(c.lon()));
            g.writeNumber(round(c.lat()));
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The alert's places as a JSON array, every one: kept per alert, written again only when they changed. */
    static String threatsText(Alert a) {
        Written w = THREATS.get(a.id());
        if (w != null && w.threats().equals(a.threats())) return w.json();
        StringBuilder b = new StringBuilder(2 + a.threats().size() * 320).append('[');
        java.util.Map<java.time.Instant, String> times = new java.util.HashMap<>(); // ETAs are whole minutes, shared by many places
        boolean first = true;
        for (Threat t : a.threats()) {
            if (!first) b.append(',');
            first = false;
            b.append(placePart(t.place())).append(",\"distanceKm\":").append(Math.round(t.distanceKm() * 10) / 10.0)
                    .append(",\"earliest\":\"").append(times.computeIfAbsent(t.earliest(), java.time.Instant::toString))
                    .append("\",\"latest\":\"").append(times.computeIfAbsent(t.latest(), java.time.Instant::toString)).append("\"}");
        }
        String json = b.append(']').toString();
        if (THREATS.size() >= CACHED_ALERTS) THREATS.clear(); // alerts of a run that ended without cancelling them
        THREATS.put(a.id(), new Written(a.threats(), json));
        return json;
    }

    /** A place's fixed fields as written in an alert's list, without the closing brace: {"place", "names", "country", "admin1", "admin2", "lat", "lon". */
    static String placePart(PopulatedPlace place) {
        String s = PLACE_PARTS.get(place);
        if (s != null) return s;
        ObjectNode p = Json.object();
        p.put("place", place.id());
        ObjectNode names = p.putObject("names");
        for (Language l : Language.values()) names.put(l.code(), place.nameIn(l));
        p.put("country", place.country());
        if (place.admin1() != null) p.put("admin1", place.admin1());
        if (place.admin2() != null) p.put("admin2", place.admin2());
        p.put("lat", place.point().lat());
        p.put("lon", place.point().lon());
        String t = p.toString();
        s = t.substring(0, t.length() - 1);
        if (PLACE_PARTS.size() >= CACHED_PLACES) PLACE_PARTS.clear();
        PLACE_PARTS.put(place, s);
        return s;
    }

    /**
     * A short tag of the alert's places, their ETA windows and its outline: equal tags, same places (decision 0822). A
     * pushed change carries it, so that a reader who holds the alert's places knows whether they still hold.
     */
    public static String placesTag(Alert a) {
        long h = 0xcbf29ce484222325L;
        for (Threat t : a.threats()) {
            h = mix(h, t.place().id().hashCode());
            h = mix(h, t.earliest().getEpochSecond());
            h = mix(h, t.latest().getEpochSecond());
            h = mix(h, Math.round(t.distanceKm() * 10));
        }
        for (Coordinates c : a.area()) {
            h = mix(h, Math.round(c.lat() * 1e5));
            h = mix(h, Math.round(c.lon() * 1e5));
        }
        return Long.toHexString(h);
    }

    private static long mix(long h, long v) {
        h ^= v;
        h *= 0x100000001b3L;
        return h ^ (h >>> 29);
    }

    /** The version of the pushed messages (SSE events, webhook bodies, MQTT district states), decision 0822. */
    public static final int MESSAGE_VERSION = 2;

    /**
     * A change as pushed to SSE subscribers and webhooks (decision 0822, version 2): what the change is, the alert's own
     * fields (level, counts, times, texts), how many places and the earliest ETA, the ETA windows of its first
     * {@value #PUSHED_THREATS} places by id, and the tag of its places; names, coordinates, the outline and every place
     * are at {@code href}, read when the tag differs from the one the reader holds.
     */
    public static String message(long sequence, String change, Alert a) {
        return written(g -> {
            g.writeNumberField("sequence", sequence);
            g.writeNumberField("version", MESSAGE_VERSION);
            g.writeStringField("change", change);
            g.writeObjectFieldStart("alert");
            head(g, a, false);
            g.writeNumberField("threatCount", a.threats().size());
            writeEarliest(g, a);
            g.writeStringField("placesTag", placesTag(a));
            g.writeArrayFieldStart("etas");
            int listed = 0;
            for (Threat t : a.threats()) {
                if (listed++ >= PUSHED_THREATS) break;
                g.writeStartObject();
                g.writeStringField("place", t.place().id());
                g.writeStringField("earliest", t.earliest().toString());
                g.writeStringField("latest", t.latest().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            times(g, a);
            texts(g, a);
            g.writeEndObject();
            g.writeStringField("href", "/api/alerts/" + a.id());
        });
    }

    /**
     * An alert's parts for the MQTT district states (decision 0822, version 2): for each district it threatens, the
     * alert's own fields (as {@link #message} has them, without texts) with the earliest ETA there and only that
     * district's places, each {"place", "earliest", "latest", "distanceKm"}; names and coordinates are at /api/alerts/{id}.
     * The common head is written once per change.
     */
    public static java.util.Map<AdminArea, String> districtParts(Alert a) {
        java.util.Map<AdminArea, String> places = districtPlaces(a);
        String whole = written(g -> {
            head(g, a, false);
            times(g, a);
            g.writeNumberField("threatCount", a.threats().size());
            g.writeStringField("placesTag", placesTag(a));
        });
        String head = whole.substring(0, whole.length() - 1);
        java.util.Map<AdminArea, String> out = new java.util.LinkedHashMap<>();
        for (var e : places.entrySet()) out.put(e.getKey(), head + e.getValue());
        return out;
    }

    /** Forgets what was kept of an alert that ended (its places, its districts' parts). */
    static void forget(String alertId) {
        THREATS.remove(alertId);
        DISTRICTS.remove(alertId);
    }

    private record Districts(List<Threat> threats, java.util.Map<AdminArea, String> places) {
    }
    private static final java.util.concurrent.ConcurrentHashMap<String, Districts> DISTRICTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * For each district, the end of the alert's part there: {@code ,"earliestEta": ..., "places": [...]}}; kept per
     * alert and written again only when its places or their ETAs changed, as {@link #threatsText} is.
     */
    private static java.util.Map<AdminArea, String> districtPlaces(Alert a) {
        Districts kept = DISTRICTS.get(a.id());
        if (kept != null && kept.threats().equals(a.threats())) return kept.places();
        java.util.Map<AdminArea, StringBuilder> places = new java.util.LinkedHashMap<>();
        java.util.Map<AdminArea, java.time.Instant> earliest = new java.util.HashMap<>();
        java.util.Map<java.time.Instant, String> times = new java.util.HashMap<>();
        com.fasterxml.jackson.core.io.JsonStringEncoder enc = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();
        for (Threat t : a.threats()) {
            AdminArea ar = AdminArea.of(t.place());
            StringBuilder b = places.get(ar);
            if (b == null) places.put(ar, b = new StringBuilder(256).append('['));
            else b.append(',');
            earliest.merge(ar, t.earliest(), (x, y) -> x.isBefore(y) ? x : y);
            b.append("{\"place\":\"");
            enc.quoteAsString(t.place().id(), b);
            b.append("\",\"earliest\":\"").append(times.computeIfAbsent(t.earliest(), java.time.Instant::toString))
                    .append("\",\"latest\":\"").append(times.computeIfAbsent(t.latest(), java.time.Instant::toString))
                    .append("\",\"distanceKm\":").append(Math.round(t.distanceKm() * 10) / 10.0).append('}');
        }
        java.util.Map<AdminArea, String> out = new java.util.LinkedHashMap<>();
        for (var e : places.entrySet()) {
            out.put(e.getKey(), ",\"earliestEta\":\"" + times.get(earliest.get(e.getKey())) + "\",\"places\":" + e.getValue().append(']') + '}');
        }
        if (DISTRICTS.size() >= CACHED_ALERTS) DISTRICTS.clear();
        DISTRICTS.put(a.id(), new Districts(a.threats(), out));
        return out;
    }

    /** Places a pushed message lists: the first to be reached; the rest are at /api/alerts/{id}. */
    public static final int PUSHED_THREATS = 25;

    /**
     * The alert as pushed to every subscriber (SSE, webhooks): the same fields, but only the first
     * {@value #PUSHED_THREATS} places in order of arrival (a jet's sector can hold hundreds of towns; pushing them all
     * to every subscriber on every change would cost more than it tells). {@code threatCount} says how many there are.
     */
    public static ObjectNode pushed(ObjectNode full) {
        return pushed(full, PUSHED_THREATS);
    }

    static ObjectNode pushed(ObjectNode full, int places) {
        if (full.path("threats").size() <= places) return full;
        ObjectNode o = Json.object();
        o.setAll(full); // shallow: the fields are shared, only the list of places is new
        com.fasterxml.jackson.databind.node.ArrayNode t = Json.array();
        for (int i = 0; i < places; i++) t.add(full.path("threats").get(i));
        o.set("threats", t);
        return o;
    }

    public static String areaKey(String admin1, String admin2) {
        return admin1 + "/" + admin2;
    }

    /** The area as a GeoJSON Polygon; null when the alert has no area (a cancelled or expired one). */
    static ObjectNode polygon(Alert a) {
        if (a.area().size() < 4) return null;
        ObjectNode g = Json.object().put("type", "Polygon");
        ArrayNode ring = g.putArray("coordinates").addArray();
        for (Coordinates c : a.area()) ring.addArray().add(round(c.lon())).add(round(c.lat()));
        return g;
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
