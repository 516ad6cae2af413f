package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.warning.SightingInput;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.warning.WarningForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sighting log replayed through the path of every sighting, accelerated (decision 0810): a take-off, a second
 * spotter's and a landing ten minutes later become one alert, issued, raised and cancelled, delivered live, stored as
 * an exercise that says so in every language and in CAP; a live sighting meanwhile gets its own alert, never joined
 * to the drill's flight. A log with bad lines is refused line by line before anything is replayed.
 */
class SightingReplayTest {
    static final Instant LOGGED = Instant.parse("2015-11-29T07:05:00Z");

    @TempDir
    Path dir;

    static SightingLogLine line(int n, String spotter, String post, Instant at, String aircraft, String event, String base, String heading) {
        return new SightingLogLine(n, new SightingInput(spotter, post, null, null, at.toString(), aircraft, null, event, base, heading, null, null), at);
    }

    static List<SightingLogLine> ariha() {
        return List.of(line(1, WarningApiTest.NAME, WarningApiTest.POST, LOGGED, "Su-24M", "take_off", "OSLK", "NE"),
                line(2, WarningApiTest.NAME2, WarningApiTest.POST2, LOGGED.plusSeconds(40), "Su-24M", "take_off", "OSLK", "ENE"),
                line(3, WarningApiTest.NAME, WarningApiTest.POST, LOGGED.plusSeconds(600), "Su-24M", "landing", "OSLK", null));
    }

    @Test
    void aReplayedLogRaisesOneExerciseAlertThroughTheWholePathAndLiveSightingsStayApart() throws Exception {
        String token;
        try (TestServer first = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            token = WarningApiTest.addSpotter(first, WarningApiTest.NAME, WarningApiTest.POST);
            WarningApiTest.addSpotter(first, WarningApiTest.NAME2, WarningApiTest.POST2);
        }
        List<String> said = new ArrayList<>();
        SightingReplay replay = new SightingReplay(ariha(), Duration.ofSeconds(300), null, new SightingReplay.Listener() {
            public void accepted(SightingLogLine l, WarningService.Receipt r) {
                r.events().forEach(e -> said.add(l.line() + ":" + e.kind().code()));
            }

            public void refused(SightingLogLine l, String why) {
                said.add(l.line() + ":refused " + why);
            }
        });
        ReplayClock clock = new ReplayClock(60);
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup().withSource(replay)), TestServer.SECURITY.withClock(clock));
             SseReader live = new SseReader(t.url("/api/alerts/live"))) {
            live.next("snapshot", 20);
            String issued = live.next("alert", 30);
            assertThat(issued).contains("\"change\":\"issued\"").contains("\"exercise\":true").contains("EXERCISE, NOT A REAL ALERT — WATCH")
                    .contains("تمرين، ليس تحذيراً حقيقياً").contains("НАВЧАННЯ, НЕ СПРАВЖНЯ ТРИВОГА");
            assertThat(live.next("alert", 30)).contains("\"change\":\"raised\"");

            String now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            var real = WarningApiTest.post(t, token, """
                    {"post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "event": "take_off", "base": "OSLK", "heading": "NE"}""".formatted(WarningApiTest.POST, now));
            assertThat(real.status()).as(real.body()).isEqualTo(201);
            assertThat(real.json().path("alerts").get(0).path("change").asText()).as("a live sighting never joins a drill's flight").isEqualTo("issued");
            String realId = real.json().path("alerts").get(0).path("id").asText();
            assertThat(t.get("/api/alerts/" + realId).json().path("exercise").asBoolean()).isFalse();

            assertThat(replay.await(Duration.ofSeconds(60))).isTrue();
            assertThat(said).containsExactly("1:issued", "2:raised", "3:cancelled");
            JsonNode recent = t.get("/api/alerts?state=recent").json().path("alerts");
            JsonNode drill = null;
            for (JsonNode a : recent) if (a.path("exercise").asBoolean()) drill = a;
            assertThat(drill).isNotNull();
            assertThat(drill.path("state").asText()).isEqualTo("cancelled");
            assertThat(drill.path("spotterCount").asInt()).isEqualTo(2);
            assertThat(Instant.parse(drill.path("issuedAt").asText())).as("moved to the time it was played").isAfter(Instant.now().minusSeconds(120));
            assertThat(t.get("/api/cap/alerts/" + drill.path("id").asText()).body()).contains("<status>Exercise</status>");
            assertThat(t.get("/api/cap/alerts/" + realId).body()).contains("<status>Actual</status>");
            var ledger = t.store.port(SightingLedger.PORT).observedBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), WarningForTest.AIRCRAFT, WarningForTest.BASES);
            assertThat(ledger).extracting(s -> s.observation().exercise()).containsExactlyInAnyOrder(true, true, true, false);
            assertThat(live.all()).doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST);
        }
    }

    @Test
    void aLogWithBadLinesIsRefusedLineByLineBeforeAnythingIsReplayed() {
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            List<SightingLogLine> log = List.of(line(1, WarningApiTest.NAME, WarningApiTest.POST, LOGGED, "Su-24M", "take_off", "OSLK", "NE"),
                    line(2, "Stranger-Secret", "x", LOGGED.plusSeconds(10), "Su-24M", "take_off", "OSLK", "NE"),
                    line(3, WarningApiTest.NAME, WarningApiTest.POST, LOGGED.plusSeconds(20), "Spitfire", "take_off", "OSLK", "NE"),
                    line(4, WarningApiTest.NAME, "not-my-post", LOGGED.plusSeconds(30), "Su-24M", "take_off", "OSLK", "NE"));
            List<String> problems = SightingReplay.problems(log, t.store.port(SightingLedger.PORT), WarningForWeb.setup(), Instant.now());
            assertThat(problems).hasSize(3);
            assertThat(problems.get(0)).startsWith("line 2: spotter: not registered");
            assertThat(problems.get(1)).startsWith("line 3: aircraft: 'Spitfire' is not in the SY reference table");
            assertThat(problems.get(2)).isEqualTo("line 4: post: not one of the posts registered for this spotter");
            assertThat(String.join("\n", problems)).doesNotContain("Stranger-Secret").doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST);
            assertThat(t.store.port(SightingLedger.PORT).count()).isZero();
        }
    }
}
