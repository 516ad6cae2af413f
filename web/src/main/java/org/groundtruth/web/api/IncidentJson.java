package org.groundtruth.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.ReportRevision;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.Json;

/**
 * The JSON API's shape of incidents, written field by field so that the wire format is a decision and not an
 * accident of record names. {@link IncidentFactsReader} reads the same shape back (read-only fields aside).
 */
public final class IncidentJson {
    private IncidentJson() {
    }

    /**
     * An incident without its reports, for lists. {@code id} is the public id (decision 0740); {@code internalId},
     * the number the CLI takes, only with {@code internal} (signed-in callers: {@code Access.internalIds}).
     */
    public static ObjectNode summary(Incident incident, boolean internal) {
        return Json.object(g -> writeSummary(g, incident, internal));
    }

    /** The fields of {@link #summary}, streamed into an object the caller opened (and may add to). */
    public static void writeSummary(JsonGenerator g, Incident incident, boolean internal) throws IOException {
        g.writeStringField("id", incident.publicId());
        if (internal) g.writeNumberField("internalId", incident.id());
        writeFacts(g, incident.facts());
        g.writeStringField("status", incident.status().name().toLowerCase());
        g.writeBooleanField("editedByHand", incident.editedByHand());
        g.writeNumberField("reportCount", incident.reports().size());
        g.writeStringField("createdAt", org.groundtruth.web.InstantText.of(incident.createdAt()));
        g.writeStringField("updatedAt", org.groundtruth.web.InstantText.of(incident.updatedAt()));
    }

    /** An incident with every report, its source and the revisions of each report. */
    public static ObjectNode detail(Incident incident, LongFunction<List<ReportRevision>> revisionsOfReport, boolean internal) {
        ObjectNode o = summary(incident, internal);
        ArrayNode reports = o.putArray("reports");
        for (Report r : incident.reports()) reports.add(report(r, incident.publicId(), revisionsOfReport.apply(r.id()), internal));
        return o;
    }

    /**
     * A report of the incident whose public id is {@code incidentPublicId}. Report numbers and import ids are one
     * sequence each over all incidents, unpublished ones included, so only {@code internal} answers carry them.
     */
    public static ObjectNode report(Report r, String incidentPublicId, List<ReportRevision> revisions, boolean internal) {
        ObjectNode o = Json.object();
        if (internal) o.put("id", r.id());
        o.put("incidentId", incidentPublicId);
        o.put("originKey", r.originKey());
        ObjectNode source = o.putObject("source");
        source.put("name", r.source().name());
        source.put("dataset", r.source().dataset());
        source.put("url", r.source().url());
        o.put("text", r.text());
        o.put("language", r.language());
        o.put("firstSeen", r.firstSeen() == null ? null : r.firstSeen().toString());
        o.put("lastChanged", r.lastChanged() == null ? null : r.lastChanged().toString());
        o.put("revisionCount", r.revisionCount());
        if (revisions != null) {
            ArrayNode revs = o.putArray("revisions");
            revisions.stream().sorted(Comparator.comparingInt(ReportRevision::revision)).forEach(rev -> {
                ObjectNode v = revs.addObject();
                v.put("revision", rev.revision());
                if (internal) {
                    if (rev.importId() == null) v.putNull("importId"); else v.put("importId", rev.importId());
                }
                v.put("recordedAt", rev.recordedAt() == null ? null : rev.recordedAt().toString());
                v.put("contentHash", rev.contentHash());
                ObjectNode fields = v.putObject("fields");
                rev.fields().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> fields.put(e.getKey(), e.getValue()));
            });
        }
        return o;
    }

    /** The editable facts as the JSON API writes and reads them. */
    public static ObjectNode facts(IncidentFacts f) {
        return Json.object(g -> writeFacts(g, f));
    }

    private static void writeFacts(JsonGenerator g, IncidentFacts f) throws IOException {
        g.writeStringField("title", f.title());
        g.writeStringField("summary", f.summary());
        g.writeStringField("kind", f.kind().code());
        g.writeObjectFieldStart("date");
        writeDate(g, f.date());
        g.writeEndObject();
        g.writeObjectFieldStart("location");
        writeLocation(g, f.location());
        g.writeEndObject();
        g.writeObjectFieldStart("casualties");
        writeCasualties(g, f.casualties());
        g.writeEndObject();
        g.writeArrayFieldStart("objectsHit");
        for (CivilianObject c : f.objectsHit().stream().sorted().toList()) g.writeString(c.code());
        g.writeEndArray();
        Json.field(g, "perpetrators", f.allegedPerpetrators());
        Json.field(g, "weapons", f.weapons());
    }

    public static ObjectNode date(IncidentDate d) {
        return Json.object(g -> writeDate(g, d));
    }

    private static void writeDate(JsonGenerator g, IncidentDate d) throws IOException {
        g.writeStringField("display", d.display());
        g.writeStringField("precision", d.precision().name().toLowerCase());
        g.writeStringField("firstDay", d.firstDay().toString());
        g.writeStringField("lastDay", d.lastDay().toString());
        g.writeStringField("localTime", d.localTime() == null ? null : d.localTime().toString());
        g.writeStringField("utcOffset", d.offset() == null ? null : d.offset().getId());
        g.writeStringField("instantUtc", org.groundtruth.web.InstantText.of(d.instantUtc()));
    }

    public static ObjectNode location(Location l) {
        return Json.object(g -> writeLocation(g, l));
    }

    private static void writeLocation(JsonGenerator g, Location l) throws IOException {
        if (l.point() == null) {
            g.writeNullField("lat");
            g.writeNullField("lon");
        } else {
            g.writeNumberField("lat", l.point().lat());
            g.writeNumberField("lon", l.point().lon());
        }
        g.writeStringField("precision", l.precision().name().toLowerCase());
        Json.field(g, "radiusMetres", l.radiusMetres());
        Json.field(g, "uncertaintyMetres", l.point() == null ? null : l.effectiveRadiusMetres());
        g.writeStringField("placeName", l.placeName());
        g.writeStringField("governorate", l.governorate());
        g.writeStringField("district", l.district());
        g.writeStringField("countryCode", l.countryCode());
        g.writeStringField("placedBy", l.placedBy().name().toLowerCase());
    }

    public static ObjectNode casualties(Casualties c) {
        return Json.object(g -> writeCasualties(g, c));
    }

    private static void writeCasualties(JsonGenerator g, Casualties c) throws IOException {
        range(g, "killed", c.killed());
        range(g, "injured", c.injured());
        range(g, "childrenKilled", c.childrenKilled());
        range(g, "womenKilled", c.womenKilled());
        range(g, "menKilled", c.menKilled());
    }

    private static void range(JsonGenerator g, String name, CountRange r) throws IOException {
        g.writeObjectFieldStart(name);
        Json.field(g, "min", r.min());
        Json.field(g, "max", r.max());
        g.writeStringField("display", r.display());
        g.writeEndObject();
    }
}
