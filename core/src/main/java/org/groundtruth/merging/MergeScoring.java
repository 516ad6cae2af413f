package org.groundtruth.merging;

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
