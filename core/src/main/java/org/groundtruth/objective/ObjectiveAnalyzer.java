package org.groundtruth.objective;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.place.Coordinates;
import org.groundtruth.time.DatePrecision;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For one incident: the nearest objective active at the time and its distance, armed presence in the report texts,
 * protected objects hit, and a concern level with its statement. Checks every objective of the layer (layers hold
 * hundreds to a few thousand entries; decision 0543).
 */
public final class ObjectiveAnalyzer {
    /** "Near": within this distance of the incident, plus the incident's own location uncertainty. */
    public static final double NEAR_KM = 1.0;
    static final String CAVEAT = "This informs analysts; it is not a legal finding. A known objective nearby does not make an "
            + "attack lawful, and the absence of a known one does not make it unlawful: the layer holds only what has been documented.";

    public ObjectiveAnalysis analyse(IncidentFacts facts, List<String> reportLabels, List<String> reportTexts,
                                     List<MilitaryObjective> layer) {
        ArmedPresenceScan.Findings armed = ArmedPresenceScan.scan(reportLabels, reportTexts);
        Set<CivilianObject> protectedHit = EnumSet.noneOf(CivilianObject.class);
        for (CivilianObject o : facts.objectsHit()) if (o.specificallyProtected()) protectedHit.add(o);
        String what = struck(facts);
        Coordinates at = facts.location().point();
        if (at == null) {
            return new ObjectiveAnalysis(null, Double.NaN, Double.NaN, armed, protectedHit, ConcernLevel.UNDETERMINED,
                    "The incident is not placed, so no distance to military objectives can be given" + armedSentence(armed) + ".",
                    CAVEAT);
        }
        double uncertaintyKm = facts.location().effectiveRadiusMetres() / 1000.0;
        MilitaryObjective nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (MilitaryObjective o : layer) {
            if (!o.activeDuring(facts.date().firstDay(), facts.date().lastDay())) continue;
            double d = o.geometry().distanceKm(at);
            if (d < best || (d == best && nearest != null && o.id() < nearest.id())) {
                best = d;
                nearest = o;
            }
        }
        double reach = NEAR_KM + uncertaintyKm;
        String nearestText = nearest == null ? "no military objective active at the time is in the layer"
                : String.format(Locale.ROOT, "nearest known objective active at the time: %s (%s%s), %.1f km away",
                nearest.name(), nearest.kind().label(), nearest.party() == null ? "" : ", " + nearest.party(), best);
        ConcernLevel level;
        String statement;
        if (nearest != null && best <= NEAR_KM) {
            level = ConcernLevel.LOWER;
            statement = String.format(Locale.ROOT, "A military objective is known %.1f km from %s: %s (%s, valid %s, source: %s)",
                    best, what, nearest.name(), nearest.kind().label(), nearest.validity(), nearest.source())
                    + armedSentence(armed) + ".";
        } else if (nearest != null && best <= reach) {
            level = ConcernLevel.UNDETERMINED;
            statement = String.format(Locale.ROOT, "The place is known only to within %.1f km, and %s; the objective can be "
                    + "neither ruled in nor out", uncertaintyKm, nearestText) + armedSentence(armed) + ".";
        } else if (armed.reported()) {
            level = ConcernLevel.LOWER;
            statement = "No military objective known within " + km(NEAR_KM) + " of " + what + ", but sources report an armed presence ("
                    + armed.mentions().size() + " mention(s)); " + nearestText + ".";
        } else if (uncertaintyKm > NEAR_KM * 5) {
            level = ConcernLevel.UNDETERMINED;
            statement = String.format(Locale.ROOT, "The place is known only to within %.0f km, too coarsely to judge what was "
                    + "near it; %s", uncertaintyKm, nearestText) + armedSentence(armed) + ".";
        } else {
            boolean harm = !facts.objectsHit().isEmpty() || (facts.casualties().killed().max() != null && facts.casualties().killed().max() > 0)
                    || (facts.casualties().injured().max() != null && facts.casualties().injured().max() > 0);
            level = !protectedHit.isEmpty() ? ConcernLevel.HIGH : harm ? ConcernLevel.ELEVATED : ConcernLevel.UNDETERMINED;
            statement = "No military objective known within " + km(NEAR_KM) + " of " + what
                    + (uncertaintyKm > NEAR_KM ? String.format(Locale.ROOT, " (placed to within %.0f km, and none lies within that either)", uncertaintyKm) : "")
                    + "; " + nearestText
                    + "; no source reports an armed presence"
                    + (armed.absences().isEmpty() ? "" : ", and " + armed.absences().size() + " passage(s) say there was none") + ".";
        }
        return new ObjectiveAnalysis(nearest, nearest == null ? Double.NaN : best, uncertaintyKm, armed, protectedHit, level,
                statement, CAVEAT);
    }

    private static String armedSentence(ArmedPresenceScan.Findings armed) {
        if (armed.reported()) return "; sources report an armed presence (" + armed.mentions().size() + " mention(s))";
        if (!armed.absences().isEmpty()) return "; " + armed.absences().size() + " passage(s) say there was no armed presence";
        return "; no source reports an armed presence";
    }

    private static String km(double v) {
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + " km";
    }

    /** "a market and a mosque struck at midday (12:30)", "a place struck on 2015-11-29". */
    static String struck(IncidentFacts f) {
        List<String> objects = new ArrayList<>();
        f.objectsHit().stream().sorted((a, b) -> Boolean.compare(b.specificallyProtected(), a.specificallyProtected()))
                .forEach(o -> objects.add(article(o)));
        String what = objects.isEmpty() ? "the place" : objects.size() == 1 ? objects.getFirst()
                : String.join(", ", objects.subList(0, objects.size() - 1)) + " and " + objects.getLast();
        if (f.date().precision() == DatePrecision.EXACT_TIME) {
            int h = f.date().localTime().getHour();
            String part = h >= 11 && h < 14 ? "at midday" : h >= 6 && h < 11 ? "in the morning" : h >= 14 && h < 18
                    ? "in the afternoon" : h >= 18 && h < 21 ? "in the evening" : "at night";
            return what + " struck " + part + " (" + f.date().localTime() + " local time)";
        }
        return what + " struck on " + f.date().display();
    }

    private static String article(CivilianObject o) {
        return switch (o) {
            case MARKET -> "a market";
            case PLACE_OF_WORSHIP -> "a place of worship";
            case MEDICAL -> "a medical facility";
            case SCHOOL -> "a school";
            case CIVIL_DEFENCE -> "a civil defence centre";
            case WATER_AND_POWER -> "water or power infrastructure";
            case DISPLACEMENT_CAMP -> "a camp for displaced people";
            case RESIDENTIAL -> "homes";
            case OTHER -> "a civilian object";
        };
    }

    static String joined(Set<CivilianObject> objects) {
        return objects.stream().map(CivilianObject::label).collect(Collectors.joining(", "));
    }
}
