package org.groundtruth.app.warning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.groundtruth.app.Main;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.intake.warning.WarningReferenceFiles;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.warning.Base;
import org.groundtruth.warning.EventKind;
import org.groundtruth.warning.Heading;
import org.groundtruth.warning.Observation;
import org.groundtruth.warning.Observer;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.Sighting;
import org.groundtruth.warning.SightingLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sightings replay} and {@code warning backtest} on a real SQLite store, in-process: a log replayed accelerated
 * becomes one exercise alert, issued, raised and cancelled, with no spotter named in the output; a log with a bad line is
 * refused naming it and replays nothing; the back-test scores the store's sightings against its incidents with a clock
 * time, live sightings and exercises apart.
 */
class WarningCommandsTest {
    static final String SECRET = "Falcon-Secret-Pseudonym", SECRET_POST = "rooftop-secret-7";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String line(String spotter, String post, String at, String rest) {
        return "{\"spotter\": \"" + spotter + "\", \"post\": \"" + post + "\", \"observedAt\": \"" + at + "\", \"aircraft\": \"Su-24M\", " + rest + "}\n";
    }

    @Test
    void aLogIsReplayedAcceleratedAsOneExerciseAlertNamingNoSpotter() throws Exception {
        Path log = dir.resolve("drill.jsonl");
        Files.writeString(log, line(SECRET, SECRET_POST, "2015-11-29T09:05:00+02:00", "\"event\": \"take_off\", \"base\": \"OSLK\", \"heading\": \"NE\"")
                + line("Owl-Secret", "minaret-secret", "2015-11-29T09:05:40+02:00", "\"event\": \"take_off\", \"base\": \"OSLK\", \"heading\": \"ENE\"")
                + line(SECRET, SECRET_POST, "2015-11-29T09:15:00+02:00", "\"event\": \"landing\", \"base\": \"OSLK\""));
        String data = dir.resolve("data").toString();
        Run r = run("sightings", "replay", log.toString(), "--speed", "120", "--add-spotters", "--data", data);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("as an EXERCISE").contains("replayed: 3 sightings taken, 0 refused; alert changes: 1 issued, 1 raised, 1 cancelled")
                .doesNotContain(SECRET).doesNotContain(SECRET_POST).doesNotContain("Owl-Secret");
        try (JdbcStore store = JdbcStore.sqlite(Path.of(data))) {
            assertThat(store.port(SightingLedger.PORT).observedBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                    WarningReferenceFiles.bundledAircraft(), WarningReferenceFiles.bundledBases())).hasSize(3).allMatch(s -> s.observation().exercise());
        }

        Files.writeString(log, line(SECRET, SECRET_POST, "2015-11-29T09:05:00+02:00", "\"event\": \"take_off\", \"base\": \"OSLK\"")
                + line(SECRET, SECRET_POST, "2015-11-29T09:06:00+02:00", "\"event\": \"take_off\", \"base\": \"Atlantis\""));
        Run bad = run("sightings", "replay", log.toString(), "--speed", "120", "--data", data);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("nothing was replayed").contains("line 2: base: 'Atlantis' is not a known base").doesNotContain(SECRET);
        try (JdbcStore store = JdbcStore.sqlite(Path.of(data))) {
            assertThat(store.port(SightingLedger.PORT).count()).as("nothing of the refused log is stored").isEqualTo(3);
        }
    }

    @Test
    void theBacktestScoresTheStoresSightingsAgainstItsTimedIncidentsLiveAndExercisesApart() {
        Path data = dir.resolve("data");
        Instant takeOff = Instant.parse("2015-11-29T07:05:00Z");
        String ariha;
        try (JdbcStore store = JdbcStore.sqlite(data)) {
            SightingLedger ledger = store.port(SightingLedger.PORT);
            ledger.addSpotter(SECRET, List.of(new Post(SECRET_POST, null)), "a".repeat(64));
            Base hmeimim = WarningReferenceFiles.bundledBases().find("SY", "OSLK").orElseThrow();
            var su24 = WarningReferenceFiles.bundledAircraft().find("SY", "Su-24M").orElseThrow();
            ledger.record(new Sighting(null, new Observer(SECRET, SECRET_POST), null,
                    new Observation(takeOff, su24, 1, EventKind.TAKE_OFF, hmeimim, Heading.parse("NE"), hmeimim.point())), takeOff.plusSeconds(30));
            ledger.record(new Sighting(null, new Observer(SECRET, SECRET_POST), null,
                    new Observation(takeOff.plusSeconds(3600), su24, 1, EventKind.TAKE_OFF, hmeimim, Heading.parse("S"), hmeimim.point(), true)),
                    takeOff.plusSeconds(3630));
            LocalDate day = LocalDate.of(2015, 11, 29);
            ZoneOffset syria = ZoneOffset.ofHours(2);
            ariha = store.incidents().create(IncidentForTest.at(35.8128, 36.6095).on(IncidentDate.at(day, LocalTime.of(9, 12), syria)).facts(),
                    List.of(IncidentForTest.at(35.8128, 36.6095).report("t:1")), ChangeNote.system("test")).publicId();
            store.incidents().create(IncidentForTest.at(33.5138, 36.2765).on(IncidentDate.at(day, LocalTime.of(9, 15), syria)).facts(),
                    List.of(IncidentForTest.at(33.5138, 36.2765).report("t:2")), ChangeNote.system("test"));
            store.incidents().create(IncidentForTest.at(35.8128, 36.6095).on(IncidentDate.onDay(day)).facts(),
                    List.of(IncidentForTest.at(35.8128, 36.6095).report("t:3")), ChangeNote.system("test"));
        }
        Run live = run("warning", "backtest", "--list", "--data", data.toString());
        assertThat(live.exit()).as(live.err()).isZero();
        assertThat(live.out()).contains("back-test of 1 live sightings").contains("incidents with a clock time and a town-precise place in that time: 2")
                .contains("warned in time (recall): 1 of 2 (50.0%)").contains("followed by an incident at a place they warned (precision): 1 (100.0%)")
                .contains("  warned  " + ariha).doesNotContain(SECRET);
        Run drills = run("warning", "backtest", "--exercises", "--data", data.toString());
        assertThat(drills.out()).contains("back-test of 1 exercise (drill or demo) sightings").contains("warned in time (recall): 0 of");
        Run none = run("warning", "backtest", "--from", "2016-01-01T00:00:00Z", "--data", data.toString());
        assertThat(none.out()).startsWith("no live sightings in the store in that period");
    }

    /** {@code --server}: the log plays as a drill on a running server (decision 0815), with an admin's token; a bad one is refused. */
    @Test
    void aLogSentToARunningServerPlaysThereAsADrill() throws Exception {
        String data = dir.resolve("data").toString();
        Path password = dir.resolve("password");
        Files.writeString(password, "a long enough password for ada\n");
        assertThat(run("user", "add", "ada", "--role", "admin", "--password-file", password.toString(), "--data", data).exit()).isZero();
        Run token = run("user", "token", "ada", "--data", data);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("gt_[A-Za-z0-9_-]+").matcher(token.out());
        assertThat(m.find()).as(token.out()).isTrue();
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, m.group());
        assertThat(run("spotter", "add", SECRET, "--post", SECRET_POST, "--data", data).exit()).isZero();
        Path log = dir.resolve("drill.jsonl");
        Files.writeString(log, line(SECRET, SECRET_POST, "2015-11-29T09:05:00+02:00", "\"event\": \"take_off\", \"base\": \"OSLK\", \"heading\": \"NE\""));

        try (JdbcStore store = JdbcStore.sqlite(Path.of(data))) {
            var gazetteer = org.groundtruth.app.gazetteer.LocalGazetteer.load(Path.of(data));
            var settings = org.groundtruth.app.serve.Serving.settings(0, null, gazetteer).withWarning(WarningWiring.setup(gazetteer, null));
            try (var server = org.groundtruth.web.GroundtruthServer.start(store, settings)) {
                Run sent = run("sightings", "replay", log.toString(), "--server", server.baseUrl(), "--token-file", tokenFile.toString());
                assertThat(sent.exit()).as(sent.out() + sent.err()).isZero();
                assertThat(sent.out()).contains("Drill 1: 1 sightings play on").contains("as an EXERCISE").doesNotContain(SECRET);

                Files.writeString(tokenFile, "gt_not-a-token");
                Run refused = run("sightings", "replay", log.toString(), "--server", server.baseUrl(), "--token-file", tokenFile.toString());
                assertThat(refused.exit()).isNotZero();
                assertThat(refused.err()).contains("did not start the drill (401)");
                Run fast = run("sightings", "replay", log.toString(), "--server", server.baseUrl(), "--speed", "10", "--token-file", tokenFile.toString());
                assertThat(fast.err()).contains("real speed");
            }
        }
    }
}
