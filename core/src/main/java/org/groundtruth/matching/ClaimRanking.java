package org.groundtruth.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The incidents a claim could explain, best first, and the ties among them: several incidents filed at one gazetteer
 * point on one day are equally likely by place and time, so what else is known (the target named, the kind coded)
 * orders them, and the reason says so; where nothing does, it says that too (decision 0546).
 */
public final class ClaimRanking {
    private static final double SAME = 1e-9;

    private ClaimRanking() {
    }

    /** The candidates of one claim, best first (ties by incident id). */
    public static List<MatchCandidate> ranked(List<MatchCandidate> ofOneClaim) {
        var out = new ArrayList<>(ofOneClaim);
        out.sort(Comparator.comparingDouble((MatchCandidate c) -> -c.score()).thenComparingLong(MatchCandidate::incidentId));
        return out;
    }

    /**
     * For every candidate that shares its place and time likelihood with another candidate of the same claim, a note to
     * add to its reason; keyed by position in {@code candidates} (any order, any claims).
     */
    public static Map<Integer, String> tieNotes(List<MatchCandidate> candidates) {
        Map<Long, List<Integer>> byClaim = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) byClaim.computeIfAbsent(candidates.get(k).claimId(), x -> new ArrayList<>()).add(k);
        Map<Integer, String> notes = new HashMap<>();
        for (List<Integer> group : byClaim.values()) {
            if (group.size() < 2) continue;
            double[] placeTime = new double[group.size()], ratio = new double[group.size()];
            for (int a = 0; a < group.size(); a++) {
                MatchCandidate c = candidates.get(group.get(a));
                MatchScore.Likelihood l = MatchScore.likelihood(c.incident(), c.claim(), c.distanceKm());
                placeTime[a] = l.placeAndTime();
                ratio[a] = l.ratio();
            }
            for (int a = 0; a < group.size(); a++) {
                List<Integer> tied = new ArrayList<>();
                boolean above = false, below = false;
                for (int b = 0; b < group.size(); b++) {
                    if (a == b || Math.abs(placeTime[a] - placeTime[b]) > SAME * Math.max(placeTime[a], placeTime[b])) continue;
                    tied.add(b);
                    if (ratio[a] > ratio[b] * (1 + SAME)) above = true;
                    else if (ratio[b] > ratio[a] * (1 + SAME)) below = true;
                }
                if (tied.isEmpty()) continue;
                String others = tied.stream().map(b -> String.valueOf(candidates.get(group.get(b)).incidentId())).limit(5)
                        .collect(Collectors.joining(", ")) + (tied.size() > 5 ? " and " + (tied.size() - 5) + " more" : "");
                String verdict = above && !below ? "the target and kind rank this one above"
                        : below && !above ? "the target and kind rank this one below"
                        : above ? "the target and kind rank this one among them"
                        : "nothing else tells them apart";
                notes.put(group.get(a), "tied on place and time with incident" + (tied.size() == 1 ? " " : "s ") + others + ": " + verdict);
            }
        }
        return notes;
    }
}
