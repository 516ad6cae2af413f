package org.groundtruth.web.claim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.StoredClaim;
import org.groundtruth.web.Json;
import org.groundtruth.web.api.IncidentJson;

/**
 * The JSON shape of claims, stored matches and responses, and the {@code claims} and {@code responses} fields that
 * incident JSON (the JSON API and the OGC items) gains. Field names follow the API's camelCase (decision 0507).
 */
public final class ClaimJson {
    private ClaimJson() {
    }

    /** The matched claims and the responses of each of these incidents, read in two queries. */
    public record ForIncidents(Map<Long, List<ClaimMatch>> matches, Map<Long, List<Response>> responses) {
        public static ForIncidents of(ClaimLedger ledger, Collection<Long> incidentIds) {
            if (incidentIds.isEmpty()) return new ForIncidents(Map.of(), Map.of());
            return new ForIncidents(ledger.matchesForIncidents(incidentIds), ledger.responsesFor(incidentIds));
        }

        /**
         * Adds {@code claimed}, {@code claims} and {@code responses} to an incident's JSON (or its feature properties);
         * {@code internal} as {@link #response}.
         */
        public void addTo(ObjectNode json, org.groundtruth.incident.Incident incident, boolean internal) {
            json.setAll(Json.object(g -> write(g, incident, internal)));
        }

        /** The fields of {@link #addTo}, streamed into the incident's object (or its feature properties). */
        public void write(JsonGenerator g, org.groundtruth.incident.Incident incident, boolean internal) throws IOException {
            List<ClaimMatch> m = matches.getOrDefault(incident.id(), List.of());
            g.writeBooleanField("claimed", !m.isEmpty());
            g.writeArrayFieldStart("claims");
            for (ClaimMatch c : m) g.writeTree(matchForIncident(c)); // few incidents have any: trees, for one shape
            g.writeEndArray();
            g.writeArrayFieldStart("responses");
            for (Response r : responses.getOrDefault(incident.id(), List.of())) g.writeTree(response(r, incident.publicId(), internal));
            g.writeEndArray();
        }
    }

    /** A matched claim as an incident shows it. */
    public static ObjectNode matchForIncident(ClaimMatch m) {
        ObjectNode o = match(m);
        o.put("claimId", m.claimId());
        o.put("party", m.party());
        o.put("href", "/api/claims/" + m.claimId());
        return o;
    }

    /** A matched incident as a claim shows it. */
    public static ObjectNode matchForClaim(ClaimMatch m) {
        ObjectNode o = match(m);
        o.put("incidentId", m.incidentId());
        o.put("href", "/api/incidents/" + m.incidentId());
        return o;
    }

    private static ObjectNode match(ClaimMatch m) {
        ObjectNode o = Json.object();
        o.put("score", m.score());
        o.put("distanceKm", m.distanceKm());
        o.put("offsetSeconds", m.offsetSeconds());
        o.put("offsetDays", m.offsetDays());
        o.put("offset", offsetText(m.offsetSeconds()));
        o.put("reason", m.reason());
        return o;
    }

    /** "same window", "claimed 1 day after", "claimed 3.0 h before". */
    static String offsetText(long seconds) {
        if (seconds == 0) return "overlapping dates";
        String side = seconds > 0 ? "after" : "before";
        long abs = Math.abs(seconds);
        if (abs < 86_400) return String.format(java.util.Locale.ROOT, "claimed %.1f h %s", abs / 3600.0, side);
        long days = (abs + 86_399) / 86_400;
        return "claimed " + days + (days == 1 ? " day " : " days ") + side;
    }

    public static ObjectNode claim(StoredClaim s) {
        Claim c = s.claim();
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("originKey", s.originKey());
        o.put("dataset", s.dataset());
        o.put("party", c.party());
        o.put("statedAt", c.statedAt().toString());
        o.set("strikeDate", IncidentJson.date(c.strikeDate()));
        ObjectNode place = o.putObject("place");
        ArrayNode names = place.putArray("localityNames");
        c.place().localityNames().forEach(names::add);
        place.put("placed", c.isPlaced());
        if (c.isPlaced()) {
            place.put("lat", c.place().point().lat());
            place.put("lon", c.place().point().lon());
            place.put("errorRadiusKm", c.place().errorRadiusKm());
            place.put("radiusBasis", c.place().radiusBasis().name().toLowerCase());
        } else {
            place.putNull("lat");
            place.putNull("lon");
            place.putNull("errorRadiusKm");
            place.putNull("radiusBasis");
        }
        place.put("precision", c.place().precision().name().toLowerCase());
        place.put("placedBy", c.place().placedBy().name().toLowerCase());
        o.put("claimedTarget", c.claimedTarget());
        if (c.sorties() == null) o.putNull("sorties"); else o.put("sorties", c.sorties());
        ObjectNode source = o.putObject("source");
        source.put("url", c.source().url());
        source.put("text", c.source().text());
        source.put("language", c.source().language());
        o.put("recordedAt", c.recordedAt().toString());
        o.put("updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
        o.put("revisions", s.revisions());
        return o;
    }

    /**
     * A response to the incident whose public id is {@code incidentPublicId}. Response numbers are one sequence over
     * all incidents, unpublished ones included, so only {@code internal} answers (signed-in callers) carry them.
     */
    public static ObjectNode response(Response r, String incidentPublicId, boolean internal) {
        ObjectNode o = Json.object();
        if (internal) o.put("id", r.id());
        o.put("incidentId", incidentPublicId);
        o.put("party", r.party());
        o.put("kind", kindCode(r.kind()));
        o.put("kindLabel", r.kind().label());
        o.put("date", r.date().toString());
        o.put("text", r.text());
        ObjectNode source = o.putObject("source");
        source.put("url", r.source().url());
        source.put("text", r.source().text());
        source.put("language", r.source().language());
        o.put("recordedAt", r.recordedAt().toString());
        return o;
    }

    static String kindCode(org.groundtruth.claim.ResponseKind k) {
        return switch (k) {
            case DENIAL -> "denial";
            case ADMISSION -> "admission";
            case CALLED_FAKE -> "fake";
            case INVESTIGATION_OPENED -> "investigation";
            case OTHER -> "other";
        };
    }
}
