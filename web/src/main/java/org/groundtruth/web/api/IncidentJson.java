package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectNode o = Json.object();
        o.put("id", incident.publicId());
        if (internal) o.put("internalId", incident.id());
        writeFacts(o, incident.facts());
        o.put("status", incident.status().name().toLowerCase());
        o.put("editedByHand", incident.editedByHand());
        o.put("reportCount", incident.reports().size());
        o.put("createdAt", incident.createdAt() == null ? null : incident.createdAt().toString());
        o.put("updatedAt", incident.updatedAt() == null ? null : incident.updatedAt().toString());
        return o;
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
        ObjectNode o = Json.object();
        writeFacts(o, f);
        return o;
    }

    private static void writeFacts(ObjectNode o, IncidentFacts f) {
        o.put("title", f.title());
        o.put("summary", f.summary());
        o.put("kind", f.kind().code());
        o.set("date", date(f.date()));
        o.set("location", location(f.location()));
        o.set("casualties", casualties(f.casualties()));
        ArrayNode objects = o.putArray("objectsHit");
        f.objectsHit().stream().sorted().map(CivilianObject::code).forEach(objects::add);
        ArrayNode perpetrators = o.putArray("perpetrators");
        f.allegedPerpetrators().forEach(perpetrators::add);
        ArrayNode weapons = o.putArray("weapons");
        f.weapons().forEach(weapons::add);
    }

    public static ObjectNode date(IncidentDate d) {
        ObjectNode o = Json.object();
        o.put("display", d.display());
        o.put("precision", d.precision().name().toLowerCase());
        o.put("firstDay", d.firstDay().toString());
        o.put("lastDay", d.lastDay().toString());
        o.put("localTime", d.localTime() == null ? null : d.localTime().toString());
        o.put("utcOffset", d.offset() == null ? null : d.offset().getId());
        o.put("instantUtc", d.instantUtc() == null ? null : d.instantUtc().toString());
        return o;
    }

    public static ObjectNode location(Location l) {
        ObjectNode o = Json.object();
        if (l.point() == null) {
            o.putNull("lat");
            o.putNull("lon");
        } else {
            o.put("lat", l.point().lat());
            o.put("lon", l.point().lon());
        }
        o.put("precision", l.precision().name().toLowerCase());
        if (l.radiusMetres() == null) o.putNull("radiusMetres"); else o.put("radiusMetres", l.radiusMetres());
        if (l.point() == null) o.putNull("uncertaintyMetres"); else o.put("uncertaintyMetres", l.effectiveRadiusMetres());
        o.put("placeName", l.placeName());
        o.put("governorate", l.governorate());
        o.put("district", l.district());
        o.put("countryCode", l.countryCode());
        o.put("placedBy", l.placedBy().name().toLowerCase());
        return o;
    }

    public static ObjectNode casualties(Casualties c) {
        ObjectNode o = Json.object();
        o.set("killed", range(c.killed()));
        o.set("injured", range(c.injured()));
        o.set("childrenKilled", range(c.childrenKilled()));
        o.set("womenKilled", range(c.womenKilled()));
        o.set("menKilled", range(c.menKilled()));
        return o;
    }

    private static ObjectNode range(CountRange r) {
        ObjectNode o = Json.object();
        if (r.min() == null) o.putNull("min"); else o.put("min", r.min());
        if (r.max() == null) o.putNull("max"); else o.put("max", r.max());
        o.put("display", r.display());
        return o;
    }
}
