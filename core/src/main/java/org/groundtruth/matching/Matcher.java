package org.groundtruth.matching;

import java.util.List;

/**
 * Finds, for incidents and claims, the pairs that could describe the same strike.
 *
 * <p>A pair is a candidate when the points lie at most {@link MatchParameters#maxDistanceKm()} apart and the time
 * windows at most {@link MatchParameters#windowSeconds()} apart (both inclusive). Output is ordered by incident
 * id, then claim id.
 */
public interface Matcher {
    List<MatchCandidate> match(List<IncidentFootprint> incidents, List<ClaimFootprint> claims);
}
