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
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("state", a.state().code());
        o.put("level", a.level().code());
        o.put("theatre", a.theatre());
        ObjectNode aircraft = o.putObject("aircraft");
        aircraft.put("type", a.aircraft().type());
        aircraft.put("category", a.aircraft().category().code());
        for (Language l : Language.values()) aircraft.with("names").put(l.code(), a.aircraft().nameIn(l));
        o.put("count", a.count());
        o.put("event", a.lastEvent().code());
        if (a.base() != null) {
            ObjectNode b = o.putObject("base");
            b.put("code", a.base().code());
            for (Language l : Language.values()) b.with("names").put(l.code(), a.base().nameIn(l));
            b.put("lat", a.base().point().lat());
            b.put("lon", a.base().point().lon());
        } else {
            o.putNull("base");
        }
        if (a.headingDeg() == null) o.putNull("headingDeg");
        else o.put("headingDeg", Math.round(a.headingDeg() * 10) / 10.0);
        o.put("basis", a.basis());
        ArrayNode threats = o.putArray("threats");
        for (Threat t : a.threats()) {
            ObjectNode p = threats.addObject();
            p.put("place", t.place().id());
            for (Language l : Language.values()) p.with("names").put(l.code(), t.place().nameIn(l));
            p.put("country", t.place().country());
            if (t.place().admin1() != null) p.put("admin1", t.place().admin1());
            if (t.place().admin2() != null) p.put("admin2", t.place().admin2());
            p.put("lat", t.place().point().lat());
            p.put("lon", t.place().point().lon());
            p.put("distanceKm", Math.round(t.distanceKm() * 10) / 10.0);
            p.put("earliest", t.earliest().toString());
            p.put("latest", t.latest().toString());
        }
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
