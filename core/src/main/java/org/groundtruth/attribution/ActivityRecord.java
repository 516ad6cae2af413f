package org.groundtruth.attribution;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One attributed incident as the activity index learns from it: where, which day (the middle of its date window),
 * and the parties its sources named.
 */
public record ActivityRecord(long incidentId, double lat, double lon, LocalDate day, Set<Party> parties) {
    public ActivityRecord {
        Objects.requireNonNull(day, "day");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("activity record " + incidentId + " at " + lat + "," + lon + " is off the globe");
        }
        if (parties == null || parties.isEmpty()) throw new IllegalArgumentException("activity record " + incidentId + " names no party");
        parties = java.util.Collections.unmodifiableSet(EnumSet.copyOf(parties));
    }
}
