package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.place.Coordinates;
import org.groundtruth.warning.AdminArea;
import org.groundtruth.warning.Alert;
import org.groundtruth.warning.Language;
import org.groundtruth.warning.Threat;
import org.groundtruth.web.Json;

/**
 * An alert as every channel publishes it (SSE, MQTT, webhooks, the API): built from the {@link Alert} only, which
 * carries no spotter's name, post or exact position. The area is a GeoJSON polygon ([lon, lat] pairs).
 */
public final class AlertJson {
    private AlertJson() {
    }

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

    /**
     * The alert as each area's MQTT state lists it, by "admin1/admin2": the alert's fields without its outline, with the
     * places of that area only. Built once per change (shallow copies), however many areas it touches.
     */
    public static java.util.Map<String, ObjectNode> byArea(ObjectNode full) {
        java.util.Map<String, com.fasterxml.jackson.databind.node.ArrayNode> places = new java.util.LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode p : full.path("threats")) {
            places.computeIfAbsent(areaKey(p.path("admin1").asText(null), p.path("admin2").asText(null)), k -> Json.array()).add(p);
        }
        java.util.Map<String, ObjectNode> out = new java.util.LinkedHashMap<>();
        for (var e : places.entrySet()) {
            ObjectNode o = Json.object();
            o.setAll(full);
            o.remove("area");
            o.remove("adminAreas");
            o.set("threats", e.getValue());
            out.put(e.getKey(), o);
        }
        return out;
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
