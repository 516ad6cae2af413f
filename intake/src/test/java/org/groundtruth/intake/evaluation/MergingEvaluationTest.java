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
    }
}
