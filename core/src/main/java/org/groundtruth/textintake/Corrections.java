package org.groundtruth.textintake;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person changed in a candidate before accepting it as a new incident. Every field is null where they kept what
 * was extracted; a value given replaces the extracted one (and the value loses its span: it is the person's, not the
 * text's).
 *
 * @param summary what the incident's summary should say (by default, the part of the text describing the strike)
 * @param counts casualty ranges by figure; a figure absent from the map is kept as extracted
 */
public record Corrections(String title, String summary, IncidentDate date, Location location, Map<CandidateValues.Figure, CountRange> counts,
                          Set<CivilianObject> objects, List<String> perpetrators, List<String> weapons, EventKind kind) {
    public static final Corrections NONE = new Corrections(null, null, null, null, Map.of(), null, null, null, null);

    public Corrections {
        title = title == null || title.isBlank() ? null : title.strip();
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        counts = counts == null || counts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(counts)); // in the figures' order, not Map.copyOf's random one
        objects = objects == null ? null : objects.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(objects));
        perpetrators = perpetrators == null ? null : List.copyOf(perpetrators);
        weapons = weapons == null ? null : List.copyOf(weapons);
    }

    /** Every field as the person left it: what a review form sends (its unchanged fields are not counted as corrected). */
    public static Corrections of(org.groundtruth.incident.IncidentFacts f) {
        org.groundtruth.incident.Casualties k = f.casualties();
        Map<CandidateValues.Figure, CountRange> counts = new EnumMap<>(CandidateValues.Figure.class);
        counts.put(CandidateValues.Figure.KILLED, k.killed());
        counts.put(CandidateValues.Figure.INJURED, k.injured());
        counts.put(CandidateValues.Figure.CHILDREN, k.childrenKilled());
        counts.put(CandidateValues.Figure.WOMEN, k.womenKilled());
        counts.put(CandidateValues.Figure.MEN, k.menKilled());
        return new Corrections(f.title(), f.summary(), f.date(), f.location(), counts, f.objectsHit(), f.allegedPerpetrators(), f.weapons(), f.kind());
    }

    public boolean none() {
        return title == null && summary == null && date == null && location == null && counts.isEmpty() && objects == null && perpetrators == null
                && weapons == null && kind == null;
    }
}
