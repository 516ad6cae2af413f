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
            double[] killed = KILLED_FLOORS.get(r.set().substring(0, r.set().indexOf(' ')));
            assertThat(r.field("killed").precision()).as(r.set() + " killed precision").isGreaterThan(killed[0]);
            assertThat(r.field("killed").recall()).as(r.set() + " killed recall").isGreaterThan(killed[1]);
            double[] place = PLACE_FLOORS.get(r.set().substring(0, r.set().indexOf(' ')));
            assertThat(r.field("place").precision()).as(r.set() + " place precision").isGreaterThan(place[0]);
            assertThat(r.field("place").recall()).as(r.set() + " place recall").isGreaterThan(place[1]);
        }
        reports.stream().filter(r -> r.set().startsWith("English")).findFirst()
                .ifPresent(r -> assertThat(r.field("date").recall()).as("English date recall").isGreaterThan(0.895));
    }

    /**
     * Killed precision and recall floors per set, under the figures of docs/accuracy.md ("Killed: running totals and day
     * tallies": English 95.3% / 87.2%, Arabic 85.2% / 74.2%, Ukrainian 87.5% / 84.8%); the English sample holds 94
     * labelled counts, so one headline moves it by about one point.
     */
    static final java.util.Map<String, double[]> KILLED_FLOORS = java.util.Map.of(
            "English", new double[] {0.93, 0.85},
            "Arabic", new double[] {0.82, 0.71},
            "Ukrainian", new double[] {0.84, 0.81});

    /**
     * Place precision and recall floors per set, a point or so under the figures of docs/accuracy.md ("Places, third
     * pass": English 85.6% / 73.6%, Arabic 69.0% / 58.8%, Ukrainian 80.0% / 71.4%); the small sets move by one text.
     */
    static final java.util.Map<String, double[]> PLACE_FLOORS = java.util.Map.of(
            "English", new double[] {0.845, 0.72},
            "Arabic", new double[] {0.65, 0.55},
            "Ukrainian", new double[] {0.75, 0.67});
}
