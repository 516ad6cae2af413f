package org.groundtruth.warning;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a flight is and may go: a sector from its last known position at a time, and the speeds it may fly.
 *
 * @param at          when the aircraft was at the sector's origin
 * @param sector      the threatened area
 * @param speedMinKmh slowest plausible speed (latest ETA)
 * @param speedMaxKmh fastest (earliest ETA)
 * @param basis       how the estimate was made, in words ("take-off with heading", "track of 2 positions")
 */
public record FlightEstimate(Instant at, Sector sector, double speedMinKmh, double speedMaxKmh, String basis) {
    public FlightEstimate {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sector, "sector");
        if (!(speedMinKmh > 0) || !(speedMaxKmh >= speedMinKmh)) throw new IllegalArgumentException("speed band " + speedMinKmh + ".." + speedMaxKmh);
        Objects.requireNonNull(basis, "basis");
    }
}
