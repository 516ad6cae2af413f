package org.groundtruth.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.groundtruth.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentApiTest {
    @TempDir
    Path dir;
    TestServer t;
    TestServer.Client inv;

    static final String ARIHA = """
            {"title": "Market in Ariha",
             "summary": "Strikes on the crowded market.",
             "date": {"precision": "exact_time", "firstDay": "2015-11-29", "localTime": "13:45", "utcOffset": "+02:00"},
             "location": {"lat": 35.8126, "lon": 36.6096, "precision": "neighbourhood", "placeName": "Ariha", "governorate": "Idlib", "countryCode": "SY"},
             "casualties": {"killed": {"min": 40, "max": 49}, "childrenKilled": {"min": 5, "max": null}, "injured": 12},
             "objectsHit": ["market", "residential"],
             "perpetrators": ["Russian warplanes"],
             "reports": [{"source": {"name": "Amnesty International", "url": "https://www.amnesty.org/en/documents/mde24/3113/2015/en/"},
                          "text": "Witnesses described the strike on the market.", "language": "en"}]}
            """;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        inv = t.as(Role.INVESTIGATOR);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void createsAnIncidentAndReadsItBackWithItsReport() {
        var created = inv.send("POST", "/api/incidents", ARIHA);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(org.groundtruth.incident.PublicId.isWellFormed(id)).as("the id is the public id").isTrue();
        long internalId = created.json().get("internalId").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/incidents/" + id);
        assertThat(inv.get("/api/incidents/" + internalId).json().get("id").asText()).as("staff may use the number").isEqualTo(id);

        JsonNode i = inv.get("/api/incidents/" + id).json();
        assertThat(i.get("title").asText()).isEqualTo("Market in Ariha");
        assertThat(i.at("/date/display").asText()).isEqualTo("2015-11-29 13:45 +02:00");
        assertThat(i.at("/date/instantUtc").asText()).isEqualTo("2015-11-29T11:45:00Z");
        assertThat(i.at("/location/precision").asText()).isEqualTo("neighbourhood");
        assertThat(i.at("/location/placedBy").asText()).isEqualTo("manual");
        assertThat(i.at("/casualties/killed/display").asText()).isEqualTo("40-49");
        assertThat(i.at("/casualties/childrenKilled/display").asText()).isEqualTo("at least 5");
        assertThat(i.at("/casualties/injured/display").asText()).isEqualTo("12");
        assertThat(i.get("objectsHit").toString()).isEqualTo("[\"residential\",\"market\"]");
        assertThat(i.get("reports")).hasSize(1);
        JsonNode report = i.get("reports").get(0);
        assertThat(report.at("/source/name").asText()).isEqualTo("Amnesty International");
        assertThat(report.at("/source/dataset").asText()).isEqualTo("manual");
        assertThat(report.at("/source/url").asText()).startsWith("https://www.amnesty.org/");
        assertThat(report.get("originKey").asText()).startsWith("manual:");
        assertThat(report.get("revisions").isArray()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\":\"x\"} | date",
            "{\"date\":\"2015-02-30\"} | date",
            "{\"date\":\"2015-11-29\",\"titel\":\"x\"} | titel",
            "{\"date\":\"2015-11-29\",\"location\":{\"lat\":95,\"lon\":36,\"precision\":\"town\"}} | location.lat",
            "{\"date\":\"2015-11-29\",\"location\":{\"lat\":35,\"lon\":36}} | location.precision",
            "{\"date\":\"2015-11-29\",\"location\":{\"lat\":35}} | location.lon",
            "{\"date\":\"2015-11-29\",\"casualties\":{\"killed\":{\"min\":9,\"max\":3}}} | casualties.killed",
            "{\"date\":\"2015-11-29\",\"casualties\":{\"killed\":-1}} | casualties.killed",
            "{\"date\":\"2015-11-29\",\"objectsHit\":[\"castle\"]} | objectsHit",
            "{\"date\":{\"precision\":\"day\",\"firstDay\":\"2015-11-29\",\"localTime\":\"10:00\"}} | date",
            "{\"date\":{\"precision\":\"fortnight\",\"firstDay\":\"2015-11-29\"}} | date.precision",
            "{\"date\":\"2015-11-29\",\"reports\":[{\"text\":\"no source\"}]} | reports[0].source",
            "{\"date\":\"2015-11-29\",\"reports\":[{\"source\":{\"name\":\"x\",\"url\":\"javascript:alert(1)\"}}]} | reports[0].source.url",
            "[1,2] | body",
            "{broken | body",
    })
    void refusesBadInputNamingTheField(String body, String field) {
        var a = inv.send("POST", "/api/incidents", body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().get("description").asText()).startsWith(field + ":");
        assertThat(inv.get("/api/incidents").json().get("numberMatched").asInt()).isZero();
    }

    @Test
    void patchCorrectsOnlyTheGivenFieldsAndMarksTheIncidentEditedByHand() {
        // a draft: changed at once (a published incident's corrections wait for a reviewer: CorrectionsTest)
        Incident stored = t.addDraft(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Ariha").in("Ariha", "Idlib")
                .hitting(CivilianObject.MARKET).by("Russian warplanes").killed(40, 49));
        var a = inv.send("PATCH", "/api/incidents/" + stored.publicId(), """
                {"casualties": {"killed": {"min": 44, "max": 49}}, "perpetrators": ["Russian or Syrian government forces"]}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode i = inv.get("/api/incidents/" + stored.publicId()).json();
        assertThat(i.get("editedByHand").asBoolean()).isTrue();
        assertThat(i.at("/casualties/killed/display").asText()).isEqualTo("44-49");
        assertThat(i.get("perpetrators").get(0).asText()).isEqualTo("Russian or Syrian government forces");
        assertThat(i.get("title").asText()).isEqualTo("Ariha");
        assertThat(i.at("/location/placedBy").asText()).isEqualTo("source");
        assertThat(i.get("objectsHit").get(0).asText()).isEqualTo("market");

        var moved = inv.send("PATCH", "/api/incidents/" + stored.publicId(), "{\"location\": {\"lat\": 35.8140, \"lon\": 36.6120, \"precision\": \"exact\"}}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().at("/location/placedBy").asText()).isEqualTo("manual");
        assertThat(moved.json().at("/location/placeName").asText()).isEqualTo("Ariha");
        assertThat(moved.json().at("/location/precision").asText()).isEqualTo("exact");

        var month = inv.send("PATCH", "/api/incidents/" + stored.publicId(), "{\"date\": \"2015-11\"}");
        assertThat(month.json().at("/date/display").asText()).isEqualTo("2015-11 (month)");

        var bad = inv.send("PATCH", "/api/incidents/" + stored.publicId(), "{\"location\": {\"lat\": 200}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("description").asText()).startsWith("location.lat:");
        assertThat(inv.get("/api/incidents/" + stored.publicId()).json().at("/location/lat").asDouble()).isEqualTo(35.8140);
    }

    @Test
    void reportsCanBeAddedAndShowWithTheirSource() {
        Incident stored = t.addDraft(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Ariha"));
        var a = inv.send("POST", "/api/incidents/" + stored.publicId() + "/reports",
                "{\"source\": {\"name\": \"Local Coordination Committee\", \"url\": \"https://example.org/lcc/1\"}, \"text\": \"Three strikes.\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode i = inv.get("/api/incidents/" + stored.publicId()).json();
        assertThat(i.get("reports")).hasSize(2);
        assertThat(i.get("reportCount").asInt()).isEqualTo(2);
        assertThat(i.findValuesAsText("name")).contains("Local Coordination Committee");
    }

    @Test
    void thePublicSeesPublicIdsOnlyAndAnInternalNumberIsNoIncident() {
        var published = t.add(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Ariha market").in("Ariha", "Idlib"));
        JsonNode i = t.get("/api/incidents/" + published.publicId()).json();
        assertThat(i.get("id").asText()).isEqualTo(published.publicId());
        assertThat(i.has("internalId")).isFalse();
        for (JsonNode r : i.get("reports")) {
            assertThat(r.has("id")).as("report numbers count unpublished reports too").isFalse();
            assertThat(r.get("incidentId").asText()).isEqualTo(published.publicId());
            for (JsonNode rev : r.get("revisions")) assertThat(rev.has("importId")).isFalse();
        }
        JsonNode item = t.get("/api/incidents").json().get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(published.publicId());
        assertThat(item.has("internalId")).isFalse();
        var byNumber = t.get("/api/incidents/" + published.id());
        assertThat(byNumber.status()).isEqualTo(404);
        assertThat(byNumber.body().replace(Long.toString(published.id()), "N"))
                .isEqualTo(t.get("/api/incidents/987654321").body().replace("987654321", "N"));
        assertThat(t.get("/incidents/" + published.id()).status()).isEqualTo(404);
        JsonNode staff = inv.get("/api/incidents/" + published.publicId()).json();
        assertThat(staff.get("internalId").asLong()).isEqualTo(published.id());
        assertThat(staff.at("/reports/0/id").asLong()).isEqualTo(published.reports().getFirst().id());
    }

    @Test
    void missingIncidentsAre404() {
        assertThat(inv.get("/api/incidents/424242").status()).isEqualTo(404);
        assertThat(inv.send("PATCH", "/api/incidents/424242", "{\"title\":\"x\"}").status()).isEqualTo(404);
        assertThat(inv.send("POST", "/api/incidents/424242/reports", "{\"source\":{\"name\":\"x\"}}").status()).isEqualTo(404);
        assertThat(inv.get("/api/incidents/abc").status()).as("neither a public id nor a number: no incident").isEqualTo(404);
        assertThat(inv.get("/api/incidents/" + org.groundtruth.incident.PublicId.next()).status()).isEqualTo(404);
        assertThat(inv.get("/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void listAndStatsShareTheFilters() {
        t.add(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Ariha market").in("Ariha", "Idlib").hitting(CivilianObject.MARKET));
        t.add(IncidentForTest.at(34.73, 36.71).on("2015-10-15").titled("Talbiseh homes").in("Talbiseh", "Homs").hitting(CivilianObject.RESIDENTIAL));
        t.add(IncidentForTest.at(34.74, 36.72).on("2015-10-16").titled("Talbiseh mosque").in("Talbiseh", "Homs").hitting(CivilianObject.PLACE_OF_WORSHIP));
        t.add(IncidentForTest.unplaced(null, null).on("2015-10-20").titled("Unplaced").in(null, "Hama"));

        JsonNode list = inv.get("/api/incidents?governorate=Homs").json();
        assertThat(list.get("numberMatched").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(0).has("reports")).isFalse();
        JsonNode first = inv.get("/api/incidents?limit=3").json();
        assertThat(first.get("items")).hasSize(3);
        String next = first.get("links").get(0).get("href").asText();
        assertThat(next).isEqualTo("/api/incidents?limit=3&offset=3");
        JsonNode second = inv.get(next).json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("links").get(0).get("rel").asText()).isEqualTo("prev");

        JsonNode stats = inv.get("/api/stats").json();
        assertThat(stats.get("total").asInt()).isEqualTo(4);
        assertThat(stats.get("placed").asInt()).isEqualTo(3);
        assertThat(stats.at("/perMonth/2015-10").asInt()).isEqualTo(3);
        assertThat(stats.at("/perWeek/2015-10-12").asInt()).isEqualTo(2);
        assertThat(stats.at("/perDay/2015-11-29").asInt()).isEqualTo(1);
        assertThat(stats.at("/perGovernorate/Homs").asInt()).isEqualTo(2);
        assertThat(stats.at("/perObject/market").asInt()).isEqualTo(1);
        assertThat(inv.get("/api/stats?datetime=2015-10-01/2015-10-31").json().get("total").asInt()).isEqualTo(3);
        assertThat(inv.get("/api/stats?limit=3").status()).isEqualTo(400);

        JsonNode gov = inv.get("/api/governorates").json();
        assertThat(gov.get("governorates").toString()).as("only where incidents lie").isEqualTo("[\"Hama\",\"Homs\",\"Idlib\"]");
        assertThat(gov.get("known").toString()).contains("Aleppo", "Homs", "Idlib", "Hama", "Latakia");
        assertThat(gov.get("objects")).hasSize(CivilianObject.values().length);
        assertThat(inv.get("/api/imports").json().get("imports").isArray()).isTrue();
        assertThat(inv.get("/api/ui-settings").json().get("tileUrlTemplate").isNull()).isTrue();
    }
}
