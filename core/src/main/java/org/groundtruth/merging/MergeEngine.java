package org.groundtruth.merging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Proposes merges: the candidate pairs of a space-and-time grid (never all pairs), each scored with a confidence
 * and a reason, or the clusters they form. {@link BruteForceMerger} is the oracle it is tested equal to.
 */
public final class MergeEngine {
    private MergeEngine() {
    }

    /** Candidate pairs as positions into {@code footprints}, ordered by first then second position. */
    public static CandidatePairs pairs(List<MergeFootprint> footprints, MergeParameters p) {
        return MergeGrid.collect(footprints, p).sorted();
    }

    /** Connected components of the candidate pairs (no scoring, no ordering of pairs). */
    public static Clusters clusters(List<MergeFootprint> footprints, MergeParameters p) {
        return Clusters.of(footprints.size(), MergeGrid.collect(footprints, p));
    }

    /** Scored candidates ordered by first id, then second id. Ids must be distinct. */
    public static List<MergeCandidate> propose(List<MergeFootprint> footprints, MergeParameters p) {
        return score(footprints, pairs(footprints, p));
    }

    static List<MergeCandidate> score(List<MergeFootprint> footprints, CandidatePairs pairs) {
        requireDistinctIds(footprints);
        List<MergeCandidate> out = new ArrayList<>(pairs.size());
        int[] distinct = Crowding.distinctAtLeast(footprints, pairs);
        for (int k = 0; k < pairs.size(); k++) {
            out.add(MergeScore.candidate(footprints.get(pairs.first(k)), footprints.get(pairs.second(k)), pairs.distanceKm(k),
                    Crowding.term(distinct[pairs.first(k)], distinct[pairs.second(k)])));
        }
        out.sort(BruteForceMerger.ORDER);
        return out;
    }

    static void requireDistinctIds(List<MergeFootprint> footprints) {
        var seen = new HashSet<Long>(footprints.size() * 2);
        for (MergeFootprint f : footprints) {
            if (!seen.add(f.id())) throw new IllegalArgumentException("incident " + f.id() + " is given twice");
        }
    }
}
