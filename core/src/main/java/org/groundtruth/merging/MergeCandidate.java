package org.groundtruth.merging;

import java.util.Objects;

/**
 * Two incidents that may describe the same strike.
 *
 * @param firstId    the smaller incident id (the one that survives a merge unless a reviewer says otherwise)
 * @param secondId   the larger incident id
 * @param confidence 0..1 that both describe one strike
 * @param distanceKm great-circle distance between the two points
 * @param gapSeconds gap between the two time windows, 0 when they overlap
 * @param reason     one line a reviewer can check ("0.05 km apart (both exact ±0.1 km); 10 min apart; ...")
 */
public record MergeCandidate(long firstId, long secondId, double confidence, double distanceKm, long gapSeconds, String reason) {
    public MergeCandidate {
        if (firstId >= secondId) throw new IllegalArgumentException("first id " + firstId + " must be below second id " + secondId);
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        if (!(distanceKm >= 0)) throw new IllegalArgumentException("distance " + distanceKm + " km is negative");
        if (gapSeconds < 0) throw new IllegalArgumentException("gap " + gapSeconds + " s is negative");
        Objects.requireNonNull(reason, "reason");
    }
}
