package org.groundtruth.merging;

import java.util.List;

/**
 * The scoring steps of {@link MergeScore} for measuring them: the evidence sum of a pair and the calibration applied
 * to it (decision 0548). For evaluations and benchmarks; the workflow uses {@link MergeScore} and {@link MergeGroups}.
 */
public final class MergeScoring {
    private MergeScoring() {
    }

    public static double evidence(MergeFootprint a, MergeFootprint b, double distanceKm) {
        return MergeScore.evidence(a, b, distanceKm);
    }

    public static double evidence(MergeFootprint a, MergeFootprint b, double distanceKm, int crowding) {
        return MergeScore.evidence(a, b, distanceKm, crowding);
    }

    /** Per footprint position: the distinct strikes its place and day are known to hold (decision 0564). */
    public static int[] distinctAround(List<MergeFootprint> footprints, CandidatePairs pairs) {
        return Crowding.distinctAtLeast(footprints, pairs);
    }

    /** The crowding term of a pair from its members' {@link #distinctAround} (0 to 3). */
    public static int crowding(int distinctA, int distinctB) {
        return Crowding.term(distinctA, distinctB);
    }

    public static double[] terms(MergeFootprint a, MergeFootprint b, double distanceKm, int crowding) {
        return MergeScore.terms(a, b, distanceKm, crowding);
    }

    public static double calibrated(double evidence) {
        return MergeScore.calibrated(evidence);
    }

    /** The score before the isotonic map (decision 0563). */
    public static double logistic(double evidence) {
        return MergeScore.logistic(evidence);
    }

    /** The isotonic map in use: knots of score and share one event. */
    public static double[][] calibrationKnots() {
        return new double[][]{MergeCalibration.SCORE.clone(), MergeCalibration.ONE_EVENT.clone()};
    }

    /** The isotonic map given by these knots, for measuring a refit. */
    public static double calibrate(double[][] knots, double score) {
        return MergeCalibration.apply(knots[0], knots[1], score);
    }

    /** Place, time, objects hit, same-script text, cross-script text. */
    public static double[] terms(MergeFootprint a, MergeFootprint b, double distanceKm) {
        return MergeScore.terms(a, b, distanceKm);
    }

    public static double[] weights() {
        return MergeScore.WEIGHTS.clone();
    }

    public static double intercept() {
        return MergeScore.INTERCEPT;
    }
}
