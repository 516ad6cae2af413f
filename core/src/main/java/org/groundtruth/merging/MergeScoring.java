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
