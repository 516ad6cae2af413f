package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.groundtruth.account.Role;
import org.groundtruth.intake.warning.SightingLog;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drill on a running server (decision 0815): an admin sends a sighting log; it plays from now through the path of
 * every sighting, and the server's own subscribers get its alerts, marked as an exercise. A log with a bad line, or a
 * spotter the server does not know, plays nothing and is answered line by line without naming a spotter; only admins
 * may start one.
 */
class DrillApiTest {
    @TempDir
    Path dir;

    private static String log(Instant at, String spotter) {
        return """
                {"spotter": "%s", "post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "event": "take_off", "base": "OSLK", "heading": "NE"}
                {"spotter": "%s", "post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "event": "landing", "base": "OSLK"}
                """.formatted(spotter, WarningApiTest.POST, at, spotter, WarningApiTest.POST, at.plusSeconds(3));
    }

    @Test
    void anAdminsLogPlaysOnTheRunningServerAsAnExerciseThatItsSubscribersSee() throws Exception {
        var settings = WarningForWeb.settings(WarningForWeb.setup().withLogFormat(SightingLog.FORMAT));
        try (TestServer t = new TestServer(dir, settings); SseReader live = new SseReader(t.url("/api/alerts/live"))) {
            WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            live.next("snapshot", 20);
            Instant logged = Instant.parse("2015-11-29T09:30:00Z");

            var refused = t.as(Role.INVESTIGATOR).send("POST", "/api/sightings/replays", log(logged, WarningApiTest.NAME));
            assertThat(refused.status()).as("only admins start drills").isEqualTo(403);
            var unknown = t.as(Role.ADMIN).send("POST", "/api/sightings/replays", log(logged, "Nobody-Known-Here"));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().path("problems").toString()).contains("line 1: spotter: not registered").doesNotContain("Nobody-Known-Here");
            var bad = t.as(Role.ADMIN).send("POST", "/api/sightings/replays", log(logged, WarningApiTest.NAME).replace("\"NE\"", "\"up\""));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().path("problems").toString()).contains("line 1").contains("heading").doesNotContain(WarningApiTest.NAME)
                    .doesNotContain(WarningApiTest.POST);
            assertThat(t.as(Role.ADMIN).get("/api/sightings/replays").json().path("replays")).as("nothing played").isEmpty();

            var started = t.as(Role.ADMIN).send("POST", "/api/sightings/replays", log(logged, WarningApiTest.NAME));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            assertThat(started.json().path("exercise").asBoolean()).isTrue();
            assertThat(Instant.parse(started.json().path("startsAt").asText())).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));

            String issued = live.next("alert", 30);
            assertThat(issued).contains("\"change\":\"issued\"").contains("\"exercise\":true").contains("EXERCISE, NOT A REAL ALERT");
            assertThat(live.next("alert", 30)).contains("\"change\":\"cancelled\"");
            JsonNode drill = t.as(Role.ADMIN).get("/api/sightings/replays").json().path("replays").get(0);
            assertThat(drill.path("accepted").asInt()).isEqualTo(2);
            assertThat(drill.path("finished").asBoolean()).isTrue();
            assertThat(t.as(Role.ADMIN).send("DELETE", "/api/sightings/replays/99", null).status()).isEqualTo(404);
        }
    }
}
