package org.groundtruth.merging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidate pairs the grid cannot see (decision 0562): a record no gazetteer placed is known by the names of its
 * place and area. Records are bucketed by named place and by area; in each bucket, sorted by the start of their
 * window, an unplaced record looks only at the run of records starting within its window (as the grid does in a
 * cell), and {@link MergeFootprint#namedCandidate} decides. {@link BruteForceMerger} tests every pair with the same
 * predicate.
 */
final class NamedPairs {
    private NamedPairs() {
    }

    static void collect(List<MergeFootprint> footprints, MergeParameters p, CandidatePairs.Builder out) {
        Map<Long, List<Integer>> byPlace = new TreeMap<>(), byArea = new TreeMap<>();
        boolean anyUnplaced = false;
        for (int k = 0; k < footprints.size(); k++) {
            MergeFootprint f = footprints.get(k);
            anyUnplaced |= !f.placed();
            if (f.names().place() != 0) byPlace.computeIfAbsent(f.names().place(), x -> new ArrayList<>()).add(k);
            if (f.names().area() != 0) byArea.computeIfAbsent(f.names().area(), x -> new ArrayList<>()).add(k);
        }
        if (!anyUnplaced) return;
        // a pair may sit in both buckets (same place and area): the place bucket owns it, the area bucket takes only
        // pairs where one names no place
        for (List<Integer> bucket : byPlace.values()) scan(footprints, bucket, p, out, false);
        for (List<Integer> bucket : byArea.values()) scan(footprints, bucket, p, out, true);
    }

    private static void scan(List<MergeFootprint> fs, List<Integer> bucket, MergeParameters p, CandidatePairs.Builder out, boolean areaOnly) {
        if (bucket.size() < 2) return;
        bucket.sort(Comparator.comparingLong((Integer k) -> fs.get(k).firstSecond()).thenComparingInt(k -> k));
        for (int i = 0; i < bucket.size(); i++) {
            MergeFootprint a = fs.get(bucket.get(i));
            long until = a.lastSecond() + p.windowSeconds();
            for (int j = i + 1; j < bucket.size() && fs.get(bucket.get(j)).firstSecond() <= until; j++) {
                MergeFootprint b = fs.get(bucket.get(j));
                if (a.placed() && b.placed()) continue;
                boolean samePlace = a.names().place() != 0 && a.names().place() == b.names().place();
                if (areaOnly && samePlace) continue; // found in the place bucket
                if (MergeFootprint.namedCandidate(a, b, p.windowSeconds())) out.add(bucket.get(i), bucket.get(j), 0);
            }
        }
    }
}
