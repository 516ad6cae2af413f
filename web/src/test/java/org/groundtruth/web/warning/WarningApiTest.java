package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spine of issue 11 on a real server and SQLite file: an admin registers a spotter (token shown once), the
 * spotter's sighting goes through projection to an alert that is stored and reaches a live SSE subscriber, a second
 * spotter corroborates the same alert, a landing cancels it; bad sightings are refused naming the field and store
 * nothing; a flood from one spotter is refused without slowing another. The spotters' names and posts appear in no
 * answer, alert or event.
 */
class WarningApiTest {
    static final String NAME = "Falcon-Qasim-Secret", POST = "rooftop-near-school-7";
    static final String NAME2 = "Owl-Second-Secret", POST2 = "minaret-hill-3";

    @TempDir
    Path dir;

    static String addSpotter(TestServer t, String name, String post) {
        var a = t.as(Role.ADMIN).send("POST", "/api/spotters", """
                {"pseudonym": "%s", "posts": [{"code": "%s", "lat": 35.61234, "lon": 36.12345}]}""".formatted(name, post));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String token = a.json().path("token").asText();
        assertThat(token).startsWith(SpotterTokens.PREFIX);
        return token;
    }

    static TestServer.Answer post(TestServer t, String token, String body) {
        return t.anonymous().with(WarningApi.TOKEN_HEADER, token).send("POST", "/api/sightings", body);
    }

    @Test
    void aSightingBecomesOneStoredAlertThatReachesALiveSubscriberAndNamesNoSpotter() throws Exception {
        List<String> published = new ArrayList<>();
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()));
             SseReader live = new SseReader(t.url("/api/alerts/live"))) {
            String token = addSpotter(t, NAME, POST), token2 = addSpotter(t, NAME2, POST2);
            assertThat(live.next("snapshot", 20)).contains("\"alerts\":[]");

            var first = post(t, token, WarningForWeb.takeOff(POST));
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            JsonNode change = first.json().path("alerts").get(0);
            assertThat(change.path("change").asText()).isEqualTo("issued");
            String id = change.path("id").asText();

            String event = live.next("alert", 20);
            assertThat(event).contains("\"id\":\"" + id + "\"").contains("\"change\":\"issued\"").contains("Ariha").contains("أريحا").contains("Аріха");
            // version 2 (decision 0822): the change, its texts, its first places by id with their ETAs; names and outline at href
            assertThat(event).contains("\"version\":2").contains("\"etas\":[{\"place\":").contains("\"href\":\"/api/alerts/" + id + "\"")
                    .doesNotContain("\"names\"").doesNotContain("\"area\"");

            var second = post(t, token2, WarningForWeb.takeOff(POST2));
            assertThat(second.status()).as(second.body()).isEqualTo(201);
            assertThat(second.json().path("alerts").get(0).path("id").asText()).as("one alert per flight").isEqualTo(id);
            assertThat(second.json().path("alerts").get(0).path("change").asText()).isEqualTo("raised");
            live.next("alert", 20);

            var list = t.get("/api/alerts");
            assertThat(list.json().path("alerts")).hasSize(1);
            JsonNode alert = list.json().path("alerts").get(0);
            assertThat(alert.path("level").asText()).isEqualTo("urgent");
            assertThat(alert.path("spotterCount").asInt()).isEqualTo(2);
            assertThat(alert.path("area").path("type").asText()).isEqualTo("Polygon");
            List<String> places = new ArrayList<>();
            alert.path("threats").forEach(p -> places.add(p.path("place").asText()));
            assertThat(places).contains("ariha");
            assertThat(Instant.parse(alert.path("threats").get(0).path("earliest").asText())).isAfter(Instant.now().minusSeconds(120));
            published.add(list.body());
            published.add(t.get("/api/alerts/" + id).body());
            JsonNode first1 = t.get("/api/alerts/" + id + "?places=1").json();
            assertThat(first1.path("threats")).hasSize(1);
            assertThat(first1.path("threatCount").asInt()).isEqualTo(alert.path("threats").size());
            assertThat(first1.path("placesTag").asText()).isEqualTo(alert.path("placesTag").asText()).isNotEmpty();
            assertThat(t.get("/api/alerts/" + id + "?places=all").status()).isEqualTo(400);

            var cancel = post(t, token, WarningForWeb.landing(POST));
            assertThat(cancel.json().path("alerts").get(0).path("change").asText()).isEqualTo("cancelled");
            assertThat(live.next("alert", 20)).contains("\"state\":\"cancelled\"");
            assertThat(t.get("/api/alerts").json().path("alerts")).isEmpty();
            assertThat(t.get("/api/alerts?state=recent").json().path("alerts").get(0).path("state").asText()).isEqualTo("cancelled");
            assertThat(t.store.port(SightingLedger.PORT).count()).isEqualTo(3);

            published.add(t.get("/api/alerts?state=recent").body());
            published.add(live.all());
            published.add(first.body());
            for (String text : published) assertThat(text).doesNotContain(NAME).doesNotContain(POST).doesNotContain(NAME2).doesNotContain(POST2)
                    .doesNotContain("35.61234").doesNotContain("36.12345");
        }
    }

    @Test
    void badSightingsAreRefusedNamingTheFieldAndStoreNothing() {
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            String token = addSpotter(t, NAME, POST);
            String now = WarningForWeb.now();
            List<String[]> cases = List.of(
                    new String[]{"base", "{\"observedAt\":\"" + now + "\",\"aircraft\":\"Su-24M\",\"event\":\"take_off\",\"base\":\"Atlantis\"}"},
                    new String[]{"heading", "{\"observedAt\":\"" + now + "\",\"aircraft\":\"Su-24M\",\"event\":\"take_off\",\"base\":\"OSLK\",\"heading\":\"400\"}"},
                    new String[]{"observedAt", "{\"observedAt\":\"" + Instant.now().plusSeconds(3600) + "\",\"aircraft\":\"Su-24M\",\"event\":\"take_off\",\"base\":\"OSLK\"}"},
                    new String[]{"aircraft", "{\"observedAt\":\"" + now + "\",\"aircraft\":\"Spitfire\",\"event\":\"take_off\",\"base\":\"OSLK\"}"},
                    new String[]{"event", "{\"observedAt\":\"" + now + "\",\"aircraft\":\"Su-24M\",\"event\":\"barrel roll\",\"base\":\"OSLK\"}"},
                    new String[]{"spotter", "{\"spotter\":\"someone\",\"observedAt\":\"" + now + "\",\"aircraft\":\"Su-24M\",\"event\":\"take_off\",\"base\":\"OSLK\"}"},
                    new String[]{"post", "{\"post\":\"elsewhere\",\"observedAt\":\"" + now + "\",\"aircraft\":\"Su-24M\",\"event\":\"take_off\",\"base\":\"OSLK\"}"});
            for (String[] c : cases) {
                var a = post(t, token, c[1]);
                assertThat(a.status()).as(c[0] + ": " + a.body()).isEqualTo(400);
                List<String> fields = new ArrayList<>();
                a.json().path("problems").forEach(p -> fields.add(p.path("field").asText()));
                assertThat(fields).as(a.body()).contains(c[0]);
                assertThat(a.body()).doesNotContain(NAME).doesNotContain(POST);
            }
            assertThat(post(t, "gts_not-a-token", WarningForWeb.takeOff(POST)).status()).isEqualTo(401);
            assertThat(t.anonymous().send("POST", "/api/sightings", WarningForWeb.takeOff(POST)).status()).isEqualTo(401);
            assertThat(t.as(Role.ADMIN).send("POST", "/api/spotters/revoke", "{\"pseudonym\":\"" + NAME + "\"}").status()).isEqualTo(200);
            var revoked = post(t, token, WarningForWeb.takeOff(POST));
            assertThat(revoked.status()).isEqualTo(401);
            assertThat(revoked.body()).contains("revoked").doesNotContain(NAME);
            assertThat(t.store.port(SightingLedger.PORT).count()).as("nothing half-stored").isZero();
            assertThat(t.get("/api/alerts").json().path("alerts")).isEmpty();
        }
    }

    @Test
    void aFloodFromOneSpotterIsRefusedWithoutSlowingAnother() {
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup().withRateLimit(3, 1)))) {
            String flood = addSpotter(t, NAME, POST), other = addSpotter(t, NAME2, POST2);
            int accepted = 0, refused = 0;
            for (int i = 0; i < 10; i++) {
                var a = post(t, flood, WarningForWeb.takeOff(POST));
                if (a.status() == 201) accepted++;
                if (a.status() == 429) {
                    refused++;
                    assertThat(a.headers().firstValue("Retry-After")).isPresent();
                }
            }
            assertThat(accepted).isEqualTo(3);
            assertThat(refused).isEqualTo(7);
            long start = System.nanoTime();
            assertThat(post(t, other, WarningForWeb.takeOff(POST2)).status()).isEqualTo(201);
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        }
    }

    @Test
    void spottersAreManagedByAdminsOnlyAndTheirTokenIsShownOnce() {
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            addSpotter(t, NAME, POST);
            assertThat(t.get("/api/spotters").status()).isEqualTo(401);
            assertThat(t.as(Role.INVESTIGATOR).get("/api/spotters").status()).isEqualTo(403);
            var list = t.as(Role.ADMIN).get("/api/spotters");
            assertThat(list.json().path("spotters").get(0).path("pseudonym").asText()).isEqualTo(NAME);
            assertThat(list.body()).doesNotContain("token").doesNotContain("35.61234");
            assertThat(t.as(Role.ADMIN).send("POST", "/api/spotters", "{\"pseudonym\":\"" + NAME + "\"}").status()).isEqualTo(409);
            assertThat(t.as(Role.ADMIN).send("POST", "/api/spotters/revoke", "{\"pseudonym\":\"nobody\"}").status()).isEqualTo(404);
        }
    }

    @Test
    void withoutASetupSightingsAre503AndAlertsStillListed() {
        try (TestServer t = new TestServer(dir)) {
            assertThat(post(t, "gts_x", WarningForWeb.takeOff(POST)).status()).isEqualTo(503);
            assertThat(t.get("/api/alerts").json().path("running").asBoolean()).isFalse();
            assertThat(t.get("/api/warning/reference").json().path("events")).hasSize(8);
        }
    }
}
