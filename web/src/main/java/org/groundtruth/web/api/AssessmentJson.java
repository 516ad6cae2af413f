package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.attribution.Attribution;
import org.groundtruth.attribution.Candidate;
import org.groundtruth.grading.GradeOverride;
import org.groundtruth.grading.GradeResult;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.objective.ObjectiveAnalysis;
import org.groundtruth.objective.ObjectiveGeometry;
import org.groundtruth.objective.ObjectiveKind;
import org.groundtruth.place.Coordinates;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;

/** The wire shape of attribution, objective analysis, grades and objectives, written field by field. */
public final class AssessmentJson {
    private AssessmentJson() {
    }

    /**
     * Adds {@code attribution}, {@code objective_analysis} and {@code grade} to an incident's JSON. Reviewers' names
     * are shown to signed-in users only; the public reads "a reviewer".
     */
    public static void addTo(ObjectNode incident, Assessment a, List<GradeOverride> history, boolean showAuthors) {
        incident.set("attribution", attribution(a.attribution()));
        incident.set("warnedBy", warnedBy(a.warnedBy()));
        incident.set("objective_analysis", showAuthors ? objectiveAnalysis(a.objectives()) : publicObjectiveAnalysis(a.objectives()));
        ObjectNode g = grade(a.grade());
        ArrayNode h = g.putArray("history");
        for (GradeOverride o : history) {
            ObjectNode n = override(o);
            if (!showAuthors) {
                n.put("by", "a reviewer");
                n.remove("id"); // override numbers are one sequence over all incidents, unpublished ones included
            }
            h.add(n);
        }
        if (!showAuthors && a.grade().overridden()) g.put("by", "a reviewer");
        g.put("assessedAt", a.computedAt().toString());
        incident.set("grade", g);
    }

    /** For lists: the stored grade and attributed parties, or nulls when never assessed. */
    public static void addSummary(ObjectNode incident, GradeSummary s) {
        incident.setAll(Json.object(g -> writeSummary(g, s)));
    }

    /** The fields of {@link #addSummary}, streamed into the incident's object. */
    public static void writeSummary(com.fasterxml.jackson.core.JsonGenerator g, GradeSummary s) throws java.io.IOException {
        g.writeObjectFieldStart("grade");
        g.writeStringField("value", s == null || s.grade() == null ? null : s.grade().code());
        g.writeBooleanField("overridden", s != null && s.overridden());
        g.writeEndObject();
        Json.field(g, "attributedParties", s == null ? java.util.List.of() : s.parties());
    }

    /**
     * The alerts whose flights may have struck the incident: the alert, the place it warned and that place's ETA
     * window, how far the incident is from it, and the parties the flight points at (decision 0814). Alerts are
     * public; no spotter is named in them.
     */
    static ArrayNode warnedBy(List<org.groundtruth.warning.IncidentLink> links) {
        ArrayNode out = Json.array();
        for (var l : links) {
            ObjectNode n = out.addObject();
            n.put("alert", l.alertId());
            n.put("place", l.threat().place().name());
            n.put("earliest", l.threat().earliest().toString());
            n.put("latest", l.threat().latest().toString());
            n.put("distanceKm", Math.round(l.distanceKm() * 10) / 10.0);
            ArrayNode parties = n.putArray("parties");
            l.operators().stream().sorted().forEach(p -> parties.add(p.code()));
            n.put("explanation", l.explanation());
        }
        return out;
    }

    public static ObjectNode attribution(Attribution a) {
        ObjectNode o = Json.object();
        o.put("verdict", a.verdictLabel());
        ArrayNode codes = o.putArray("verdictParties");
        a.verdictCodes().forEach(codes::add);
        o.put("joint", a.joint());
        o.put("explanation", a.explanation());
        ArrayNode cs = o.putArray("candidates");
        for (Candidate c : a.candidates()) {
            ObjectNode n = cs.addObject();
            n.put("party", c.party().code());
            n.put("label", c.party().label());
            n.put("probability", Math.round(c.probability() * 1000) / 1000.0);
            ArrayNode pro = n.putArray("evidenceFor");
            c.evidenceFor().forEach(pro::add);
            ArrayNode con = n.putArray("evidenceAgainst");
            c.evidenceAgainst().forEach(con::add);
        }
        return o;
    }

    /** {@link #objectiveAnalysis} for the public: the nearest objective without its number (objectives are staff data). */
    public static ObjectNode publicObjectiveAnalysis(ObjectiveAnalysis a) {
        ObjectNode o = objectiveAnalysis(a);
        if (o.get("nearest") instanceof ObjectNode n) n.remove("id");
        return o;
    }

    public static ObjectNode objectiveAnalysis(ObjectiveAnalysis a) {
        ObjectNode o = Json.object();
        o.put("concern", a.concern().code());
        o.put("statement", a.statement());
        o.put("caveat", a.caveat());
        if (a.nearest() == null) {
            o.putNull("nearest");
        } else {
            ObjectNode n = o.putObject("nearest");
            MilitaryObjective m = a.nearest();
            n.put("id", m.id());
            n.put("name", m.name());
            n.put("kind", m.kind().code());
            n.put("party", m.party());
            n.put("distanceKm", Math.round(a.nearestDistanceKm() * 100) / 100.0);
            n.put("validFrom", m.validFrom() == null ? null : m.validFrom().toString());
            n.put("validTo", m.validTo() == null ? null : m.validTo().toString());
            n.put("source", m.source());
        }
        if (Double.isNaN(a.uncertaintyKm())) o.putNull("uncertaintyKm"); else o.put("uncertaintyKm", a.uncertaintyKm());
        ObjectNode armed = o.putObject("armedPresence");
        armed.put("reported", a.armedPresence().reported());
        ArrayNode mentions = armed.putArray("mentions");
        a.armedPresence().mentions().forEach(mentions::add);
        ArrayNode absences = armed.putArray("absences");
        a.armedPresence().absences().forEach(absences::add);
        ArrayNode prot = o.putArray("protectedObjectsHit");
        a.protectedHit().stream().sorted().forEach(c -> prot.add(c.code()));
        return o;
    }

    public static ObjectNode grade(GradeResult g) {
        ObjectNode o = Json.object();
        o.put("value", g.effective().code());
        o.put("computed", g.computed().code());
        o.put("overridden", g.overridden());
        o.put("definition", g.effective().definition());
        ArrayNode reasons = o.putArray("reasons");
        g.reasons().forEach(reasons::add);
        if (g.overridden()) {
            o.put("reason", g.override().reason());
            o.put("by", g.override().author());
            o.put("at", g.override().at() == null ? null : g.override().at().toString());
        } else {
            o.putNull("reason");
            o.putNull("by");
            o.putNull("at");
        }
        return o;
    }

    public static ObjectNode override(GradeOverride o) {
        ObjectNode n = Json.object();
        n.put("id", o.id());
        n.put("grade", o.grade() == null ? "computed" : o.grade().code());
        n.put("reason", o.reason());
        n.put("by", o.author());
        n.put("at", o.at() == null ? null : o.at().toString());
        return n;
    }

    /** An objective as a GeoJSON feature (the list is a FeatureCollection a map or QGIS can draw). */
    public static ObjectNode objective(MilitaryObjective m) {
        ObjectNode f = Json.object();
        f.put("type", "Feature");
        f.put("id", m.id());
        f.set("geometry", geometry(m.geometry()));
        ObjectNode p = f.putObject("properties");
        p.put("name", m.name());
        p.put("kind", m.kind().code());
        p.put("validFrom", m.validFrom() == null ? null : m.validFrom().toString());
        p.put("validTo", m.validTo() == null ? null : m.validTo().toString());
        p.put("party", m.party());
        p.put("source", m.source());
        p.put("notes", m.notes());
        p.put("wkt", m.geometry().wkt());
        p.put("updatedAt", m.updatedAt() == null ? null : m.updatedAt().toString());
        return f;
    }

    static ObjectNode geometry(ObjectiveGeometry g) {
        ObjectNode o = Json.object();
        switch (g) {
            case ObjectiveGeometry.Point p -> {
                o.put("type", "Point");
                o.set("coordinates", position(p.at()));
            }
            case ObjectiveGeometry.Line l -> {
                o.put("type", "LineString");
                ArrayNode cs = o.putArray("coordinates");
                l.vertices().forEach(c -> cs.add(position(c)));
            }
            case ObjectiveGeometry.Area a -> {
                o.put("type", "Polygon");
                ArrayNode ring = o.putArray("coordinates").addArray();
                a.ring().forEach(c -> ring.add(position(c)));
            }
        }
        return o;
    }

    private static ArrayNode position(Coordinates c) {
        return Json.array().add(c.lon()).add(c.lat());
    }

    /**
     * An objective from a request body: {@code name}, {@code kind}, {@code geometry} (GeoJSON Point, LineString or
     * Polygon) or {@code wkt}, {@code validFrom}, {@code validTo}, {@code party}, {@code source}, {@code notes}.
     * Each bad field is a 400 naming it.
     */
    public static MilitaryObjective readObjective(JsonNode body) {
        String kindText = text(body, "kind");
        ObjectiveKind kind = kindText == null ? ObjectiveKind.OTHER : ObjectiveKind.parse(kindText)
                .orElseThrow(() -> ApiException.badParameter("kind", "not one of " + ObjectiveKind.known()));
        ObjectiveGeometry geometry;
        try {
            String wkt = text(body, "wkt");
            JsonNode g = body.get("geometry");
            if (wkt != null) geometry = MilitaryObjective.geometryOf(wkt);
            else if (g != null && g.isObject()) geometry = MilitaryObjective.geometryOf(wktOf(g));
            else throw new IllegalArgumentException("give geometry (GeoJSON Point, LineString or Polygon) or wkt");
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("geometry", e.getMessage());
        }
        LocalDate from = date(body, "validFrom"), to = date(body, "validTo");
        if (from != null && to != null && to.isBefore(from)) throw ApiException.badParameter("validTo", to + " is before validFrom " + from);
        if (text(body, "name") == null) throw ApiException.badParameter("name", "is required");
        if (text(body, "source") == null) throw ApiException.badParameter("source", "is required: the publication or dataset the objective rests on");
        try {
            return new MilitaryObjective(0, text(body, "name"), kind, geometry, from, to, text(body, "party"), text(body, "source"),
                    text(body, "notes"), null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("objective", e.getMessage());
        }
    }

    private static String wktOf(JsonNode g) {
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> "POINT (" + pair(c) + ")";
            case "LineString" -> "LINESTRING (" + pairs(c) + ")";
            case "Polygon" -> {
                if (c.size() != 1) throw new IllegalArgumentException("a polygon needs exactly one ring (no holes)");
                yield "POLYGON ((" + pairs(c.get(0)) + "))";
            }
            default -> throw new IllegalArgumentException("type '" + type + "' is not Point, LineString or Polygon");
        };
    }

    private static String pairs(JsonNode c) {
        if (!c.isArray()) throw new IllegalArgumentException("coordinates are not an array of positions");
        StringBuilder b = new StringBuilder();
        for (JsonNode p : c) {
            if (!b.isEmpty()) b.append(", ");
            b.append(pair(p));
        }
        return b.toString();
    }

    private static String pair(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("position " + p + " is not [longitude, latitude]");
        }
        return p.get(0).asDouble() + " " + p.get(1).asDouble();
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badParameter(field, "must be a string");
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(JsonNode body, String field) {
        String s = text(body, field);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(field, "not an ISO date (2015-09-30)");
        }
    }
}
