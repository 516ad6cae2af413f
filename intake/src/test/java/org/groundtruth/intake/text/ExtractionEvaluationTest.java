package org.groundtruth.intake.text;

import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.extraction.evaluation.ScoreReport;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on the labelled sets. The floors are below the figures measured and reported in docs/accuracy.md, so
 * that a change that makes extraction worse fails here; they are not the aims.
 */
class ExtractionEvaluationTest {
    static final Path UCDP = Path.of("../../shared/data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");

    @Test
    void scoresEverySetAndStaysAboveTheMeasuredFloors() throws Exception {
        Gazetteer g = BundledGazetteer.load();
        List<ScoreReport> reports = ExtractionEvaluation.run(new RuleBasedExtractor(new TransliteratingPlaceLookup(g)), g, Files.exists(UCDP) ? UCDP : null);
        for (ScoreReport r : reports) {
            System.out.println(ExtractionEvaluation.format(r));
            if (System.getenv("EXTRACTION_MISSES") != null) r.misses().forEach(m -> System.out.println("  miss " + m));
        }
        assertThat(reports).isNotEmpty();
        for (ScoreReport r : reports) {
            assertThat(r.field("date").precision()).as(r.set() + " date precision").isGreaterThan(0.9);
            assertThat(r.field("killed").precision()).as(r.set() + " killed precision").isGreaterThan(0.6);
            assertThat(r.field("killed").recall()).as(r.set() + " killed recall").isGreaterThan(0.6);
            assertThat(r.field("place").precision()).as(r.set() + " place precision").isGreaterThan(0.6);
            assertThat(r.field("place").recall()).as(r.set() + " place recall").isGreaterThan(0.5);
        }
    }
}
