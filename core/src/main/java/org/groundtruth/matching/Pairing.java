package org.groundtruth.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The candidate test shared by the index and the oracle, so that both decide edges the same way. */
final class Pairing {
    static final Comparator<MatchCandidate> ORDER =
            Comparator.comparingLong(MatchCandidate::incidentId).thenComparingLong(MatchCandidate::claimId);

    private Pairing() {
    }

    /** Signed gap between the windows in seconds: positive when the claim window lies after the incident's, 0 on overlap. */
    static long offsetSeconds(long incidentFirst, long incidentLast, long claimFirst, long claimLast) {
        if (claimFirst > incidentLast) return claimFirst - incidentLast;
        if (incidentFirst > claimLast) return -(incidentFirst - claimLast);
        return 0;
    }

    /** The claim may lie up to {@code window + lag} after the incident (posting lag) and up to {@code window} before it. */
    static boolean withinWindow(long incidentFirst, long incidentLast, long claimFirst, long claimLast, long windowSeconds, long lagSeconds) {
        return claimFirst - incidentLast <= windowSeconds + lagSeconds && incidentFirst - claimLast <= windowSeconds;
    }

    static MatchCandidate candidate(IncidentFootprint incident, ClaimFootprint claim, double distanceKm) {
        return candidate(incident, claim, distanceKm, MatchScore.score(incident, claim, distanceKm));
    }

    static MatchCandidate candidate(IncidentFootprint incident, ClaimFootprint claim, double distanceKm, double score) {
        long offset = offsetSeconds(incident.firstSecond(), incident.lastSecond(), claim.firstSecond(), claim.lastSecond());
        return new MatchCandidate(incident, claim, score, distanceKm, offset);
    }

    static MatchCandidate candidate(IncidentFootprint incident, ClaimFootprint claim, double distanceKm, double score, long offset) {
        return new MatchCandidate(incident, claim, score, distanceKm, offset);
    }

    static List<MatchCandidate> sorted(List<MatchCandidate> pairs) {
        var out = new ArrayList<>(pairs);
        out.sort(ORDER);
        return out;
    }
}
