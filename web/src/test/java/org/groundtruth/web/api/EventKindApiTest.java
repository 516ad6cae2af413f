package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.account.Role;
import org.groundtruth.assessment.StatementSource;
import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.WeaponReference;
import org.groundtruth.attribution.WeaponTable;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 1 through the API: the event kind is in incident JSON and OGC features and filters both; a ground
 * battle is not attributed to the parties that fly strikes (UCDP's "Government of Syria - IS" battle named the
 * government: it was "Russian military or Syrian government"); and a toll nobody counted is null, not 0.
 */
class EventKindApiTest {
    @TempDir
    Path dir;
    TestServer t;
    Incident strike, missile, battle;

    @BeforeEach
    void start() {
        WeaponTable weapons = new WeaponTable(List.of(new WeaponReference("SY", "Su-34", List.of(), Set.of(Party.RUSSIAN_MILITARY), "IISS 2016")));
        t = new TestServer(dir, WebSettings.local(0).withAssessment(weapons, StatementSource.NONE));
        strike = t.add(IncidentForTest.at(35.8135, 36.6106).on("2016-02-10").killed(3, 3).by("Government of Syria").titled("Air strike"));
        missile = t.add(IncidentForTest.at(35.9, 36.6).on("2016-02-10").kind(EventKind.MISSILE).titled("Missile"));
        battle = t.add(IncidentForTest.at(36.2, 37.1).on("2016-02-11").kind(EventKind.GROUND_FIGHTING)
                .by("Government of Syria").titled("Battle with IS"));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void theKindIsInTheJsonAndFiltersTheApiTheMapAndTheOgcItems() {
        assertThat(t.get("/api/incidents/" + battle.publicId()).json().get("kind").asText()).isEqualTo("ground_fighting");
        assertThat(titles(t.get("/api/incidents?kind=strikes").json().get("items"))).containsExactlyInAnyOrder("Air strike", "Missile");
        assertThat(titles(t.get("/api/incidents").json().get("items"))).as("no kind: every kind").hasSize(3);
        assertThat(titles(t.get("/api/incidents?kind=ground_fighting,shelling").json().get("items"))).containsExactly("Battle with IS");
        JsonNode items = t.get("/ogc/collections/incidents/items?kind=strikes").json();
        assertThat(items.get("numberMatched").asInt()).isEqualTo(2);
        assertThat(items.at("/features/0/properties/kind").asText()).isIn("air_strike", "missile");
        assertThat(t.get("/api/stats?kind=strikes").json().get("total").asInt()).isEqualTo(2);
        var bad = t.get("/api/incidents?kind=airstrike-ish");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("kind").contains("strikes, all, air_strike");
    }

    @Test
    void aGroundBattleIsNotAttributedToThePartiesThatFlyStrikes() {
        JsonNode j = t.get("/api/incidents/" + battle.publicId()).json();
        assertThat(j.at("/attribution/verdict").asText()).isEqualTo("unknown");
        assertThat(j.at("/attribution/explanation").asText()).contains("ground fighting").contains("not a strike");
        JsonNode s = t.get("/api/incidents/" + strike.publicId()).json();
        assertThat(s.at("/attribution/verdict").asText()).isEqualTo("Syrian government");
    }

    @Test
    void aTollNobodyCountedIsNullAndACountedZeroIsZero() {
        t.add(IncidentForTest.at(35.5, 36.5).on("2016-02-12").killed(0, 0).titled("Nobody killed"));
        JsonNode uncounted = t.get("/api/incidents/" + missile.publicId()).json();
        assertThat(uncounted.at("/casualties/killed/min").isNull()).isTrue();
        assertThat(uncounted.at("/casualties/killed/max").isNull()).isTrue();
        JsonNode feature = t.get("/ogc/collections/incidents/items/" + missile.publicId()).json();
        assertThat(feature.at("/properties/killedMin").isNull()).isTrue();
        assertThat(feature.at("/properties/killedMax").isNull()).isTrue();
        JsonNode zero = t.get("/ogc/collections/incidents/items?q=nobody").json();
        assertThat(zero.at("/features/0/properties/killedMin").asInt(-1)).isZero();
    }

    @Test
    void aNewIncidentCarriesTheKindItWasGiven() {
        var created = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents", """
                {"title": "Shelling of Kafr Nabl", "kind": "shelling", "date": "2016-02-13",
                 "location": {"lat": 35.61, "lon": 36.56, "precision": "town"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("kind").asText()).isEqualTo("shelling");
        var refused = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents", """
                {"title": "x", "kind": "bombing", "date": "2016-02-13"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("kind");
    }

    private static List<String> titles(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("title").asText()));
        return out;
    }
}
