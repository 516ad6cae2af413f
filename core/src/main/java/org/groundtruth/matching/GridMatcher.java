package org.groundtruth.matching;

import java.util.List;

/** Matches through a {@link MatchIndex}: a space-and-time grid, no scan of all pairs. */
public final class GridMatcher implements Matcher {
    private final MatchParameters parameters;

    public GridMatcher(MatchParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public List<MatchCandidate> match(List<IncidentFootprint> incidents, List<ClaimFootprint> claims) {
        return MatchIndex.build(parameters, incidents, claims).matchAll();
    }
}
