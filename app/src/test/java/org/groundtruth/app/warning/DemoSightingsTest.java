package org.groundtruth.app.warning;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.intake.ImportTarget;
import org.groundtruth.intake.Importer;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.warning.AlertLedger;
import org.groundtruth.warning.LedgerBacktest;
import org.groundtruth.warning.Projector;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.web.warning.ReplayClock;
import org.groundtruth.web.warning.SightingReplay;
import org.groundtruth.web.warning.WarningService;
import org.groundtruth.web.warning.WarningSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's SYNTHETIC sighting log (decision 0812) over the demo's real Syrian Archive rows: recorded once at its own
 * date as exercises (idempotent), it warns the Ariha market in the back-test of exercises; played again from now, it
 * issues exercise alerts at once, so that the alerts page is alive; the demo's own spotter token is printed once.
 */
class DemoSightingsTest {
    @TempDir
    Path dir;

    static Path resource(Path dir, String name) throws Exception {
        Path to = dir.resolve(name);
        try (InputStream in = DemoSightingsTest.class.getResourceAsStream("/demo/" + name)) {
            Files.copy(in, to);
        }
        return to;
    }

    @Test
    void theSyntheticLogWarnsArihaInTheBacktestOfExercisesAndKeepsTheAlertsPageAlive() throws Exception {
        Gazetteer gazetteer = BundledGazetteer.load();
        WarningSetup setup = WarningWiring.setup(gazetteer, null);
        List<SightingLogLine> lines = DemoSightings.read(resource(dir, "sightings-synthetic.jsonl"));
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("data"))) {
            new Importer().importFile(resource(dir, "syrian-archive-russian-attacks.csv"), "syrian-archive", null, gazetteer,
                    ImportTarget.of(store.incidents(), "test"), null);
            assertThat(DemoSightings.record(store, setup, lines)).startsWith("recorded the SYNTHETIC sighting log").contains(lines.size() + " sightings")
                    .doesNotContain("refused");
            assertThat(DemoSightings.record(store, setup, lines)).contains("already recorded");
            assertThat(store.port(SightingLedger.PORT).count()).isEqualTo(lines.size());

            LedgerBacktest.Result r = LedgerBacktest.run(store.port(SightingLedger.PORT), store.port(IncidentStore.PORT), setup.aircraft(), setup.bases(),
                    new Projector(setup.places(), setup.model()), null, null, true);
            assertThat(r.sightings()).isEqualTo(lines.size());
            assertThat(r.report().alerts()).as("the Su-24M pair, the helicopter, the Su-34, the Su-25SM").isEqualTo(4);
            List<String> ariha = r.strikes().stream().filter(s -> s.point().lat() > 35.8 && s.point().lat() < 35.83 && s.point().lon() > 36.6 && s.point().lon() < 36.62)
                    .map(s -> s.id()).toList();
            assertThat(ariha).isNotEmpty();
            assertThat(r.report().warnedStrikes()).as("the Ariha market is warned").containsAnyElementsOf(ariha);
            assertThat(LedgerBacktest.run(store.port(SightingLedger.PORT), store.port(IncidentStore.PORT), setup.aircraft(), setup.bases(),
                    new Projector(setup.places(), setup.model()), null, null, false).sightings()).as("no live sighting: exercises are scored apart").isZero();

            SightingReplay live = DemoSightings.live(lines);
            try (WarningService service = new WarningService(store, setup, new ReplayClock(30))) {
                live.start(service);
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (store.port(AlertLedger.PORT).active().isEmpty() && System.nanoTime() < until) Thread.sleep(100);
                live.close();
            }
            var active = store.port(AlertLedger.PORT).active();
            assertThat(active).isNotEmpty();
            assertThat(active.getFirst().published()).contains("\"exercise\":true").contains("EXERCISE, NOT A REAL ALERT");
            assertThat(active.getFirst().issuedAt()).isAfter(Instant.now().minusSeconds(600));

            assertThat(DemoSightings.demoSpotter(store)).hasValueSatisfying(s -> assertThat(s).contains("/spot#token=gts_"));
            assertThat(DemoSightings.demoSpotter(store)).isEmpty();
        }
    }
}
