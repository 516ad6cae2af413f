package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.groundtruth.place.Location;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.util.Set;

/**
 * An incident as the matcher sees it: where and when (with uncertainty), what was hit, and its event kind (a strike
 * coded as such is a likelier subject of a claim than an event of unknown kind).
 */
public record IncidentFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                                DatePrecision datePrecision, Set<CivilianObject> objectsHit, EventKind kind) implements Footprint {

    public IncidentFootprint {
        Footprint.validate("incident", id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision);
        objectsHit = objectsHit == null ? Set.of() : objectsHit;
        kind = kind == null ? EventKind.UNKNOWN : kind;
    }

    /** Of a kind nobody coded. */
    public IncidentFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                             DatePrecision datePrecision, Set<CivilianObject> objectsHit) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, objectsHit, EventKind.UNKNOWN);
    }

    /** From a placed incident; the radius is the stated one, else the typical one for its precision level. */
    public static IncidentFootprint of(long id, Location location, IncidentDate date, Set<CivilianObject> objectsHit) {
        return of(id, location, date, objectsHit, EventKind.UNKNOWN);
    }

    public static IncidentFootprint of(long id, Location location, IncidentDate date, Set<CivilianObject> objectsHit, EventKind kind) {
        if (!location.isPlaced()) throw new IllegalArgumentException("incident " + id + " is not placed and cannot be matched");
        return new IncidentFootprint(id, location.point().lat(), location.point().lon(), location.effectiveRadiusMetres() / 1000.0,
                TimeSpans.firstSecond(date), TimeSpans.lastSecond(date), date.precision(), objectsHit, kind);
    }
}
