package org.groundtruth.matching;

import java.util.ArrayList;
import java.util.List;

/** The oracle: compares every incident with every claim. Quadratic; for tests and small data only. */
public final class BruteForceMatcher implements Matcher {
    private final MatchParameters parameters;

    public BruteForceMatcher(MatchParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public List<MatchCandidate> match(List<IncidentFootprint> incidents, List<ClaimFootprint> claims) {
        var out = new ArrayList<MatchCandidate>();
        for (IncidentFootprint i : incidents) {
            for (ClaimFootprint c : claims) {
                if (!Pairing.withinWindow(i.firstSecond(), i.lastSecond(), c.firstSecond(), c.lastSecond(), parameters.windowSeconds(),
                        parameters.lagSeconds())) {
                    continue;
                }
                double d = GreatCircle.distanceKm(i.lat(), i.lon(), c.lat(), c.lon());
                if (d <= parameters.maxDistanceKm()) out.add(Pairing.candidate(i, c, d));
            }
        }
        return Pairing.sorted(out);
    }
}
