package org.groundtruth.incident;

import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is established about one strike: the part of an incident that importers derive and people edit.
 *
 * @param allegedPerpetrators as the sources named them ("Russian warplanes", "Government of Syria")
 * @param weapons             munitions and aircraft reported ("Cluster Munition", "Su-24")
 * @param kind                what kind of event it was, as its source coded it; null is {@link EventKind#UNKNOWN}
 */
public record IncidentFacts(String title, String summary, IncidentDate date, Location location, Casualties casualties,
                            Set<CivilianObject> objectsHit, List<String> allegedPerpetrators, List<String> weapons,
                            EventKind kind) {

    public IncidentFacts {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        title = title == null || title.isBlank() ? "Untitled incident" : title.strip();
        casualties = Objects.requireNonNullElse(casualties, Casualties.UNKNOWN);
        objectsHit = objectsHit == null || objectsHit.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(objectsHit));
        allegedPerpetrators = allegedPerpetrators == null ? List.of() : List.copyOf(allegedPerpetrators);
        weapons = weapons == null ? List.of() : List.copyOf(weapons);
        kind = Objects.requireNonNullElse(kind, EventKind.UNKNOWN);
    }

    /** Facts whose kind nobody coded ({@link EventKind#UNKNOWN}). */
    public IncidentFacts(String title, String summary, IncidentDate date, Location location, Casualties casualties,
                         Set<CivilianObject> objectsHit, List<String> allegedPerpetrators, List<String> weapons) {
        this(title, summary, date, location, casualties, objectsHit, allegedPerpetrators, weapons, EventKind.UNKNOWN);
    }

    public IncidentFacts withLocation(Location l) {
        return new IncidentFacts(title, summary, date, l, casualties, objectsHit, allegedPerpetrators, weapons, kind);
    }

    public IncidentFacts withKind(EventKind k) {
        return new IncidentFacts(title, summary, date, location, casualties, objectsHit, allegedPerpetrators, weapons, k);
    }
}
