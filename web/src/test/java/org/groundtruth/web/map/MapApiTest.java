package org.groundtruth.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's cell counts and the lists' sort, over a real server and SQLite store. */
class MapApiTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Ariha market").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Ariha, second strike").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(34.7300, 36.7100).on("2015-09-30").titled("Talbiseh").in("Talbiseh", "Homs"));
        t.add(IncidentForTest.at(50.45, 30.52).on("2022-03-01").titled("Kyiv").in("Kyiv", "Kyiv"));
        t.add(IncidentForTest.unplaced("Kafr Zita", "Hama").on("2015-10-05").titled("Unplaced"));
        for (int k = 0; k < 3; k++) t.addDraft(IncidentForTest.at(35.80, 36.60).on("2015-11-30").titled("draft " + k));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void countsEveryMatchPerCellAndThePublicCountsOnlyPublishedIncidents() {
        JsonNode world = t.get("/api/map/cells?zoom=2").json();
        assertThat(world.get("numberMatched").asInt()).as("placed and published: not the unplaced one, not the drafts").isEqualTo(4);
        assertThat(sum(world)).isEqualTo(4);
        JsonNode staff = t.as(Role.VIEWER).get("/api/map/cells?zoom=2").json();
        assertThat(staff.get("numberMatched").asInt()).as("signed in, drafts count").isEqualTo(7);

        JsonNode syria = t.get("/api/map/cells?zoom=9&bbox=35,34,38,37").json();
        assertThat(syria.get("numberMatched").asInt()).isEqualTo(3);
        JsonNode ariha = cellWith(syria, 2);
        assertThat(ariha.get("lat").asDouble()).isEqualTo(35.8126);
        assertThat(ariha.get("bbox").toString()).isEqualTo("[36.6096,35.8126,36.6096,35.8126]");
        assertThat(t.get("/api/map/cells?zoom=9&governorate=Homs").json().get("numberMatched").asInt()).isEqualTo(1);
    }

    @Test
    void refusesAMissingOrImpossibleZoomNamingIt() {
        assertThat(t.get("/api/map/cells").json().get("description").asText()).contains("zoom").contains("required");
        var tooDeep = t.get("/api/map/cells?zoom=21");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.json().get("description").asText()).contains("zoom", "21 is outside 0..20");
        assertThat(t.get("/api/map/cells?zoom=x").status()).isEqualTo(400);
        assertThat(t.get("/api/map/cells?zoom=3&limit=5").status()).as("a count has no pages").isEqualTo(400);
    }

    @Test
    void listsSortByDateNewestFirstAcrossPagesInBothApis() {
        t.add(IncidentForTest.at(35.0, 36.0).on(IncidentDate.inMonth(2015, 11)).titled("November"));
        List<String> json = titles(t.get("/api/incidents?sort=-date&limit=3").json().get("items"), "title");
        assertThat(json).containsExactly("Kyiv", "Ariha, second strike", "Ariha market");
        JsonNode page = t.get("/ogc/collections/incidents/items?sort=-date&limit=3").json();
        assertThat(titles(page.get("features"), "properties")).containsExactly("Kyiv", "Ariha, second strike", "Ariha market");
        String next = null;
        for (JsonNode link : page.get("links")) if (link.get("rel").asText().equals("next")) next = link.get("href").asText();
        assertThat(next).contains("sort=-date");
        JsonNode second = t.get(next.substring(next.indexOf("/ogc/"))).json();
        assertThat(titles(second.get("features"), "properties")).containsExactly("November", "Unplaced", "Talbiseh");
        assertThat(titles(t.get("/api/incidents?sort=date&limit=1").json().get("items"), "title")).containsExactly("Talbiseh");
        var bad = t.get("/api/incidents?sort=newest");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("description").asText()).isEqualTo("sort: must be one of date, -date, recorded, -recorded, updated, -updated");
    }

    private static int sum(JsonNode answer) {
        int n = 0;
        for (JsonNode c : answer.get("cells")) n += c.get("count").asInt();
        return n;
    }

    private static JsonNode cellWith(JsonNode answer, int count) {
        for (JsonNode c : answer.get("cells")) if (c.get("count").asInt() == count) return c;
        throw new AssertionError("no cell of " + count + " in " + answer);
    }

    private static List<String> titles(JsonNode items, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode i : items) out.add(where.equals("title") ? i.get("title").asText() : i.get("properties").get("title").asText());
        return out;
    }
}
