package org.groundtruth.merging;

import java.util.Comparator;
import java.util.List;

/** The oracle: compares every pair, with the same distance function, time test and kind test as the grid, and the same test by names for unplaced records. */
public final class BruteForceMerger {
    static final Comparator<MergeCandidate> ORDER =
            Comparator.comparingLong(MergeCandidate::firstId).thenComparingLong(MergeCandidate::secondId);

    private BruteForceMerger() {
    }

    public static CandidatePairs pairs(List<MergeFootprint> footprints, MergeParameters p) {
        int n = footprints.size();
        double[] latRad = new double[n], lonRad = new double[n], cosLat = new double[n];
        for (int k = 0; k < n; k++) {
            latRad[k] = Math.toRadians(footprints.get(k).lat());
            lonRad[k] = Math.toRadians(footprints.get(k).lon());
            cosLat[k] = Math.cos(latRad[k]);
        }
        CandidatePairs.Builder out = new CandidatePairs.Builder();
        for (int a = 0; a < n; a++) {
            MergeFootprint fa = footprints.get(a);
            for (int b = a + 1; b < n; b++) {
                MergeFootprint fb = footprints.get(b);
                if (!fa.placed() || !fb.placed()) {
                    if (MergeFootprint.namedCandidate(fa, fb, p.windowSeconds())) out.add(a, b, 0);
                    continue;
                }
                if (MergeFootprint.candidateGapSeconds(fa.firstSecond(), fa.lastSecond(), fb.firstSecond(), fb.lastSecond()) > p.windowSeconds()) {
                    continue;
                }
                if (!MergeFootprint.kindsMayMerge(fa.kind(), fb.kind())) continue;
                double d = Haversine.km(latRad[a], lonRad[a], cosLat[a], latRad[b], lonRad[b], cosLat[b]);
                if (d <= p.maxDistanceKm()) out.add(a, b, d);
            }
        }
        return out.sorted();
    }

    public static Clusters clusters(List<MergeFootprint> footprints, MergeParameters p) {
        return Clusters.of(footprints.size(), pairs(footprints, p));
    }

    public static List<MergeCandidate> propose(List<MergeFootprint> footprints, MergeParameters p) {
        return MergeEngine.score(footprints, pairs(footprints, p));
    }
}
