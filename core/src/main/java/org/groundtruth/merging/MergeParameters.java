package org.groundtruth.merging;

import java.time.Duration;

/**
 * How close two incidents must be to be proposed as one strike.
 *
 * @param maxDistanceKm great-circle distance between the two points, inclusive (0.01..100 km)
 * @param windowSeconds largest gap between the two time windows, inclusive; 0 means the windows must overlap
 *                      (0..31 days)
 */
public record MergeParameters(double maxDistanceKm, long windowSeconds) {
    public static final MergeParameters DEFAULT = new MergeParameters(1, 3600);

    public MergeParameters {
        if (!Double.isFinite(maxDistanceKm) || maxDistanceKm < 0.01 || maxDistanceKm > 100) {
            throw new IllegalArgumentException("merge distance " + maxDistanceKm + " km must lie between 0.01 and 100 km");
        }
        if (windowSeconds < 0 || windowSeconds > 31 * 86_400L) {
            throw new IllegalArgumentException("merge time window " + windowSeconds + " s must lie between 0 and 31 days");
        }
    }

    public static MergeParameters of(double maxDistanceKm, Duration window) {
        return new MergeParameters(maxDistanceKm, window.getSeconds());
    }
}
