package org.groundtruth.intake.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Floors under the figures docs/accuracy.md reports for attribution (issue 10 item 5). */
class AttributionEvaluationTest {
    @Test
    void theCodedPartyComesFirstWithItsCodingHiddenAndNoEvidenceMeansUnknown() {
        Figures f = AttributionEvaluation.run();
        f.lines().forEach(System.out::println);
        assertThat(f.require(AttributionEvaluation.SET, "incidents coded to one party")).isGreaterThan(1000);
        // measured 2026-12-07: top-1 0.950; 74 single verdicts, none wrong; all 26 without coded activity nearby unknown
        assertThat(f.require(AttributionEvaluation.SET, "top-1")).isGreaterThanOrEqualTo(0.93);
        assertThat(f.require(AttributionEvaluation.SET, "single verdict precision")).isGreaterThanOrEqualTo(0.95);
        assertThat(f.require(AttributionEvaluation.SET, "unknown where no evidence")).isEqualTo(1.0);
    }
}
