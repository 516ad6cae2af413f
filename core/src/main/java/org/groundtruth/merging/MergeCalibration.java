package org.groundtruth.merging;

/**
 * The monotone map from the logistic score of a pair's evidence to the confidence shown (decision 0563): isotonic
 * regression (pool adjacent violators) of "one event" on the score over the labelled candidate pairs of 2016-2017
 * (docs/accuracy/build_merge_set.py), its blocks read as knots (mean score, share one event) and interpolated linearly
 * between them (beyond them, see {@link #apply(double[], double[], double)}); each block's share counts half a pair of each kind more (a block of
 * five pairs all one event says 0.917, not 1). The table is data fitted by `MergingEvaluation`, which prints a refit
 * beside it; `MergingEvaluationTest` fails when the two part. A monotone map keeps every ranking of pairs as it was.
 */
final class MergeCalibration {
    /** Mean logistic score of each block, ascending. */
    static final double[] SCORE = {0.007, 0.012, 0.015, 0.033, 0.13, 0.272, 0.369, 0.389, 0.498, 0.631, 0.667, 0.682, 0.71, 0.738, 0.752, 0.766, 0.839, 0.928};
    /** Share of the block's pairs that were one event, non-decreasing. */
    static final double[] ONE_EVENT = {0.0, 0.018, 0.022, 0.028, 0.071, 0.265, 0.313, 0.335, 0.4, 0.724, 0.729, 0.73, 0.775, 0.775, 0.784, 0.806, 0.826, 0.826};

    private MergeCalibration() {
    }

    static double apply(double score) {
        return apply(SCORE, ONE_EVENT, score);
    }

    /** As {@link #apply(double)}, with {@code beyond} in place of the score above the last knot (decision 0564). */
    static double apply(double score, double beyond) {
        if (score >= SCORE[SCORE.length - 1]) return Math.max(ONE_EVENT[ONE_EVENT.length - 1], Math.min(score, beyond));
        return apply(SCORE, ONE_EVENT, score);
    }

    /**
     * Linear between knots; below the first, straight to (0, 0); above the last, the larger of the last knot's share
     * and the score itself. The labelled pairs say nothing above the last knot (no two geolocated videos minutes apart
     * in UCDP's day-dated events), so there the confidence is what the logistic score said before the map, never more:
     * a merge applied without a reviewer (0.95) needs the same evidence as before. The score itself when there are no
     * knots.
     */
    static double apply(double[] score, double[] oneEvent, double s) {
        if (score.length == 0) return s;
        if (s <= score[0]) return oneEvent[0] * s / score[0];
        int last = score.length - 1;
        if (s >= score[last]) return Math.max(oneEvent[last], s);
        int lo = 0, hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (score[mid] <= s) lo = mid;
            else hi = mid;
        }
        double f = (s - score[lo]) / (score[hi] - score[lo]);
        return oneEvent[lo] + f * (oneEvent[hi] - oneEvent[lo]);
    }
}
