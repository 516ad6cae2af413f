package org.groundtruth.web.api;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.merging.MergeLedger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeWorkflow;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeApiTest {
    @TempDir
    Path dir;
    TestServer t;
    TestServer.Client r; // a reviewer
    long a, b, c;

    static IncidentFacts exact(double lat, double lon, int minute) {
        IncidentFacts f = IncidentForTest.at(lat, lon).on(IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(12, minute), ZoneOffset.ofHours(2)))
                .hitting(CivilianObject.MARKET).titled("Market in Ariha").facts();
        return f.withLocation(new Location(new Coordinates(lat, lon), LocationPrecision.EXACT, null, "Ariha", "Idlib", null, "SY", PlacedBy.SOURCE));
    }

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        // three documents: one source reporting all three would say three strikes (decision 0564)
        a = t.add(exact(35.8100, 36.6100, 0), "https://example.org/a").id();
        b = t.add(exact(35.8102, 36.6100, 5), "https://example.org/b").id();
        c = t.add(IncidentForTest.at(35.8101, 36.6101).on("2015-11-29").titled("Airstrikes on Ariha").facts(), "https://example.org/c").id();
        MergeWorkflow.run(t.store.port(MergeLedger.PORT), MergeParameters.DEFAULT, 0.95, "system:merge");
        r = t.as(org.groundtruth.account.Role.REVIEWER);
    }

    @Test
    void onlyInvestigatorsAndReviewersSeeOrDecideMerges() {
        assertThat(t.get("/api/merges").status()).isEqualTo(401);
        assertThat(t.send("POST", "/api/merges/1/apply", "{}").status()).isEqualTo(401);
        assertThat(t.as(org.groundtruth.account.Role.VIEWER).get("/api/merges").status()).isEqualTo(200);
        assertThat(t.as(org.groundtruth.account.Role.VIEWER).send("POST", "/api/merges/1/apply", "{}").status()).isEqualTo(403);
        assertThat(t.as(org.groundtruth.account.Role.INVESTIGATOR).get("/api/merges").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void theQueueShowsBothIncidentsWithReasonAndConfidence() {
        JsonNode page = r.get("/api/merges").json();
        assertThat(page.get("status").asText()).isEqualTo("pending");
        assertThat(page.get("numberMatched").asLong()).isEqualTo(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("confidence").asDouble()).isBetween(0.0, 0.95);
        assertThat(first.get("reason").asText()).contains("apart").contains("objects hit known for one only");
        assertThat(first.get("incidents")).hasSize(2);
        assertThat(first.at("/incidents/1/internalId").asLong()).isEqualTo(c);
        assertThat(first.at("/incidents/1/title").asText()).isEqualTo("Airstrikes on Ariha");

        JsonNode applied = r.get("/api/merges?status=applied").json();
        assertThat(applied.at("/items/0/automatic").asBoolean()).isTrue();
        assertThat(applied.at("/items/0/incidents/1/mergedInto").asLong()).isEqualTo(a);
        assertThat(applied.at("/items/0/incidents/0/reportCount").asInt()).isEqualTo(2);
        assertThat(r.get("/api/incidents/" + b).json().get("mergedInto").asText()).as("the survivor's public id")
                .isEqualTo(t.store.incidents().find(a).orElseThrow().publicId());
        assertThat(r.get("/api/incidents/" + a).json().get("mergedInto").isNull()).isTrue();
        assertThat(r.get("/api/incidents/" + a).json().get("reports")).hasSize(2);
        // the merged incident is hidden from the incident list
        assertThat(r.get("/api/incidents").json().get("numberMatched").asLong()).isEqualTo(2);
    }

    @Test
    void acceptUndoRejectAndClearErrors() {
        long id = r.get("/api/merges").json().at("/items/0/id").asLong();
        var accepted = r.send("POST", "/api/merges/" + id + "/apply", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("applied");
        assertThat(accepted.json().get("decidedBy").asText()).startsWith("user:");
        assertThat(t.store.port(AuditLog.PORT).verify()).isEmpty();

        var again = r.send("POST", "/api/merges/" + id + "/apply", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("description").asText()).contains("is already applied");

        var undone = r.send("POST", "/api/merges/" + id + "/undo", "{}");
        assertThat(undone.json().get("status").asText()).isEqualTo("pending");
        var undoAgain = r.send("POST", "/api/merges/" + id + "/undo", "{}");
        assertThat(undoAgain.status()).isEqualTo(409);
        assertThat(undoAgain.json().get("description").asText()).isEqualTo("merge proposal " + id + " is pending, not applied: nothing to undo");

        var rejected = r.send("POST", "/api/merges/" + id + "/reject", "{\"note\": \"different strikes\"}");
        assertThat(rejected.json().get("status").asText()).isEqualTo("rejected");
        JsonNode detail = r.get("/api/merges/" + id).json();
        assertThat(detail.get("note").asText()).isEqualTo("different strikes");
        assertThat(detail.get("history").findValuesAsText("action")).containsExactly("proposed", "applied", "undone", "rejected");

        assertThat(r.get("/api/merges/999").status()).isEqualTo(404);
        assertThat(r.send("POST", "/api/merges/999/apply", "{}").status()).isEqualTo(404);
        assertThat(r.get("/api/merges/x").status()).isEqualTo(400);
        assertThat(r.get("/api/merges?status=done").json().get("description").asText()).contains("unknown merge status (pending").doesNotContain("done");
        assertThat(r.get("/api/merges?sort=x").status()).isEqualTo(400);
        assertThat(r.send("POST", "/api/merges/" + id + "/reject", "{\"note\": 5}").status()).isEqualTo(400);
    }
}
