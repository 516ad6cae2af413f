package org.groundtruth.matching;

/**
 * An incident and a claim that could describe the same strike.
 *
 * @param score         0..1, see {@link MatchScore} (decision 0501)
 * @param distanceKm    great-circle distance between the two points
 * @param offsetSeconds gap between the time windows: positive when the claimed strike lies after the incident,
 *                      negative before, 0 when the windows overlap
 */
public record MatchCandidate(IncidentFootprint incident, ClaimFootprint claim, double score, double distanceKm,
                             long offsetSeconds) {

    public long incidentId() {
        return incident.id();
    }

    public long claimId() {
        return claim.id();
    }

    /** The offset in whole days, rounded away from zero ("1 day" for the neighbouring day); 0 on overlap. */
    public long offsetDays() {
        long days = (Math.abs(offsetSeconds) + TimeSpans.DAY_SECONDS - 1) / TimeSpans.DAY_SECONDS;
        return Long.signum(offsetSeconds) * days;
    }

    public double offsetHours() {
        return offsetSeconds / 3600.0;
    }

    /** One line a reviewer can check, e.g. "3.2 km apart (claim error 10 km, incident town-level 5 km), same day; ...". */
    public String reason() {
        return MatchScore.reason(this);
    }
}
