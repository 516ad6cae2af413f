package org.groundtruth.gazetteer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The placing figures of docs/accuracy.md, with floors that the issue 10 fixes reached (a regression fails here). */
class PlacingEvaluationTest {
    static PlacingEvaluation.Result result;

    @BeforeAll
    static void run() {
        result = PlacingEvaluation.run();
        result.lines().forEach(System.out::println);
    }

    private static double value(String set, String measure) {
        return result.value(set, measure).orElseThrow(() -> new AssertionError(set + " " + measure));
    }

    @Test
    void everySetIsMeasured() {
        assertThat(value(PlacingEvaluation.UCDP_SET, "rows")).isEqualTo(1914);
        assertThat(value(PlacingEvaluation.SYRIAN_ARCHIVE_SET, "rows")).isEqualTo(273);
        assertThat(value(PlacingEvaluation.GOVERNORATE_SET, "rows")).isEqualTo(304);
    }

    @Test
    void placingClaimsTownsOnlyWhenRight() {
        // main before issue 10: 0.885 and 0.899
        assertThat(value(PlacingEvaluation.UCDP_SET, "precision")).isGreaterThanOrEqualTo(0.93);
        assertThat(value(PlacingEvaluation.SYRIAN_ARCHIVE_SET, "precision")).isGreaterThanOrEqualTo(0.91);
        assertThat(value(PlacingEvaluation.SYRIAN_ARCHIVE_SET, "recall")).isGreaterThanOrEqualTo(0.71);
    }

    @Test
    void namesAcrossTheBorderAreFoundThere() {
        // before: precision 0.645, recall 0.339 (Kursk was Kurskoye in Crimea)
        assertThat(value(PlacingEvaluation.BORDER_SET, "precision")).isGreaterThanOrEqualTo(0.98);
        assertThat(value(PlacingEvaluation.BORDER_SET, "recall")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void firstLevelNamesAsWrittenAreNormalised() {
        // before: recall 0.355
        assertThat(value(PlacingEvaluation.GOVERNORATE_SET, "recall")).isGreaterThanOrEqualTo(0.85);
        assertThat(value(PlacingEvaluation.GOVERNORATE_SET, "precision")).isGreaterThanOrEqualTo(0.93);
    }
}
