package org.groundtruth.web.warning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spotters' names and posts never leave the server except to an admin: not in the server's log, not in any public
 * route's answer (alerts, CAP, feed, OpenAPI, reference, the spot page), not in error answers, whatever the sighting,
 * nor in what a replayed log reports or raises.
 */
class SpotterLeakTest {
    @TempDir
    Path dir;

    @Test
    void noLogLineAndNoPublicAnswerNamesASpotterOrAPost() throws Exception {
        PrintStream oldErr = System.err, oldOut = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8);
        StringBuffer answers = new StringBuffer(); // the replay appends from its own thread
        System.setErr(capture);
        System.setOut(capture);
        // a replayed log (decision 0810) of the same spotter, whose refusals and alerts go through the same log and feeds
        java.time.Instant loggedAt = java.time.Instant.parse("2015-11-29T07:05:00Z");
        SightingReplay replay = new SightingReplay(java.util.List.of(
                SightingReplayTest.line(1, WarningApiTest.NAME, WarningApiTest.POST, loggedAt, "Su-24M", "take_off", "OSLK", "E"),
                SightingReplayTest.line(2, WarningApiTest.NAME, "not-the-post", loggedAt.plusSeconds(1), "Su-24M", "take_off", "OSLK", "E")),
                java.time.Duration.ofSeconds(3), null, new SightingReplay.Listener() {
                    public void accepted(org.groundtruth.warning.SightingLogLine l, WarningService.Receipt r) {
                        answers.append(r.events()).append('\n');
                    }

                    public void refused(org.groundtruth.warning.SightingLogLine l, String why) {
                        answers.append(why).append('\n');
                    }
                });
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup().withRateLimit(3, 1).withSource(replay)))) {
            String token = WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            String now = WarningForWeb.now();
            List<String> bodies = List.of(WarningForWeb.takeOff(WarningApiTest.POST),
                    "{\"post\":\"" + WarningApiTest.POST + "\",\"observedAt\":\"" + now + "\",\"aircraft\":\"" + WarningApiTest.NAME + "\",\"event\":\"take_off\",\"base\":\"OSLK\"}",
                    "{\"post\":\"" + WarningApiTest.NAME + "\",\"observedAt\":\"" + now + "\",\"aircraft\":\"Su-24M\",\"event\":\"overflight\"}",
                    "{\"spotter\":\"" + WarningApiTest.NAME + "\"}", "not json",
                    WarningForWeb.takeOff(WarningApiTest.POST), WarningForWeb.takeOff(WarningApiTest.POST), WarningForWeb.landing(WarningApiTest.POST));
            for (String b : bodies) answers.append(WarningApiTest.post(t, token, b).body()).append('\n');
            String id = t.get("/api/alerts?state=recent").json().path("alerts").get(0).path("id").asText();
            for (String path : List.of("/api/alerts", "/api/alerts?state=recent", "/api/alerts/" + id, "/api/cap/alerts/" + id, "/api/cap/feed",
                    "/api/warning/reference", "/openapi.json", "/spot", "/api/spotters")) {
                answers.append(t.get(path).body()).append('\n');
            }
            answers.append(t.as(Role.INVESTIGATOR).get("/api/spotters").body());
            assertThat(replay.await(java.time.Duration.ofSeconds(20))).isTrue();
            assertThat(answers.toString()).as("the replay ran: its second line refused").contains("post: not one of the posts registered");
            answers.append(t.get("/api/alerts?state=recent").body());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the log").contains("Groundtruth serves").doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST);
        // the refusal of a pseudonym sent as the aircraft type repeats what the caller sent, abbreviated; that is their own text,
        // so answers are checked for the registered post and for the name outside of echoed values
        assertThat(answers.toString()).as("public answers").doesNotContain(WarningApiTest.POST).doesNotContain("35.61234");
        assertThat(answers.toString().replace("'" + WarningApiTest.NAME.substring(0, Math.min(WarningApiTest.NAME.length(), 40)), ""))
                .doesNotContain(WarningApiTest.NAME);
    }
}
