package org.groundtruth.web.api;

import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.testimony.TestimonyLedger;
import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.account.Role;
import org.groundtruth.evidence.TestImages;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.intake.evidence.EvidenceBundle;
import org.groundtruth.intake.evidence.MetadataAnalyzer;
import org.groundtruth.storage.evidence.FileBlobStore;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence over HTTP on a real server, SQLite store and evidence directory, as signed-in users of each role. */
class EvidenceApiTest {
    static final long LIMIT = 3L << 20;

    @TempDir
    Path dir;
    TestServer t;
    final HttpClient http = HttpClient.newHttpClient();
    long incidentId;

    record Answer(int status, String body, java.net.http.HttpHeaders headers, byte[] bytes) {
        JsonNode json() throws IOException {
            return Json.MAPPER.readTree(body);
        }
    }

    @BeforeEach
    void start() {
        t = new TestServer(dir.resolve("data"), store -> {
            EvidenceService evidence = new EvidenceService(store, FileBlobStore.open(dir.resolve("evidence")), new MetadataAnalyzer(), Clock.systemUTC());
            return WebSettings.local(0).withEvidence(evidence, LIMIT, EvidenceBundle.writer(evidence));
        });
        incidentId = t.addDraft(IncidentForTest.at(35.8137, 36.6121).on("2015-11-29")).id();
    }

    @AfterEach
    void stop() {
        t.close();
    }

    /** Credentials of a user with this role (an API token). */
    Map<String, String> as(Role role) {
        return t.as(role).headers();
    }

    Answer send(Map<String, String> auth, HttpRequest.Builder b) throws Exception {
        auth.forEach(b::header);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.headers(), r.body());
    }

    Answer upload(Map<String, String> auth, String query, String name, byte[] bytes) throws Exception {
        return send(auth, HttpRequest.newBuilder(URI.create(t.url("/api/evidence" + query)))
                .header("X-Evidence-Name", URLEncoder.encode(name, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Answer upload(String query, String name, byte[] bytes) throws Exception {
        return upload(as(Role.INVESTIGATOR), query, name, bytes);
    }

    Answer get(Map<String, String> auth, String path) throws Exception {
        return send(auth, HttpRequest.newBuilder(URI.create(t.url(path))).GET());
    }

    Answer get(String path) throws Exception {
        return get(as(Role.INVESTIGATOR), path);
    }

    Answer postJson(Map<String, String> auth, String path, String json) throws Exception {
        return send(auth, HttpRequest.newBuilder(URI.create(t.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static byte[] png(long seed, int w, int h) {
        return TestImages.png(TestImages.scene(seed, w, h));
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void uploadsStreamPastTheJsonLimitAndDownloadByteForByteWithCustody() throws Exception {
        byte[] big = new byte[(int) (2.5 * (1 << 20))]; // larger than the 1 MB JSON limit, under the 3 MiB upload limit
        new Random(1).nextBytes(big);
        Answer a = upload("?incident=" + incidentId + "&sourceUrl=" + URLEncoder.encode("https://t.me/x/1", StandardCharsets.UTF_8), "فيديو السوق.bin", big);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode item = a.json();
        assertThat(item.path("sha256").asText()).isEqualTo(sha256(big));
        assertThat(item.path("sizeBytes").asLong()).isEqualTo(big.length);
        assertThat(item.path("originalName").asText()).isEqualTo("فيديو السوق.bin");
        assertThat(item.path("incidents").get(0).asLong()).isEqualTo(incidentId);
        long id = item.path("id").asLong();

        Answer again = upload(as(Role.ADMIN), "", "copy.bin", big);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("alreadyHeld").asBoolean()).isTrue();

        Answer file = get(as(Role.REVIEWER), "/api/evidence/" + id + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(big);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");

        JsonNode log = get(as(Role.VIEWER), "/api/evidence/" + id + "/custody").json();
        assertThat(log.path("entries")).extracting(e -> e.path("action").asText()).containsExactly("ACQUIRED", "LINKED", "ACQUIRED", "ACCESSED");
        assertThat(log.path("entries")).extracting(e -> e.path("actor").asText()).containsExactly("test-investigator", "test-investigator", "test-admin", "test-reviewer");
        assertThat(log.path("entries").get(0).path("details").path("sourceUrl").asText()).isEqualTo("https://t.me/x/1");
        assertThat(log.path("entries").get(1).path("previousHash").asText()).isEqualTo(log.path("entries").get(0).path("entryHash").asText());

        Answer step = postJson(as(Role.REVIEWER), "/api/evidence/" + id + "/verifications", "{\"kind\":\"geolocated\",\"method\":\"skyline vs imagery\",\"result\":\"35.8135, 36.6115\"}");
        assertThat(step.status()).as(step.body()).isEqualTo(201);
        assertThat(step.json().path("seq").asInt()).isEqualTo(5);
        assertThat(step.json().path("actor").asText()).isEqualTo("test-reviewer");
        assertThat(postJson(as(Role.REVIEWER), "/api/evidence/" + id + "/verifications", "{\"kind\":\"guessed\",\"method\":\"x\",\"result\":\"y\"}").status()).isEqualTo(400);
        assertThat(postJson(as(Role.REVIEWER), "/api/evidence/" + id + "/verifications", "{\"kind\":\"geolocated\"}").body()).contains("method");

        JsonNode list = get(as(Role.VIEWER), "/api/evidence?incident=" + incidentId).json();
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("uploadMaxBytes").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void eachRoleMayDoOnlyWhatItsRuleSaysAndThePublicNothing() throws Exception {
        long id = upload("?incident=" + incidentId, "a.png", png(1, 60, 40)).json().path("id").asLong();
        Map<String, String> anonymous = Map.of();
        assertThat(get(anonymous, "/api/evidence").status()).isEqualTo(401);
        assertThat(get(anonymous, "/api/evidence/" + id).status()).isEqualTo(401);
        assertThat(get(anonymous, "/api/evidence/" + id + "/file").status()).isEqualTo(401);
        assertThat(get(anonymous, "/api/incidents/" + incidentId + "/evidence-bundle").status()).isEqualTo(401);
        assertThat(upload(anonymous, "", "x.bin", new byte[] {1}).status()).isEqualTo(401);
        assertThat(get(as(Role.VIEWER), "/api/evidence/" + id).status()).isEqualTo(200);
        assertThat(get(as(Role.VIEWER), "/api/evidence/" + id + "/file").status()).isEqualTo(403);
        assertThat(upload(as(Role.VIEWER), "", "x.bin", new byte[] {1}).status()).isEqualTo(403);
        assertThat(upload(as(Role.REVIEWER), "", "x.bin", new byte[] {1}).status()).isEqualTo(403);
        assertThat(postJson(as(Role.VIEWER), "/api/evidence/" + id + "/verifications", "{\"kind\":\"other\",\"method\":\"m\",\"result\":\"r\"}").status()).isEqualTo(403);
        assertThat(t.store.port(EvidenceLedger.PORT).list()).hasSize(1);
        assertThat(t.store.port(EvidenceLedger.PORT).custody(id)).hasSize(2); // ACQUIRED, LINKED: refusals wrote nothing

        // a browser session: an upload without the CSRF token is refused, with it accepted
        t.addUser("amira", Role.INVESTIGATOR);
        Map<String, String> session = t.login("amira", TestServer.PASSWORD).headers();
        Map<String, String> noCsrf = new java.util.HashMap<>(session);
        noCsrf.remove(org.groundtruth.web.Access.CSRF_HEADER);
        assertThat(upload(noCsrf, "", "y.bin", new byte[] {2}).status()).isEqualTo(403);
        Answer ok = upload(session, "", "y.bin", new byte[] {2});
        assertThat(ok.status()).isEqualTo(201);
        assertThat(t.store.port(EvidenceLedger.PORT).custody(ok.json().path("id").asLong()).getFirst().event().actor()).isEqualTo("amira");
    }

    @Test
    void uploadsOverTheLimitAre413AndStoreNothing() throws Exception {
        byte[] tooBig = new byte[(int) LIMIT + 1];
        Answer a = upload("?incident=" + incidentId, "huge.mp4", tooBig);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().path("code").asText()).isEqualTo("PayloadTooLarge");
        assertThat(a.json().path("description").asText()).contains("upload limit of " + LIMIT + " bytes").contains("nothing was stored");

        // without a Content-Length (chunked), the limit is enforced while streaming
        Answer chunked = send(as(Role.INVESTIGATOR), HttpRequest.newBuilder(URI.create(t.url("/api/evidence")))
                .header("X-Evidence-Name", "stream.bin")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(tooBig))));
        assertThat(chunked.status()).isEqualTo(413);

        assertThat(t.store.port(EvidenceLedger.PORT).list()).isEmpty();
        try (Stream<Path> files = Files.walk(dir.resolve("evidence"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    /** Issue 9 item 10: a refused upload stored its file before the refusal, and verify then blamed a stopped process. */
    @Test
    void aRefusedUploadLeavesNoFileAndVerifyFindsNothingHeldWithoutARecord() throws Exception {
        String marker = "MARKER-" + "d".repeat(5000);
        Answer a = upload("?incident=" + incidentId + "&device=" + marker, "a.png", png(5, 60, 40));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("description").asText()).startsWith("device: longer than 4000 characters").doesNotContain("MARKER");
        Answer note = upload("?note=" + marker, "b.png", png(6, 60, 40));
        assertThat(note.status()).isEqualTo(400);
        assertThat(note.body()).contains("note:").doesNotContain("MARKER");
        assertThat(t.store.port(EvidenceLedger.PORT).list()).isEmpty();
        try (Stream<Path> files = Files.walk(dir.resolve("evidence"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }

        // a recording that fails after the file was stored takes the file away again
        EvidenceService evidence = new EvidenceService(t.store, FileBlobStore.open(dir.resolve("evidence")), new MetadataAnalyzer(), Clock.systemUTC());
        var blob = evidence.blobs().writer();
        byte[] bytes = png(7, 60, 40);
        blob.write(bytes, 0, bytes.length);
        var stored = blob.commit();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evidence.add(stored, "c.png", org.groundtruth.evidence.Acquisition.by("amira"), 987654L))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(evidence.blobs().contains(stored.sha256())).isFalse();
        assertThat(evidence.verifyAll().unrecordedFiles()).isEmpty();
    }

    @Test
    void aFileWhoseContentLiesAboutItsTypeIsRefusedAndNothingIsStored() throws Exception {
        byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] program = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, program, 0, 7);
        for (var lie : List.of(Map.entry("photo.jpg", page), Map.entry("video.mp4", program), Map.entry("invoice.pdf", png(3, 40, 30)))) {
            Answer a = upload("?incident=" + incidentId, lie.getKey(), lie.getValue());
            assertThat(a.status()).as(lie.getKey()).isEqualTo(415);
            assertThat(a.json().path("code").asText()).isEqualTo("TypeMismatch");
            assertThat(a.json().path("description").asText()).startsWith(lie.getKey() + ": its content is ").contains("but its name says", "nothing was stored");
        }
        assertThat(upload("?acceptTypeMismatch=maybe", "photo.jpg", page).status()).isEqualTo(400);
        assertThat(t.store.port(EvidenceLedger.PORT).list()).isEmpty();
        try (Stream<Path> files = Files.walk(dir.resolve("evidence"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        // variants of one kind are no lie: a PNG named .jpg, a text file named .csv
        assertThat(upload("", "photo.jpg", png(4, 40, 30)).status()).isEqualTo(201);
        assertThat(upload("", "list.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    }

    @Test
    void aFileWhoseNameLiesOnPurposeIsKeptTypedByItsContentAndNearDuplicatesAreFlagged() throws Exception {
        byte[] picture = png(3, 400, 300);
        Answer a = upload("?incident=" + incidentId + "&acceptTypeMismatch=true", "invoice.pdf", picture);
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().path("mediaType").asText()).isEqualTo("image/png");
        assertThat(a.json().path("nameMediaType").asText()).isEqualTo("application/pdf");
        assertThat(a.json().path("nameMismatch").asBoolean()).isTrue();

        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(picture));
        BufferedImage small = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        small.createGraphics().drawImage(img, 0, 0, 200, 150, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(small, "jpeg", jpeg);
        Answer copy = upload("", "resized.jpg", jpeg.toByteArray());
        assertThat(copy.json().path("nearDuplicates").get(0).path("evidenceId").asLong()).isEqualTo(a.json().path("id").asLong());
    }

    @Test
    void anIncidentsBundleDownloadsAndVerifies() throws Exception {
        assertThat(get("/api/incidents/" + incidentId + "/evidence-bundle").status()).as("no evidence yet").isEqualTo(400);
        assertThat(get("/api/incidents/4242/evidence-bundle").status()).isEqualTo(404);
        upload("?incident=" + incidentId, "a.png", png(1, 120, 90));
        upload("?incident=" + incidentId, "b.png", png(2, 120, 90));
        Answer zip = get(as(Role.REVIEWER), "/api/incidents/" + incidentId + "/evidence-bundle");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Path file = dir.resolve("bundle.zip");
        Files.write(file, zip.bytes());
        var report = org.groundtruth.intake.evidence.BundleVerifier.verify(file);
        assertThat(report.findings()).isEmpty();
        assertThat(report.filesChecked()).isEqualTo(2);
        long first = t.store.port(EvidenceLedger.PORT).forIncident(incidentId).getFirst().id();
        assertThat(t.store.port(EvidenceLedger.PORT).custody(first).getLast().event().action().name()).isEqualTo("EXPORTED");
        assertThat(t.store.port(EvidenceLedger.PORT).custody(first).getLast().event().actor()).isEqualTo("test-reviewer");
    }

    /** The custody log cannot be changed and goes into bundles: the person a file came from is a pseudonym or nothing. */
    @Test
    void theFromFieldTakesAWitnessPseudonymNeverAName() throws Exception {
        Answer named = upload("?incident=" + incidentId + "&from=" + URLEncoder.encode("Ahmad Khalil", StandardCharsets.UTF_8), "a.png", png(3, 40, 40));
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.body()).contains("pseudonym").doesNotContain("Ahmad");
        assertThat(t.store.port(EvidenceLedger.PORT).list()).isEmpty();

        var keys = org.groundtruth.testimony.KeyRing.of(org.groundtruth.testimony.TestimonyKey.generate(new java.security.SecureRandom()));
        org.groundtruth.testimony.WitnessProtection.open(t.store.port(TestimonyLedger.PORT), keys).add(incidentId,
                new org.groundtruth.testimony.Statement("Witness A, Ariha", "amal", java.time.LocalDate.of(2015, 12, 2), "ar",
                        "I saw the market burn.", org.groundtruth.testimony.Consent.INTERNAL_ONLY),
                new org.groundtruth.testimony.WitnessIdentity("Ahmad Khalil", null));
        Answer pseudonymous = upload("?incident=" + incidentId + "&from=" + URLEncoder.encode("Witness A, Ariha", StandardCharsets.UTF_8), "a.png", png(3, 40, 40));
        assertThat(pseudonymous.status()).as(pseudonymous.body()).isEqualTo(201);
        long id = pseudonymous.json().path("id").asLong();
        assertThat(t.store.port(EvidenceLedger.PORT).custody(id).getFirst().event().details()).containsEntry("person", "Witness A, Ariha");
    }

    @Test
    void badRequestsAreRefusedClearly() throws Exception {
        Answer noName = send(as(Role.INVESTIGATOR), HttpRequest.newBuilder(URI.create(t.url("/api/evidence"))).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("X-Evidence-Name");
        assertThat(upload("?incident=424242", "x.jpg", new byte[] {1}).status()).isEqualTo(404);
        assertThat(upload("?incident=abc", "x.jpg", new byte[] {1}).status()).as("neither a public id nor a number").isEqualTo(404);
        assertThat(upload("?sourceUrl=not%20a%20url", "x.jpg", new byte[] {1}).status()).isEqualTo(400);
        assertThat(get("/api/evidence/999").status()).isEqualTo(404);
        assertThat(get("/api/evidence/abc").status()).isEqualTo(400);
        assertThat(get("/api/evidence?incident=1%20OR%201=1").status()).isEqualTo(404);
        assertThat(t.store.port(EvidenceLedger.PORT).list()).isEmpty();
    }
}
