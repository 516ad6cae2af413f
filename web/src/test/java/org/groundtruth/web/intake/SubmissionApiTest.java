package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.evidence.TestImages;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.textintake.IntakeForTest;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.SubmissionThrottle;
import org.groundtruth.textintake.TextStatus;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public submission: anyone sends an account, it waits for a moderator and reaches no incident (let alone the public)
 * before; the contact is sealed and opened only by investigators, on the record; the address is stored nowhere; floods
 * get a 429; files go into the evidence store and follow the account into its incident.
 */
class SubmissionApiTest {
    static final String CONTACT = "+963 944 771 203 Zqxw";
    @TempDir
    Path dir;
    TestServer t;
    final HttpClient http = HttpClient.newHttpClient();

    private void start(IntakeSetup setup, boolean withKey) {
        KeyRing keys = withKey ? KeyRing.of(TestimonyKey.generate(new SecureRandom())) : null;
        t = new TestServer(dir.resolve("data"), store -> IntakeForWeb.settings(store, dir.resolve("evidence"), setup), keys);
    }

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    private TestServer.Answer submit(String body) {
        return t.anonymous().send("POST", "/api/submissions", body);
    }

    private HttpResponse<String> file(String receipt, String name, byte[] bytes) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url("/api/submissions/files"))).POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("X-File-Name", name);
        if (receipt != null) b.header("X-Submission-Receipt", receipt);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAccountWaitsForAModeratorThenItsCandidateAndFilesReachTheIncident() throws Exception {
        start(IntakeForWeb.setup(), true);
        TestServer.Answer a = submit(Json.object().put("text", IntakeForTest.EXAMPLE).put("contact", CONTACT).toString());
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        assertThat(a.json().has("id")).as("no internal number for the public").isFalse();
        String receipt = a.json().get("receipt").asText();
        HttpResponse<String> f = file(receipt, "market.png", TestImages.png(TestImages.scene(3, 64, 48)));
        assertThat(f.statusCode()).as(f.body()).isEqualTo(201);
        assertThat(file("wrong-receipt", "x.png", new byte[] {1}).statusCode()).isEqualTo(404);

        var investigator = t.as(Role.INVESTIGATOR);
        JsonNode queue = t.as(Role.REVIEWER).get("/api/intake/texts?status=awaiting_moderation").json();
        assertThat(queue.get("numberMatched").asInt()).isOne();
        long textId = queue.at("/items/0/id").asLong();
        JsonNode text = investigator.get("/api/intake/texts/" + textId).json();
        assertThat(text.get("hasContact").asBoolean()).isTrue();
        assertThat(text.toString()).as("the contact is not in the text's answer").doesNotContain("944 771");
        assertThat(text.get("evidence")).hasSize(1);
        long candidate = text.at("/candidates/0/id").asLong();
        assertThat(investigator.send("POST", "/api/intake/candidates/" + candidate + "/accept", "{}").status())
                .as("nothing is reviewed before a moderator lets it through").isEqualTo(409);

        // the contact: sealed at rest, opened by an investigator on the record, never by a reviewer
        assertThat(t.as(Role.REVIEWER).get("/api/intake/texts/" + textId + "/contact").status()).isEqualTo(403);
        byte[] sealed = t.store.port(IntakeLedger.PORT).contact(textId).orElseThrow().envelope();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("944");
        assertThat(investigator.get("/api/intake/texts/" + textId + "/contact").json().get("contact").asText()).isEqualTo(CONTACT);
        assertThat(t.store.port(AuditLog.PORT).entries(0, 100, null, null)).extracting(AuditEntry::action).contains("intake.submit", "intake.open-contact");
        assertThat(t.store.port(AuditLog.PORT).entries(0, 100, null, null).toString()).doesNotContain("944 771");

        assertThat(t.as(Role.REVIEWER).send("POST", "/api/intake/texts/" + textId + "/moderation", "{\"decision\": \"let_through\"}").status()).isEqualTo(200);
        assertThat(file(receipt, "late.png", TestImages.png(TestImages.scene(4, 64, 48))).statusCode()).as("files end with moderation").isEqualTo(404);
        TestServer.Answer accepted = investigator.send("POST", "/api/intake/candidates/" + candidate + "/accept", "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String incident = accepted.json().at("/incident/id").asText();
        JsonNode report = investigator.get("/api/incidents/" + incident).json().at("/reports/0");
        assertThat(report.at("/source/name").asText()).isEqualTo("Public submission");
        assertThat(report.toString()).doesNotContain("944 771");
        long incidentNumber = accepted.json().at("/incident/internalId").asLong();
        assertThat(t.store.port(EvidenceLedger.PORT).incidentsOf(text.at("/evidence/0/id").asLong())).contains(incidentNumber);
        assertThat(t.get("/api/incidents/" + incident).status()).as("still a draft: nothing public").isEqualTo(404);
    }

    @Test
    void theSendersAddressIsStoredNowhere() throws Exception {
        start(IntakeForWeb.setup(), true);
        assertThat(submit(Json.object().put("text", IntakeForTest.EXAMPLE).put("contact", CONTACT).toString()).status()).isEqualTo(202);
        t.close();
        t = null;
        try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertThat(raw).as(p.toString()).doesNotContain("127.0.0.1").doesNotContain("944 771");
            }
        }
    }

    @Test
    void aFloodIsRefusedWithTheTimeToWaitAndRefusedAccountsDoNotCount() {
        start(IntakeForWeb.setup().withLimits(new SubmissionThrottle.Limits(2, Duration.ofHours(1), 100, Duration.ofHours(1))), true);
        for (String empty : new String[] {"", "  \n\t "}) {
            TestServer.Answer refused = submit(Json.object().put("text", empty).toString());
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("code").asText()).isEqualTo("EmptyText");   // the page says it in its own language
            assertThat(refused.json().get("description").asText()).contains("empty").doesNotContain("--lang").doesNotContain("language");
        }
        for (int i = 0; i < 2; i++) assertThat(submit(IntakeForWeb.json("A strike hit Ariha " + i)).status()).isEqualTo(202);
        TestServer.Answer third = submit(IntakeForWeb.json("A strike hit Ariha Zqxw"));
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(third.body()).doesNotContain("Zqxw").doesNotContain("127.0.0.1");
        assertThat(t.store.port(IntakeLedger.PORT).count(java.util.Set.of(TextStatus.AWAITING_MODERATION), null)).isEqualTo(2);
    }

    @Test
    void withoutATestimonyKeyAContactIsRefusedAndThePageSaysSo() {
        start(IntakeForWeb.setup(), false);
        assertThat(t.get("/api/submissions/settings").json().get("contact").asBoolean()).isFalse();
        TestServer.Answer a = submit(Json.object().put("text", IntakeForTest.EXAMPLE).put("contact", CONTACT).toString());
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("description").asText()).startsWith("contact:").doesNotContain("944");
        assertThat(submit(IntakeForWeb.json(IntakeForTest.EXAMPLE)).status()).isEqualTo(202);
        TestServer.Answer page = t.get("/submit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/static/submit/submit.js").doesNotContain("https://");
        assertThat(t.get("/static/submit/submit.js").body()).contains("credentials: 'omit'").contains("ar:").contains("uk:");
    }
}
