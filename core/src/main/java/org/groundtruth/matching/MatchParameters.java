package org.groundtruth.matching;

import java.time.Duration;

/**
 * How far apart an incident and a claim may be and still be candidates.
 *
 * @param maxDistanceKm great-circle distance between the two points, inclusive (0.1..5000 km)
 * @param windowSeconds largest gap between the two time windows, inclusive, either way; 0 means the windows must overlap
 * @param lagSeconds    how much further the strike may lie before the claim's window: a party posts after it strikes,
 *                      and a claim dated by its posting day describes a strike up to a few days earlier (decision 0546);
 *                      0 keeps the search symmetric
 */
public record MatchParameters(double maxDistanceKm, long windowSeconds, long lagSeconds) {
    /** Two days: 98% of UCDP GED Syria's day-dated events were reported within two days (decision 0546). */
    public static final long DEFAULT_LAG_SECONDS = 2 * TimeSpans.DAY_SECONDS;

    public MatchParameters {
        if (!Double.isFinite(maxDistanceKm) || maxDistanceKm < 0.1 || maxDistanceKm > 5000) {
            throw new IllegalArgumentException("max distance " + maxDistanceKm + " km must lie between 0.1 and 5000 km");
        }
        if (windowSeconds < 0 || windowSeconds > 366 * TimeSpans.DAY_SECONDS) {
            throw new IllegalArgumentException("time window " + windowSeconds + " s must lie between 0 and 366 days");
        }
        if (lagSeconds < 0 || lagSeconds > 31 * TimeSpans.DAY_SECONDS) {
            throw new IllegalArgumentException("posting lag " + lagSeconds + " s must lie between 0 and 31 days");
        }
    }

    /** A symmetric search: no extra reach for the posting lag. */
    public MatchParameters(double maxDistanceKm, long windowSeconds) {
        this(maxDistanceKm, windowSeconds, 0);
    }

    public MatchParameters withLagSeconds(long lag) {
        return new MatchParameters(maxDistanceKm, windowSeconds, lag);
    }

    /** How far after an incident's window a claim's window may start. */
    public long reachAfterSeconds() {
        return windowSeconds + lagSeconds;
    }

    public static MatchParameters of(double maxDistanceKm, Duration window) {
        return new MatchParameters(maxDistanceKm, window.getSeconds());
    }

    public static MatchParameters withinKmAndDays(double maxDistanceKm, int days) {
        return new MatchParameters(maxDistanceKm, days * TimeSpans.DAY_SECONDS);
    }
}
