package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.warning.WarningForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sightings feed the investigation (issue 11 item 5, decision 0814): a strike recorded at a place an alert warned,
 * inside its ETA window, shows that alert on its page, with why, and the flight's operators among attribution's
 * evidence; a strike elsewhere shows none.
 */
class IncidentWarnedByTest {
    @TempDir
    Path dir;

    @Test
    void aStrikeAtAWarnedPlaceInsideItsWindowShowsTheAlertAndOffersItsFlightToAttribution() {
        Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var clock = new WarningRestartTest.MovableClock(t0);
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()), TestServer.SECURITY.withClock(clock))) {
            String token = WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            var sighting = WarningApiTest.post(t, token, """
                    {"post": "%s", "observedAt": "%s", "aircraft": "Su-24M", "count": 2, "event": "take_off", "base": "OSLK", "heading": "NE"}
                    """.formatted(WarningApiTest.POST, t0));
            assertThat(sighting.status()).as(sighting.body()).isEqualTo(201);
            String alert = sighting.json().path("alerts").get(0).path("id").asText();

            Incident ariha = t.add(strikeAt(WarningForTest.ARIHA.point().lat(), WarningForTest.ARIHA.point().lon(), t0.plus(6, ChronoUnit.MINUTES)));
            JsonNode page = t.get("/api/incidents/" + ariha.publicId()).json();
            JsonNode warned = page.path("warnedBy");
            assertThat(warned).hasSize(1);
            assertThat(warned.get(0).path("alert").asText()).isEqualTo(alert);
            assertThat(warned.get(0).path("place").asText()).isEqualTo("Ariha");
            assertThat(warned.get(0).path("explanation").asText()).contains("alert " + alert).contains("Su-24M")
                    .doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST);
            assertThat(page.path("attribution").toString()).contains("sighting: alert " + alert);

            Incident farAway = t.add(strikeAt(33.5, 36.3, t0.plus(6, ChronoUnit.MINUTES)));
            JsonNode elsewhere = t.get("/api/incidents/" + farAway.publicId()).json();
            assertThat(elsewhere.path("warnedBy")).isEmpty();
            assertThat(elsewhere.path("attribution").toString()).doesNotContain("sighting:");
        }
    }

    private static IncidentForTest strikeAt(double lat, double lon, Instant at) {
        var local = at.atOffset(ZoneOffset.ofHours(2));
        return IncidentForTest.at(lat, lon).on(IncidentDate.at(local.toLocalDate(), local.toLocalTime(), ZoneOffset.ofHours(2)));
    }
}
