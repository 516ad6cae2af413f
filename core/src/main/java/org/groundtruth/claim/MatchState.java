package org.groundtruth.claim;

import java.time.Instant;

/**
 * What the stored matches reflect: the parameters of the last full run (incremental runs reuse them) and how far
 * the incidents and claims have been matched: every record changed at or before these marks has its candidates
 * stored; records changed after them are matched by the next incremental run.
 *
 * @param radiusKm           largest distance between a claim and an incident
 * @param windowSeconds      largest gap between their time windows
 * @param incidentsMatchedTo latest incident change taken into account, null when there were no incidents
 * @param claimsMatchedTo    latest claim change taken into account, null when there were no claims
 * @param fullRunAt          when the last full run was stored
 */
public record MatchState(double radiusKm, long windowSeconds, Instant incidentsMatchedTo, Instant claimsMatchedTo,
                         Instant fullRunAt) {
    public static final double DEFAULT_RADIUS_KM = 25;
    public static final long DEFAULT_WINDOW_SECONDS = 86_400;

    public MatchState {
        if (!(radiusKm > 0)) throw new IllegalArgumentException("radius " + radiusKm + " km must be positive");
        if (windowSeconds < 0) throw new IllegalArgumentException("window " + windowSeconds + " s is negative");
    }
}
