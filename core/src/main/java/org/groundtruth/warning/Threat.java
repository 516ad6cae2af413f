package org.groundtruth.warning;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place a flight may strike, and when it could arrive: no sooner than {@code earliest} (flying straight at the
 * fastest speed), no later than {@code latest} (the slowest speed on a path {@link ProjectionModel#detourFactor}
 * longer), both to the whole minute, widened outward.
 */
public record Threat(PopulatedPlace place, double distanceKm, Instant earliest, Instant latest) {
    /** In order of arrival: earliest first, then latest, then nearer, then by id so that the order is total. */
    public static final Comparator<Threat> BY_ARRIVAL = Comparator.comparing(Threat::earliest).thenComparing(Threat::latest)
            .thenComparingDouble(Threat::distanceKm).thenComparing(t -> t.place().id());

    public Threat {
        Objects.requireNonNull(place, "place");
        if (latest.isBefore(earliest)) throw new IllegalArgumentException("latest ETA before earliest for " + place.id());
    }

    /** The ETA window of a place at this distance from an estimate's origin. */
    public static Threat of(PopulatedPlace place, double distanceKm, FlightEstimate e, double detourFactor) {
        long earliestMinutes = (long) Math.floor(distanceKm / e.speedMaxKmh() * 60.0);
        long latestMinutes = (long) Math.ceil(distanceKm * detourFactor / e.speedMinKmh() * 60.0);
        return new Threat(place, distanceKm, e.at().plusSeconds(earliestMinutes * 60), e.at().plusSeconds(latestMinutes * 60));
    }
}
