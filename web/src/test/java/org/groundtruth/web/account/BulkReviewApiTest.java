package org.groundtruth.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/reviews: an import or a filter reviewed at once, through the workflow's moves, as one audited act. */
class BulkReviewApiTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    long importRows(String governorate, int n) {
        try (ImportWriter w = t.store.incidents().beginImport(new ImportMeta(governorate + ".csv", "test", null, "cli:amal"))) {
            for (int k = 0; k < n; k++) {
                w.upsert(IncidentForTest.at(35.9 + k * 0.001, 36.6).on("2016-02-0" + (1 + k % 9)).in("Town " + k, governorate).titled("strike " + k)
                        .record(governorate + "-" + k));
            }
            return w.commit().id();
        }
    }

    String body(String selection, String to, String reason, boolean dryRun) {
        return "{" + selection + ", \"to\": \"" + to + "\"" + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + ", \"dryRun\": " + dryRun + "}";
    }

    @Test
    void anImportIsSubmittedThenPublishedAndThePublicSeesItAll() {
        long idlib = importRows("Idlib", 12);
        importRows("Homs", 3);
        assertThat(t.get("/api/incidents").json().get("numberMatched").asInt()).isZero();

        TestServer.Answer submitted = t.as(Role.INVESTIGATOR).send("POST", "/api/reviews", body("\"import\": " + idlib, "in_review", "rows checked", false));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("moved").asInt()).isEqualTo(12);
        assertThat(submitted.json().get("incidents")).hasSize(12);

        // a dry run says what would happen and changes nothing
        TestServer.Answer preview = t.as(Role.REVIEWER).send("POST", "/api/reviews", body("\"filter\": \"governorate=Idlib\"", "published", "two sources", true));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("selected").asInt()).isEqualTo(12);
        assertThat(preview.json().get("moved").asInt()).isEqualTo(12);
        assertThat(preview.json().has("incidents")).isFalse();
        assertThat(t.get("/api/incidents").json().get("numberMatched").asInt()).isZero();

        TestServer.Answer published = t.as(Role.REVIEWER).send("POST", "/api/reviews", body("\"filter\": \"governorate=Idlib\"", "published", "two sources", false));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("moved").asInt()).isEqualTo(12);
        assertThat(published.json().get("selection").asText()).isEqualTo("governorate=Idlib");
        JsonNode list = t.get("/api/incidents?limit=100").json();
        assertThat(list.get("numberMatched").asInt()).isEqualTo(12);
        List<String> shown = new ArrayList<>();
        list.get("items").forEach(i -> shown.add(i.get("id").asText()));
        List<String> answered = new ArrayList<>();
        published.json().get("incidents").forEach(i -> answered.add(i.asText()));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(shown);

        // Homs stays in draft: a draft is never published directly, even in bulk
        TestServer.Answer homs = t.as(Role.REVIEWER).send("POST", "/api/reviews", body("\"filter\": \"governorate=Homs\"", "published", "x", false));
        assertThat(homs.json().get("moved").asInt()).isZero();
        assertThat(homs.json().at("/left/draft").asInt()).isEqualTo(3);

        AuditEntry act = t.store.port(AuditLog.PORT).entries(0, 100, null, "review.bulk").getLast();
        assertThat(act.actor()).isEqualTo("user:test-reviewer");
        assertThat(act.reason()).isEqualTo("two sources");
        assertThat(act.subject()).isEqualTo("incidents:filter");
        for (Incident i : t.store.incidents().search(IncidentQuery.all().withGovernorate("Idlib")).items()) assertThat(act.after()).contains(String.valueOf(i.id()));
        assertThat(t.store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void badRequestsAreNamedAndChangeNothing() {
        long id = importRows("Idlib", 2);
        TestServer.Client reviewer = t.as(Role.REVIEWER);
        TestServer.Client viewer = t.as(Role.VIEWER);
        long entries = t.store.port(AuditLog.PORT).count();
        assertThat(reviewer.send("POST", "/api/reviews", body("\"import\": " + id, "in_review", null, false)).body()).contains("reason");
        assertThat(reviewer.send("POST", "/api/reviews", body("\"import\": " + id, "in_review", null, false)).status()).isEqualTo(400);
        assertThat(reviewer.send("POST", "/api/reviews", body("\"import\": " + id + ", \"filter\": \"q=x\"", "in_review", "r", false)).status()).isEqualTo(400);
        assertThat(reviewer.send("POST", "/api/reviews", "{\"to\": \"in_review\", \"reason\": \"r\"}").status()).isEqualTo(400);
        TestServer.Answer unknownFilter = reviewer.send("POST", "/api/reviews", body("\"filter\": \"limit=5\"", "in_review", "r", false));
        assertThat(unknownFilter.status()).isEqualTo(400);
        assertThat(unknownFilter.body()).contains("filter");
        assertThat(reviewer.send("POST", "/api/reviews", body("\"filter\": \"datetime=2016-13-01\"", "in_review", "r", false)).status()).isEqualTo(400);
        assertThat(reviewer.send("POST", "/api/reviews", body("\"import\": 999", "in_review", "r", false)).status()).isEqualTo(404);
        assertThat(reviewer.send("POST", "/api/reviews", body("\"import\": " + id, "nowhere", "r", false)).status()).isEqualTo(400);
        assertThat(viewer.send("POST", "/api/reviews", body("\"import\": " + id, "in_review", "r", false)).status()).isEqualTo(403);
        assertThat(t.send("POST", "/api/reviews", body("\"import\": " + id, "in_review", "r", false)).status()).isEqualTo(401);
        assertThat(t.store.port(AuditLog.PORT).count()).isEqualTo(entries);
    }
}
