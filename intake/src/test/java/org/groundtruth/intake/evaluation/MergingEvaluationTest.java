package org.groundtruth.intake.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Floors under the figures docs/accuracy.md reports for merging (issue 10 item 4). */
class MergingEvaluationTest {
    @Test
    void groupsAsProposedMatchTheEventsAndTheConfidenceMeansWhatItSays() {
        Figures f = MergingEvaluation.run();
        f.lines().forEach(System.out::println);
        assertThat(f.require(MergingEvaluation.SET, "held-back pairs")).isGreaterThan(1000);
        // measured 2026-12-07 on 2018-2019, held back, with the crowding term (decision 0564) and the isotonic map
        // (0563): B-cubed precision 0.966, recall 0.943, F1 0.954 (0.848 before 0564); expected calibration error
        // 0.068 (0.213 before 0564; docs/accuracy.md)
        assertThat(f.require(MergingEvaluation.SET, "b-cubed precision")).isGreaterThanOrEqualTo(0.96);
        assertThat(f.require(MergingEvaluation.SET, "b-cubed f1")).isGreaterThanOrEqualTo(0.95);
        assertThat(f.require(MergingEvaluation.SET, "expected calibration error")).isLessThan(0.08);
        // grouping must do better than leaving every report alone
        assertThat(f.require(MergingEvaluation.SET, "b-cubed f1")).isGreaterThan(f.require(MergingEvaluation.SET + " unmerged", "b-cubed f1"));
        // the weights in use are the ones the labelled pairs give: a change to the score is refitted (decision 0548)
        assertThat(f.require(MergingEvaluation.SET, "fitted objects")).isCloseTo(0.256, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.require(MergingEvaluation.SET, "fitted text")).isCloseTo(0.673, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.require(MergingEvaluation.SET, "fitted crowding")).isCloseTo(-1.662, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.require(MergingEvaluation.SET, "fitted intercept")).isCloseTo(0.823, org.assertj.core.data.Offset.offset(0.01));
        // the isotonic map in use is the one the training pairs give (decision 0563), and it calibrates the held-back
        // years better than the logistic score alone
        assertThat(f.require(MergingEvaluation.SET, "isotonic refit gap")).isLessThan(0.01);
        assertThat(f.require(MergingEvaluation.SET, "expected calibration error"))
                .isLessThan(f.require(MergingEvaluation.SET + " logistic only", "expected calibration error"));
        // unplaced reports are proposed by names (decision 0562): better than leaving them alone, and as precise
        String names = MergingEvaluation.NAMES_ONLY;
        assertThat(f.require(names, "b-cubed recall")).isGreaterThan(f.require(names + " unplaced alone", "b-cubed recall"));
        assertThat(f.require(names, "b-cubed precision")).isGreaterThanOrEqualTo(0.97);
        assertThat(f.require(names, "fitted named area")).isCloseTo(-1.400, org.assertj.core.data.Offset.offset(0.01));
        // the named place's weight in use is capped at what two centroids of one town say (0); the set would give more
        assertThat(f.require(names, "fitted named place")).isGreaterThanOrEqualTo(0);
    }
}
