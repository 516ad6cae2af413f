package org.groundtruth.web.api;

import org.groundtruth.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.groundtruth.account.Role;
import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.WeaponReference;
import org.groundtruth.attribution.WeaponTable;
import org.groundtruth.assessment.StatementSource;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attribution, objective analysis, grades and the objectives layer through a real server on a real store. */
class AssessmentApiTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        WeaponTable weapons = new WeaponTable(List.of(new WeaponReference("SY", "Su-34", List.of(), Set.of(Party.RUSSIAN_MILITARY), "IISS 2016")));
        t = new TestServer(dir, WebSettings.local(0).withAssessment(weapons, StatementSource.NONE));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void anIncidentCarriesAttributionObjectiveAnalysisAndGrade() {
        t.as(Role.INVESTIGATOR).send("POST", "/api/objectives", """
                {"name": "Hmeimim", "kind": "airbase", "geometry": {"type": "Point", "coordinates": [35.9487, 35.4011]},
                 "validFrom": "2015-09-30", "party": "Russian military", "source": "MoD 2015"}""");
        Incident i = t.add(IncidentForTest.at(35.8135, 36.6106).on("2015-11-29").hitting(CivilianObject.MARKET).killed(40, 49)
                .weapons("Su-34").titled("Ariha market"));
        JsonNode j = t.get("/api/incidents/" + i.publicId()).json();
        assertThat(j.at("/attribution/verdict").asText()).isEqualTo("Russian military");
        assertThat(j.at("/attribution/candidates/0/evidenceFor/0").asText()).contains("Su-34").contains("IISS 2016");
        assertThat(j.at("/objective_analysis/concern").asText()).isEqualTo("high");
        assertThat(j.at("/objective_analysis/statement").asText()).startsWith("No military objective known within 1 km of a market");
        assertThat(j.at("/objective_analysis/nearest/name").asText()).isEqualTo("Hmeimim");
        assertThat(j.at("/grade/value").asText()).isEqualTo("weak");
        assertThat(j.at("/grade/overridden").asBoolean()).isFalse();
        assertThat(j.at("/grade/reasons/0").asText()).contains("single credible");

        JsonNode ogc = t.get("/ogc/collections/incidents/items/" + i.publicId()).json();
        assertThat(ogc.at("/properties/grade").asText()).isEqualTo("weak");
        assertThat(ogc.at("/properties/attributedTo").asText()).isEqualTo("Russian military");
        assertThat(ogc.at("/properties/objective_analysis/concern").asText()).isEqualTo("high");
    }

    @Test
    void anOverrideNeedsReasonAndAuthorIsKeptAndFiltersFollowIt() {
        Incident i = t.add(IncidentForTest.at(35.8135, 36.6106).on("2015-11-29").by("Russian warplanes").titled("a"));
        t.add(IncidentForTest.at(35.9, 36.7).on("2015-11-29").titled("b"));
        var reviewer = t.as(Role.REVIEWER);
        assertThat(t.send("POST", "/api/incidents/" + i.publicId() + "/grade", """
                {"grade": "fair", "reason": "x"}""").status()).as("the public may not override").isEqualTo(401);
        assertThat(t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + i.publicId() + "/grade", """
                {"grade": "fair", "reason": "x"}""").status()).as("investigators may not override").isEqualTo(403);
        assertThat(reviewer.send("POST", "/api/incidents/" + i.publicId() + "/grade", """
                {"grade": "fair"}""").json().get("description").asText()).contains("reason");
        assertThat(reviewer.send("POST", "/api/incidents/" + i.publicId() + "/grade", """
                {"grade": "likely", "reason": "x"}""").status()).isEqualTo(400);
        var over = reviewer.send("POST", "/api/incidents/" + i.publicId() + "/grade", """
                {"grade": "confirmed", "reason": "MoD accepted it on 2 Dec"}""");
        assertThat(over.status()).as(over.body()).isEqualTo(201);
        assertThat(over.json().get("value").asText()).isEqualTo("confirmed");
        assertThat(over.json().get("computed").asText()).isEqualTo("weak");
        assertThat(over.json().get("by").asText()).isEqualTo("test-reviewer");
        assertThat(t.store.port(AuditLog.PORT).about("incident:" + i.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("grade.override");
            assertThat(e.actor()).contains("test-reviewer");
        });
        assertThat(t.get("/api/incidents/" + i.publicId()).json().at("/grade/by").asText()).as("the public reads no reviewer's name")
                .isEqualTo("a reviewer");
        assertThat(reviewer.get("/api/incidents/" + i.publicId()).json().at("/grade/by").asText()).isEqualTo("test-reviewer");
        assertThat(over.json().at("/history/0/reason").asText()).isEqualTo("MoD accepted it on 2 Dec");

        JsonNode confirmed = t.get("/api/incidents?grade=confirmed").json();
        assertThat(confirmed.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(confirmed.at("/items/0/grade/overridden").asBoolean()).isTrue();
        assertThat(confirmed.at("/items/0/attributedParties/0").asText()).isEqualTo("russian_military");
        assertThat(t.get("/api/incidents?party=russian_military").json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(t.get("/ogc/collections/incidents/items?party=russian_military").json().at("/features/0/properties/grade").asText())
                .isEqualTo("confirmed");
        assertThat(t.get("/api/incidents?grade=likely").json().get("description").asText()).contains("grade").contains("confirmed, fair");
        assertThat(t.get("/api/incidents?party=martians").status()).isEqualTo(400);
        assertThat(t.get("/api/stats?grade=confirmed").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void thePublicsPartyFilterIsNotShapedByDrafts() {
        Incident published = t.add(IncidentForTest.at(35.8135, 36.6106).on("2015-11-29").titled("unattributed strike"));
        for (int k = 0; k < 6; k++) {
            t.addDraft(IncidentForTest.at(35.80 + k * 0.01, 36.60).on("2015-11-2" + (k + 1)).by("Russian warplanes").titled("draft " + k));
        }
        var reviewer = t.as(Role.REVIEWER);
        JsonNode inside = reviewer.get("/api/incidents/" + published.publicId()).json();
        assertThat(inside.at("/attribution/candidates/0/party").asText()).as("signed in, the drafts nearby count as activity")
                .isEqualTo("russian_military");
        assertThat(inside.at("/attribution/verdict").asText()).as("activity alone never names a party (decision 0560)").isEqualTo("unknown");
        assertThat(reviewer.send("POST", "/api/incidents/" + published.publicId() + "/grade", """
                {"grade": "weak", "reason": "one source"}""").status()).isEqualTo(201); // stores the summary
        assertThat(t.get("/api/incidents?party=russian_military").json().get("numberMatched").asInt())
                .as("the stored summary behind the public's filter learns from published incidents only").isZero();
        JsonNode outside = t.get("/api/incidents/" + published.publicId()).json();
        assertThat(outside.at("/attribution/candidates/0/probability").asDouble()).as("the public's page learns nothing from drafts")
                .isEqualTo(outside.at("/attribution/candidates/1/probability").asDouble());
    }

    @Test
    void objectivesCanBeListedCreatedAndEditedAndBadOnesAreNamed() {
        var inv = t.as(Role.INVESTIGATOR);
        assertThat(t.get("/api/objectives").status()).as("the layer is for signed-in users").isEqualTo(401);
        assertThat(t.as(Role.VIEWER).send("POST", "/api/objectives", "{}").status()).isEqualTo(403);
        var created = inv.send("POST", "/api/objectives", """
                {"name": "Front near Latamneh", "kind": "front_line", "wkt": "LINESTRING (36.5 35.3, 36.7 35.35)", "source": "analyst map"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(inv.get("/api/objectives").json().at("/features/0/geometry/type").asText()).isEqualTo("LineString");
        var put = inv.send("PUT", "/api/objectives/" + id, """
                {"name": "Front near Latamneh", "kind": "front_line", "wkt": "LINESTRING (36.5 35.3, 36.8 35.4)",
                 "validTo": "2016-02-01", "source": "analyst map v2"}""");
        assertThat(put.json().at("/properties/validTo").asText()).isEqualTo("2016-02-01");
        assertThat(inv.get("/api/objectives/" + id).json().at("/properties/source").asText()).isEqualTo("analyst map v2");
        assertThat(t.store.port(AuditLog.PORT).about("objective:" + id)).extracting(e -> e.action()).containsExactly("objective.add", "objective.update");
        assertThat(inv.send("POST", "/api/objectives", """
                {"name": "x", "wkt": "POINT (36 35)", "source": "s", "validFrom": "2016-01-01", "validTo": "2015-01-01"}""")
                .json().get("description").asText()).contains("validTo").contains("before");
        assertThat(inv.send("POST", "/api/objectives", """
                {"name": "x", "geometry": {"type": "Point", "coordinates": [200, 35]}, "source": "s"}""")
                .json().get("description").asText()).contains("geometry").contains("longitude 200");
        assertThat(inv.send("POST", "/api/objectives", """
                {"name": "x", "wkt": "POINT (36 35)"}""").json().get("description").asText()).contains("source");
        assertThat(inv.get("/api/objectives/999").status()).isEqualTo(404);
    }
}
