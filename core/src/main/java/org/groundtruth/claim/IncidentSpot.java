package org.groundtruth.claim;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

import java.util.Objects;
import java.util.Set;

/**
 * What matching needs of a stored incident: where, when, what was hit, and what kind of event it was (claims say
 * what a party struck, so only incidents that may be strikes are matched); read without its reports.
 */
public record IncidentSpot(long id, Location location, IncidentDate date, Set<CivilianObject> objectsHit,
                           org.groundtruth.incident.EventKind kind) {
    public IncidentSpot {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        objectsHit = objectsHit == null ? Set.of() : Set.copyOf(objectsHit);
        kind = Objects.requireNonNullElse(kind, org.groundtruth.incident.EventKind.UNKNOWN);
    }

    /** A spot whose kind nobody coded. */
    public IncidentSpot(long id, Location location, IncidentDate date, Set<CivilianObject> objectsHit) {
        this(id, location, date, objectsHit, org.groundtruth.incident.EventKind.UNKNOWN);
    }
}
