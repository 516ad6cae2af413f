package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.groundtruth.web.SecuritySettings;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flights and active alerts survive a restart (decision 0809): a server is stopped and another started on the same
 * SQLite file between two sightings of one flight; the second corroborates the alert the first issued instead of
 * issuing a new one, and the alert still expires (subscribers hear of it) when no sighting refreshes it.
 */
class WarningRestartTest {
    @TempDir
    Path dir;

    /** A clock the test moves; the server reads it for sightings, projection and expiry. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static TestServer server(Path dir, Clock clock) {
        return new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()), TestServer.SECURITY.withClock(clock));
    }

    private static String takeOff(String post, Instant at, String heading) {
        return """
                {"post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "event": "take_off", "base": "OSLK", "heading": "%s"}
                """.formatted(post, at, heading);
    }

    @Test
    void aSecondSightingAfterARestartCorroboratesTheAlertTheFirstIssued() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MovableClock clock = new MovableClock(t0);
        String id, token2;
        long firstNumber;
        try (TestServer before = server(dir, clock)) {
            String token = WarningApiTest.addSpotter(before, WarningApiTest.NAME, WarningApiTest.POST);
            token2 = WarningApiTest.addSpotter(before, WarningApiTest.NAME2, WarningApiTest.POST2);
            var first = WarningApiTest.post(before, token, takeOff(WarningApiTest.POST, t0, "NE"));
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            id = first.json().path("alerts").get(0).path("id").asText();
            firstNumber = first.json().path("alerts").get(0).path("sequence").asLong();
        }
        clock.set(t0.plusSeconds(40));
        try (TestServer after = server(dir, clock)) {
            var second = WarningApiTest.post(after, token2, takeOff(WarningApiTest.POST2, t0.plusSeconds(40), "ENE"));
            assertThat(second.status()).as(second.body()).isEqualTo(201);
            JsonNode change = second.json().path("alerts").get(0);
            assertThat(change.path("id").asText()).as("the flight is followed across the restart: one alert").isEqualTo(id);
            assertThat(change.path("change").asText()).isEqualTo("raised");
            assertThat(change.path("sequence").asLong()).as("numbers continue after a restart: subscribers drop a number not above theirs")
                    .isGreaterThan(firstNumber);
            JsonNode alerts = after.get("/api/alerts").json().path("alerts");
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).path("spotterCount").asInt()).isEqualTo(2);
            assertThat(alerts.get(0).path("issuedAt").asText()).isEqualTo(t0.toString());
        }
    }

    @Test
    void anAlertLeftActiveByAnEarlierRunStillExpiresAndSubscribersHearOfIt() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MovableClock clock = new MovableClock(t0);
        String id;
        Instant expires;
        try (TestServer before = server(dir, clock)) {
            String token = WarningApiTest.addSpotter(before, WarningApiTest.NAME, WarningApiTest.POST);
            id = WarningApiTest.post(before, token, takeOff(WarningApiTest.POST, t0, "NE")).json().path("alerts").get(0).path("id").asText();
            expires = Instant.parse(before.get("/api/alerts/" + id).json().path("expiresAt").asText());
        }
        clock.set(expires.minusSeconds(5));
        try (TestServer after = server(dir, clock); SseReader live = new SseReader(after.url("/api/alerts/live"))) {
            assertThat(live.next("snapshot", 20)).contains(id);
            clock.set(expires.plusSeconds(1));
            String event = live.next("alert", 20);
            assertThat(event).contains("\"change\":\"expired\"").contains(id);
            assertThat(after.get("/api/alerts").json().path("alerts")).isEmpty();
            assertThat(after.get("/api/alerts/" + id).json().path("state").asText()).isEqualTo("expired");
        }
    }
}
