package org.groundtruth.web.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
        return Json.object(g -> writeFeature(g, incident, internal, p -> { }));
    }

    /**
     * The fields of {@link #feature}, streamed into an object the caller opened; {@code moreProperties} writes the
     * caller's own properties after the incident's, before the properties object closes.
     */
    public static void writeFeature(JsonGenerator g, Incident incident, boolean internal, Json.Writer moreProperties) throws IOException {
        IncidentFacts f = incident.facts();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", incident.publicId());
        Location l = f.location();
        if (l.point() == null) {
            g.writeNullField("geometry");
        } else {
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(l.point().lon());
            g.writeNumber(l.point().lat());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("title", f.title());
        g.writeStringField("summary", f.summary());
        g.writeStringField("kind", f.kind().code());
        IncidentDate d = f.date();
        g.writeStringField("date", d.display());
        g.writeStringField("dateFirstDay", d.firstDay().toString());
        g.writeStringField("dateLastDay", d.lastDay().toString());
        g.writeStringField("datePrecision", d.precision().name().toLowerCase());
        g.writeStringField("localTime", d.localTime() == null ? null : d.localTime().toString());
        g.writeStringField("utcOffset", d.offset() == null ? null : d.offset().getId());
        g.writeStringField("instantUtc", org.groundtruth.web.InstantText.of(d.instantUtc()));
        g.writeStringField("locationPrecision", l.precision().name().toLowerCase());
        // an unplaced incident has no point to be uncertain about: null, not a radius of 0 that reads as exact
        Json.field(g, "radiusMetres", l.point() == null ? null : l.effectiveRadiusMetres());
        g.writeStringField("placedBy", l.placedBy().name().toLowerCase());
        g.writeStringField("place", l.placeName());
        g.writeStringField("district", l.district());
        g.writeStringField("governorate", l.governorate());
        g.writeStringField("countryCode", l.countryCode());
        range(g, "killed", f.casualties().killed());
        range(g, "injured", f.casualties().injured());
        range(g, "childrenKilled", f.casualties().childrenKilled());
        range(g, "womenKilled", f.casualties().womenKilled());
        range(g, "menKilled", f.casualties().menKilled());
        g.writeStringField("objectsHit", f.objectsHit().stream().sorted().map(CivilianObject::code).collect(Collectors.joining("; ")));
        g.writeStringField("perpetrators", String.join("; ", f.allegedPerpetrators()));
        g.writeStringField("weapons", String.join("; ", f.weapons()));
        g.writeStringField("status", incident.status().name().toLowerCase());
        g.writeBooleanField("editedByHand", incident.editedByHand());
        g.writeNumberField("reports", incident.reports().size());
        g.writeStringField("updatedAt", org.groundtruth.web.InstantText.of(incident.updatedAt()));
        if (internal) g.writeNumberField("internalId", incident.id());
        moreProperties.write(g);
        g.writeEndObject();
    }

    /** Flat columns of the stored assessment: grade (effective code), gradeOverridden, attributedParties ("a; b"). */
    public static void addGrade(ObjectNode p, org.groundtruth.assessment.GradeSummary s) {
        p.setAll(Json.object(g -> writeGrade(g, s)));
    }

    /** The fields of {@link #addGrade}, streamed into the feature's properties. */
    public static void writeGrade(JsonGenerator g, org.groundtruth.assessment.GradeSummary s) throws IOException {
        g.writeStringField("grade", s == null || s.grade() == null ? null : s.grade().code());
        g.writeBooleanField("gradeOverridden", s != null && s.overridden());
        g.writeStringField("attributedParties", s == null ? null : String.join("; ", s.parties()));
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

    private static void range(JsonGenerator g, String name, CountRange r) throws IOException {
        g.writeStringField(name, r.display());
        Json.field(g, name + "Min", r.min());
        Json.field(g, name + "Max", r.max());
    }
}
