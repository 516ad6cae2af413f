package org.groundtruth.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections to a published incident wait for a reviewer (issue 9, item 8): the public (JSON API, OGC API, search,
 * stats) sees the published version until a reviewer publishes them; the team sees both and the difference; the
 * reason is required and kept in the audit entry.
 */
class CorrectionsTest {
    @TempDir
    Path dir;
    TestServer t;
    Incident ariha;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike in Ariha").in("Ariha", "Idlib").killed(40, 49)
                .hitting(CivilianObject.MARKET));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    String publicText() {
        return t.get("/api/incidents/" + ariha.publicId()).body() + t.get("/ogc/collections/incidents/items/" + ariha.publicId()).body()
                + t.get("/ogc/collections/incidents/items?limit=100").body() + t.get("/api/incidents?limit=100").body();
    }

    @Test
    void aPatchAndANewReportWaitForAReviewerAndThePublicSeesThePublishedVersion() {
        TestServer.Client inv = t.as(Role.INVESTIGATOR);
        TestServer.Client reviewer = t.as(Role.REVIEWER);
        String correction = "{\"title\": \"Strike on the Ariha vegetable market\", \"casualties\": {\"killed\": {\"min\": 44, \"max\": 49}}";
        TestServer.Answer noReason = inv.send("PATCH", "/api/incidents/" + ariha.publicId(), correction + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("description").asText()).startsWith("reason: a correction to a published incident needs a reason");

        TestServer.Answer held = inv.send("PATCH", "/api/incidents/" + ariha.publicId(), correction + ", \"reason\": \"two witnesses name the vegetable market\"}");
        assertThat(held.status()).as(held.body()).isEqualTo(202);
        assertThat(held.json().get("title").asText()).isEqualTo("Strike in Ariha");
        JsonNode pending = held.json().get("pendingRevision");
        assertThat(pending.at("/facts/title").asText()).isEqualTo("Strike on the Ariha vegetable market");
        assertThat(pending.get("changes").toString()).contains("{\"field\":\"title\",\"published\":\"Strike in Ariha\",\"pending\":\"Strike on the Ariha vegetable market\"}")
                .contains("\"field\":\"casualties.killed\"");
        assertThat(pending.get("changes")).hasSize(2);
        assertThat(pending.at("/corrections/0/reason").asText()).isEqualTo("two witnesses name the vegetable market");

        TestServer.Answer report = inv.send("POST", "/api/incidents/" + ariha.publicId() + "/reports",
                "{\"source\": {\"name\": \"Witness W-7\"}, \"text\": \"the vegetable market, at noon\", \"reason\": \"شاهد ثانٍ\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(202);
        assertThat(report.json().at("/pendingRevision/reports/0/text").asText()).isEqualTo("the vegetable market, at noon");

        // the public: the published version everywhere, and no trace of what waits
        String seen = publicText();
        assertThat(seen).contains("Strike in Ariha").doesNotContain("vegetable").doesNotContain("pendingRevision").doesNotContain("Witness W-7");
        assertThat(t.get("/api/incidents?q=vegetable").json().get("numberMatched").asInt()).isZero();
        assertThat(t.get("/ogc/collections/incidents/items?q=vegetable").json().get("numberMatched").asInt()).isZero();
        assertThat(t.get("/api/incidents/" + ariha.publicId()).json().get("reports")).hasSize(1);

        // the team: both versions and the difference, with who and why
        JsonNode team = inv.get("/api/incidents/" + ariha.publicId()).json();
        assertThat(team.get("title").asText()).isEqualTo("Strike in Ariha");
        assertThat(team.at("/pendingRevision/facts/title").asText()).isEqualTo("Strike on the Ariha vegetable market");
        assertThat(team.at("/pendingRevision/corrections")).hasSize(2);
        assertThat(team.at("/pendingRevision/corrections/1/reason").asText()).isEqualTo("شاهد ثانٍ");

        // a second correction builds on the first
        assertThat(inv.send("PATCH", "/api/incidents/" + ariha.publicId(), "{\"summary\": \"At noon.\", \"reason\": \"time of day\"}").status()).isEqualTo(202);
        assertThat(inv.get("/api/incidents/" + ariha.publicId()).json().at("/pendingRevision/facts/title").asText()).isEqualTo("Strike on the Ariha vegetable market");

        // only a reviewer publishes
        assertThat(inv.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"publish\"}").status()).isEqualTo(403);
        assertThat(t.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"publish\"}").status()).isEqualTo(401);
        TestServer.Answer published = reviewer.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"publish\", \"reason\": \"checked\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        JsonNode now = t.get("/api/incidents/" + ariha.publicId()).json();
        assertThat(now.get("title").asText()).isEqualTo("Strike on the Ariha vegetable market");
        assertThat(now.get("summary").asText()).isEqualTo("At noon.");
        assertThat(now.get("reports")).hasSize(2);
        assertThat(t.get("/api/incidents?q=vegetable").json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(t.get("/ogc/collections/incidents/items/" + ariha.publicId()).body()).contains("Strike on the Ariha vegetable market");
        assertThat(inv.get("/api/incidents/" + ariha.publicId()).json().get("pendingRevision").isNull()).isTrue();
        assertThat(reviewer.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"publish\"}").status()).isEqualTo(409);

        List<AuditEntry> about = t.store.port(AuditLog.PORT).about("incident:" + ariha.id());
        assertThat(about).extracting(e -> e.action() + " by " + e.actor() + ": " + e.reason()).containsSubsequence(
                "revision.propose by user:test-investigator: two witnesses name the vegetable market",
                "revision.propose by user:test-investigator: شاهد ثانٍ",
                "revision.propose by user:test-investigator: time of day",
                "revision.publish by user:test-reviewer: checked");
        assertThat(t.store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void aDiscardNeedsAReasonAndLeavesThePublishedVersion() {
        TestServer.Client inv = t.as(Role.INVESTIGATOR);
        TestServer.Client reviewer = t.as(Role.REVIEWER);
        assertThat(inv.with("X-Change-Reason", "header reason").send("PATCH", "/api/incidents/" + ariha.publicId(), "{\"title\": \"Wrong\"}").status()).isEqualTo(202);
        assertThat(reviewer.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"discard\"}").status()).isEqualTo(400);
        assertThat(reviewer.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"shelve\", \"reason\": \"x\"}").status()).isEqualTo(400);
        assertThat(reviewer.send("POST", "/api/incidents/" + ariha.publicId() + "/revision", "{\"action\": \"discard\", \"reason\": \"no source\"}").status()).isEqualTo(200);
        assertThat(t.get("/api/incidents/" + ariha.publicId()).json().get("title").asText()).isEqualTo("Strike in Ariha");
        assertThat(inv.get("/api/incidents/" + ariha.publicId()).json().get("pendingRevision").isNull()).isTrue();
        assertThat(t.store.port(AuditLog.PORT).about("incident:" + ariha.id()).getLast().action()).isEqualTo("revision.discard");
        // a draft is still corrected at once, without a reason
        Incident draft = t.addDraft(IncidentForTest.at(35.9, 36.6).on("2016-01-01").titled("Draft"));
        assertThat(inv.send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\": \"Draft, corrected\"}").status()).isEqualTo(200);
        assertThat(inv.get("/api/incidents/" + draft.publicId()).json().get("title").asText()).isEqualTo("Draft, corrected");
    }
}
