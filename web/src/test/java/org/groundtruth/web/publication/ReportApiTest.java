package org.groundtruth.web.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.place.Coordinates;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's life over HTTP on a real server and store: drafted and edited by an investigator (stale edits refused),
 * previewed, submitted, published by a reviewer (the version frozen, its SHA-256 served and in the audit chain),
 * revised and republished with version 1 unchanged, retracted; what the public sees at each step; and no witness,
 * spotter or unpublished incident in what is published.
 */
class ReportApiTest {
    static final String WITNESS = "Farida Leakwitness";
    static final String SPOTTER = "Spotter Nightjar";
    static final String DRAFT = "Qwertyville";

    @TempDir
    Path dir;
    TestServer t;
    Incident ariha;
    Incident draft;

    @BeforeEach
    void start() {
        t = new TestServer(dir, KeyRing.of(TestimonyKey.generate(new SecureRandom())));
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").killed(40, 49));
        t.add(IncidentForTest.at(34.73, 36.72).on("2015-10-15").titled("Bakery in Talbiseh").in("Talbiseh", "Homs"));
        draft = t.addDraft(IncidentForTest.at(35.9, 36.6).on("2015-11-20").titled("Strike at " + DRAFT).in(DRAFT, "Idlib"));
        TestServer.Answer added = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + ariha.publicId() + "/testimony", """
                {"pseudonym": "Witness A", "interviewer": "R. Investigator", "interviewedOn": "2015-12-02", "language": "en",
                 "text": "The market was full when the first bomb fell.", "consent": "publish_anonymised",
                 "identity": {"name": "%s", "contact": null}}""".formatted(WITNESS));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        t.store.port(SightingLedger.PORT).addSpotter(SPOTTER, List.of(new Post("Tell Leakpost", new Coordinates(35.5, 36.0))), "d".repeat(64));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private record Bytes(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Bytes bytes(TestServer.Client client, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url(path)));
        client.headers().forEach(b::header);
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    @Test
    void aReportIsDraftedReviewedPublishedFrozenRevisedAndRetracted() throws Exception {
        TestServer.Client inv = t.as(Role.INVESTIGATOR), rev = t.as(Role.REVIEWER), pub = t.anonymous();
        TestServer.Answer created = inv.send("POST", "/api/reports", """
                {"title": "Civilians under fire", "filter": "from=2015-09-30;to=2015-11-29", "introduction": "We documented two attacks."}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asText()).isEqualTo("draft");
        assertThat(pub.get("/api/reports/" + id).status()).as("the public does not see drafts").isEqualTo(404);
        assertThat(pub.get("/api/reports").json().get("items")).isEmpty();
        assertThat(t.as(Role.VIEWER).send("POST", "/api/reports", "{\"title\": \"x\"}").status()).isEqualTo(403);

        TestServer.Answer saved = inv.send("PUT", "/api/reports/" + id, """
                {"revision": 1, "recommendations": ["Stop attacking markets.", "Investigate."], "conclusions": "Some may amount to war crimes."}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("revision").asInt()).isEqualTo(2);
        assertThat(saved.json().get("introduction").asText()).as("fields left out keep their values").isEqualTo("We documented two attacks.");
        TestServer.Answer stale = inv.send("PUT", "/api/reports/" + id, "{\"revision\": 1, \"title\": \"Stale\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("description").asText()).contains("since revision 1");

        Bytes preview = bytes(t.as(Role.VIEWER), "/api/reports/" + id + "/preview/preview.pdf");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("application/pdf"); // the server names UTF-8 on every answer (decision 0410)
        assertThat(preview.text()).startsWith("%PDF-");

        assertThat(inv.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"in_review\"}").status()).isEqualTo(200);
        TestServer.Answer notYours = inv.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"published\"}");
        assertThat(notYours.status()).isEqualTo(409);
        assertThat(notYours.json().get("description").asText()).contains("an investigator may not publish a report");
        TestServer.Answer published = rev.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"published\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("published").asInt()).isEqualTo(1);
        JsonNode v1 = published.json().at("/versions/0");

        // the public now sees the report and its frozen files, byte for byte, with their digests
        assertThat(pub.get("/api/reports").json().get("items")).hasSize(1);
        JsonNode seen = pub.get("/api/reports/" + id).json();
        assertThat(seen.has("introduction")).as("the public reads versions, not the draft").isFalse();
        assertThat(seen.has("revision")).isFalse();
        Bytes pdf = bytes(pub, "/api/reports/" + id + "/versions/1.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Sha256.ofBytes(pdf.body()).hex()).isEqualTo(v1.get("pdfSha256").asText()).isEqualTo(pdf.headers().firstValue("X-Content-SHA256").orElseThrow());
        Bytes html = bytes(pub, "/api/reports/" + id + "/versions/1.html");
        assertThat(Sha256.ofBytes(html.body()).hex()).isEqualTo(v1.get("htmlSha256").asText());
        assertThat(html.text()).contains("Market in Ariha").contains("The market was full when the first bomb fell.").contains("Witness A")
                .doesNotContain(WITNESS).doesNotContain(SPOTTER).doesNotContain("Tell Leakpost").doesNotContain(DRAFT).doesNotContain("R. Investigator");
        var audit = t.store.port(AuditLog.PORT).about("report:" + id);
        assertThat(audit.get(audit.size() - 1).action()).isEqualTo("report.publish");
        assertThat(audit.get(audit.size() - 1).after()).contains(v1.get("pdfSha256").asText()).contains(v1.get("htmlSha256").asText());

        // revised: back to draft, edited, republished; version 1 is served unchanged
        assertThat(inv.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"draft\"}").status()).isEqualTo(200);
        assertThat(pub.get("/api/reports/" + id).json().has("title")).as("a draft's new title is not shown before review").isFalse();
        assertThat(inv.send("PUT", "/api/reports/" + id, "{\"revision\": 2, \"title\": \"Civilians under fire, second edition\"}").status()).isEqualTo(200);
        assertThat(inv.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"in_review\"}").status()).isEqualTo(200);
        assertThat(t.as(Role.ADMIN).send("POST", "/api/reports/" + id + "/review", "{\"to\": \"published\"}").json().get("published").asInt()).isEqualTo(2);
        assertThat(bytes(pub, "/api/reports/" + id + "/versions/1.pdf").body()).isEqualTo(pdf.body());
        assertThat(bytes(pub, "/api/reports/" + id + "/versions/2.html").text()).contains("second edition");

        TestServer.Answer noReason = rev.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"retracted\"}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(rev.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"retracted\", \"reason\": \"a correction is due\"}").status()).isEqualTo(200);
        assertThat(pub.get("/api/reports/" + id).status()).isEqualTo(404);
        assertThat(bytes(pub, "/api/reports/" + id + "/versions/1.pdf").status()).isEqualTo(404);
        assertThat(bytes(inv, "/api/reports/" + id + "/versions/1.pdf").status()).as("kept for the team").isEqualTo(200);
        assertThat(t.store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void refusalsAreNamedAndNothingIsFrozen() throws Exception {
        TestServer.Client inv = t.as(Role.INVESTIGATOR);
        long id = inv.send("POST", "/api/reports", "{\"title\": \"T\", \"filter\": \"ids=" + ariha.publicId() + "," + draft.publicId() + "\"}").json().get("id").asLong();
        TestServer.Answer refused = inv.get("/api/reports/" + id + "/preview/preview.html");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("description").asText()).contains("incident " + draft.publicId()).contains("it is draft, not published");
        assertThat(inv.send("PUT", "/api/reports/" + id, "{\"revision\": 1, \"filter\": \"ids=" + ariha.publicId() + "\", \"introduction\": \"We met "
                + WITNESS + ".\"}").status()).isEqualTo(200);
        inv.send("POST", "/api/reports/" + id + "/review", "{\"to\": \"in_review\"}");
        TestServer.Answer named = t.as(Role.REVIEWER).send("POST", "/api/reports/" + id + "/review", "{\"to\": \"published\"}");
        assertThat(named.status()).isEqualTo(422);
        assertThat(named.json().get("description").asText()).contains("introduction").contains("protected name").doesNotContain(WITNESS);
        assertThat(inv.get("/api/reports/" + id).json().get("status").asText()).isEqualTo("in_review");
        assertThat(inv.get("/api/reports/" + id).json().get("versions")).isEmpty();

        assertThat(inv.send("POST", "/api/reports", "{\"title\": \"T\", \"filter\": \"colour=red\"}").json().get("description").asText())
                .startsWith("filter: ").contains("unknown key 'colour'");
        assertThat(inv.send("POST", "/api/reports", "{\"title\": \"T\", \"author\": \"me\"}").json().get("description").asText()).startsWith("author: unknown field");
        assertThat(inv.get("/api/reports/" + id + "/versions/1.pdf").status()).isEqualTo(404);
        assertThat(inv.get("/api/reports/" + id + "/versions/one.pdf").status()).isEqualTo(404);
        assertThat(t.get("/api/reports/99999").status()).isEqualTo(404);
        TestServer.Answer none = inv.send("POST", "/api/reports", "{\"title\": \"Nothing\", \"filter\": \"governorate=Raqqa\"}");
        assertThat(inv.get("/api/reports/" + none.json().get("id").asLong() + "/preview/preview.pdf").json().get("description").asText())
                .contains("no published incident matches the selection");
    }
}
