package org.groundtruth.web.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.Json;

/**
 * Incidents as GeoJSON features. Properties are flat scalars (lists joined with "; ") because GIS tools such as
 * QGIS turn each property into one attribute column. Unplaced incidents keep geometry null rather than a made-up point.
 */
public final class IncidentFeatures {
    private IncidentFeatures() {
    }

    /**
     * The feature of an incident. Its {@code id} is the public id (decision 0740); the property {@code internalId}, the
     * number the CLI takes, is added only with {@code internal} (signed-in callers).
     */
    public static ObjectNode feature(Incident incident, boolean internal) {
        IncidentFacts f = incident.facts();
        ObjectNode o = Json.object();
        o.put("type", "Feature");
        o.put("id", incident.publicId());
        Location l = f.location();
        if (l.point() == null) {
            o.putNull("geometry");
        } else {
            ObjectNode g = o.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(l.point().lon()).add(l.point().lat());
        }
        ObjectNode p = o.putObject("properties");
        p.put("title", f.title());
        p.put("summary", f.summary());
        p.put("kind", f.kind().code());
        IncidentDate d = f.date();
        p.put("date", d.display());
        p.put("dateFirstDay", d.firstDay().toString());
        p.put("dateLastDay", d.lastDay().toString());
        p.put("datePrecision", d.precision().name().toLowerCase());
        p.put("localTime", d.localTime() == null ? null : d.localTime().toString());
        p.put("utcOffset", d.offset() == null ? null : d.offset().getId());
        p.put("instantUtc", d.instantUtc() == null ? null : d.instantUtc().toString());
        p.put("locationPrecision", l.precision().name().toLowerCase());
        // an unplaced incident has no point to be uncertain about: null, not a radius of 0 that reads as exact
        if (l.point() == null) p.putNull("radiusMetres"); else p.put("radiusMetres", l.effectiveRadiusMetres());
        p.put("placedBy", l.placedBy().name().toLowerCase());
        p.put("place", l.placeName());
        p.put("district", l.district());
        p.put("governorate", l.governorate());
        p.put("countryCode", l.countryCode());
        range(p, "killed", f.casualties().killed());
        range(p, "injured", f.casualties().injured());
        range(p, "childrenKilled", f.casualties().childrenKilled());
        range(p, "womenKilled", f.casualties().womenKilled());
        range(p, "menKilled", f.casualties().menKilled());
        p.put("objectsHit", f.objectsHit().stream().sorted().map(CivilianObject::code).collect(Collectors.joining("; ")));
        p.put("perpetrators", String.join("; ", f.allegedPerpetrators()));
        p.put("weapons", String.join("; ", f.weapons()));
        p.put("status", incident.status().name().toLowerCase());
        p.put("editedByHand", incident.editedByHand());
        p.put("reports", incident.reports().size());
        p.put("updatedAt", incident.updatedAt() == null ? null : incident.updatedAt().toString());
        if (internal) p.put("internalId", incident.id());
        return o;
    }

    /** Flat columns of the stored assessment: grade (effective code), gradeOverridden, attributedParties ("a; b"). */
    public static void addGrade(ObjectNode p, org.groundtruth.assessment.GradeSummary s) {
        p.put("grade", s == null || s.grade() == null ? null : s.grade().code());
        p.put("gradeOverridden", s != null && s.overridden());
        p.put("attributedParties", s == null ? null : String.join("; ", s.parties()));
    }

    /**
     * A single item's assessment computed on read: the grade's computed value, reason and author as flat columns,
     * and {@code attribution} and {@code objective_analysis} as objects, as in the JSON API.
     */
    public static void addAssessment(ObjectNode p, org.groundtruth.assessment.Assessment a, boolean internal) {
        var g = a.grade();
        p.put("grade", g.effective().code());
        p.put("gradeComputed", g.computed().code());
        p.put("gradeOverridden", g.overridden());
        p.put("gradeReason", g.overridden() ? g.override().reason() : String.join("; ", g.reasons()));
        p.put("gradeBy", g.overridden() ? g.override().author() : null);
        p.put("attributedParties", String.join("; ", a.attribution().verdictCodes()));
        p.put("attributedTo", a.attribution().verdictLabel());
        p.put("concernLevel", a.objectives().concern().code());
        p.set("attribution", org.groundtruth.web.api.AssessmentJson.attribution(a.attribution()));
        p.set("objective_analysis", internal ? org.groundtruth.web.api.AssessmentJson.objectiveAnalysis(a.objectives())
                : org.groundtruth.web.api.AssessmentJson.publicObjectiveAnalysis(a.objectives()));
    }

    private static void range(ObjectNode p, String name, CountRange r) {
        p.put(name, r.display());
        if (r.min() == null) p.putNull(name + "Min"); else p.put(name + "Min", r.min());
        if (r.max() == null) p.putNull(name + "Max"); else p.put(name + "Max", r.max());
    }
}
