package org.groundtruth.claim;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

import java.util.Objects;
import java.util.Set;

/** What matching needs of a stored incident: where, when, what was hit (read without its reports). */
public record IncidentSpot(long id, Location location, IncidentDate date, Set<CivilianObject> objectsHit) {
    public IncidentSpot {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        objectsHit = objectsHit == null ? Set.of() : Set.copyOf(objectsHit);
    }
}
