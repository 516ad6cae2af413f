package org.groundtruth.claim;

import java.util.Objects;

/**
 * A stored match candidate: an incident and a claim that could describe the same strike, as the last match run
 * found them (see org.groundtruth.matching and decision 0501 for the score).
 *
 * @param party         the claim's party (read with the match; ignored when writing)
 * @param score         0..1, a ranking aid, not a probability
 * @param distanceKm    great-circle distance between the incident and the claimed place
 * @param offsetSeconds gap between the time windows: positive when the claimed strike lies after the incident,
 *                      negative before, 0 when they overlap
 * @param reason        one line a reviewer can check
 */
public record ClaimMatch(long incidentId, long claimId, String party, double score, double distanceKm, long offsetSeconds,
                         String reason) {
    public ClaimMatch {
        if (incidentId <= 0 || claimId <= 0) throw new IllegalArgumentException("a match links a stored incident and a stored claim");
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score " + score + " is outside 0..1");
        if (!(distanceKm >= 0)) throw new IllegalArgumentException("distance " + distanceKm + " km is negative");
        Objects.requireNonNull(reason, "reason");
    }

    /** The offset in whole days, rounded away from zero; 0 when the windows overlap. */
    public long offsetDays() {
        long days = (Math.abs(offsetSeconds) + 86_399) / 86_400;
        return Long.signum(offsetSeconds) * days;
    }
}
