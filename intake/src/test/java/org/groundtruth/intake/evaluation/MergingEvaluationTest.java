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
        // measured 2026-12-07 on 2018-2019, held back: B-cubed precision 0.997, recall 0.721, F1 0.837 (docs/accuracy.md)
        assertThat(f.require(MergingEvaluation.SET, "b-cubed precision")).isGreaterThanOrEqualTo(0.99);
        assertThat(f.require(MergingEvaluation.SET, "b-cubed f1")).isGreaterThanOrEqualTo(0.83);
        // grouping must do better than leaving every report alone
        assertThat(f.require(MergingEvaluation.SET, "b-cubed f1")).isGreaterThan(f.require(MergingEvaluation.SET + " unmerged", "b-cubed f1"));
        // the weights in use are the ones the labelled pairs give: a change to the score is refitted (decision 0548)
        assertThat(f.require(MergingEvaluation.SET, "fitted objects")).isCloseTo(0.708, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.require(MergingEvaluation.SET, "fitted text")).isCloseTo(0.865, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.require(MergingEvaluation.SET, "fitted intercept")).isCloseTo(-0.857, org.assertj.core.data.Offset.offset(0.01));
    }
}
