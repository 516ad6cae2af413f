package org.groundtruth.matching;

import java.time.Duration;

/**
 * How far apart an incident and a claim may be and still be candidates.
 *
 * @param maxDistanceKm great-circle distance between the two points, inclusive (0.1..5000 km)
 * @param windowSeconds largest gap between the two time windows, inclusive; 0 means the windows must overlap
 */
public record MatchParameters(double maxDistanceKm, long windowSeconds) {
    public MatchParameters {
        if (!Double.isFinite(maxDistanceKm) || maxDistanceKm < 0.1 || maxDistanceKm > 5000) {
            throw new IllegalArgumentException("max distance " + maxDistanceKm + " km must lie between 0.1 and 5000 km");
        }
        if (windowSeconds < 0 || windowSeconds > 366 * TimeSpans.DAY_SECONDS) {
            throw new IllegalArgumentException("time window " + windowSeconds + " s must lie between 0 and 366 days");
        }
    }

    public static MatchParameters of(double maxDistanceKm, Duration window) {
        return new MatchParameters(maxDistanceKm, window.getSeconds());
    }

    public static MatchParameters withinKmAndDays(double maxDistanceKm, int days) {
        return new MatchParameters(maxDistanceKm, days * TimeSpans.DAY_SECONDS);
    }
}
