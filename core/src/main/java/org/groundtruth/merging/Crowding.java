package org.groundtruth.merging;

import java.util.Arrays;
import java.util.List;

/**
 * How many distinct strikes the place and day of each record are known to hold (decision 0564): the most records among
 * it and its candidate partners that cite one source. A source (a daily roundup, a monitor's log) that reports several
 * strikes around one place on one day is filed under each of them, so records citing it are that many distinct events;
 * any other two records there are then less likely one strike than the same two records in a place and day where
 * every source reports one strike. This is the base rate of a place and day, read from the records themselves: it
 * moves with how crowded a war is, which a calibration fitted on other years cannot know.
 */
final class Crowding {
    /** Beyond this many distinct strikes the term stops growing (few places and days hold more, and they say no more). */
    static final int CAP = 4;
    /**
     * A source cited by more records than this in one run is a publisher's or a dataset's address, not one document
     * (a roundup lists tens of strikes at most: the largest in the labelled set is cited by 62 events), and says nothing
     * of how many strikes one place and day held.
     */
    static final int DOCUMENT_AT_MOST = 100;

    private Crowding() {
    }

    /** Per footprint position: the most records among it and its candidate partners that cite one source (at least 1). */
    static int[] distinctAtLeast(List<MergeFootprint> footprints, CandidatePairs pairs) {
        int n = footprints.size();
        int[] degree = new int[n];
        for (int k = 0; k < pairs.size(); k++) {
            degree[pairs.first(k)]++;
            degree[pairs.second(k)]++;
        }
        int[] start = new int[n + 1];
        for (int k = 0; k < n; k++) start[k + 1] = start[k] + degree[k];
        int[] next = Arrays.copyOf(start, n), partner = new int[start[n]];
        for (int k = 0; k < pairs.size(); k++) {
            partner[next[pairs.first(k)]++] = pairs.second(k);
            partner[next[pairs.second(k)]++] = pairs.first(k);
        }
        java.util.Map<Long, Integer> cited = new java.util.HashMap<>();
        for (MergeFootprint f : footprints) for (long key : f.sources()) cited.merge(key, 1, Integer::sum);
        int[] out = new int[n];
        long[] keys = new long[16];
        for (int x = 0; x < n; x++) {
            int size = 0;
            for (int j = start[x] - 1; j < start[x + 1]; j++) {
                long[] s = footprints.get(j < start[x] ? x : partner[j]).sources();
                if (size + s.length > keys.length) keys = Arrays.copyOf(keys, Math.max(keys.length * 2, size + s.length));
                for (long key : s) if (cited.get(key) <= DOCUMENT_AT_MOST) keys[size++] = key;
            }
            Arrays.sort(keys, 0, size);
            int best = 1;
            for (int i = 0, run = 0; i < size; i++) {
                run = i > 0 && keys[i] == keys[i - 1] ? run + 1 : 1;
                best = Math.max(best, run);
            }
            out[x] = best;
        }
        return out;
    }

    /** The term of two records known alone: 1 when they cite a source in common (it reports two strikes), else 0. */
    static int ofPair(MergeFootprint a, MergeFootprint b) {
        return a.sharesSourceWith(b) ? 1 : 0;
    }

    /** The term of a pair: distinct strikes known around either member beyond one, capped (0 to CAP − 1). */
    static int term(int distinctA, int distinctB) {
        return Math.min(CAP, Math.max(Math.max(distinctA, distinctB), 1)) - 1;
    }
}
