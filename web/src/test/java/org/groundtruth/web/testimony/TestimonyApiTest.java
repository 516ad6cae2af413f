package org.groundtruth.web.testimony;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.testimony.TestimonyLedger;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.account.Role;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.ProtectionException;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.web.GroundtruthServer;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The testimony routes on a real server and SQLite store, called by users of each role (API tokens) and by the
 * public. Everything the process prints while the server runs, logs included, is captured and searched for the
 * witness's name.
 */
class TestimonyApiTest {
    static final String NAME = "Zubayda Qarawiyyin-Haddad";
    static final String CONTACT = "+963 944 771 203";

    @TempDir
    Path dir;
    TestServer t;
    Incident ariha;
    final KeyRing keys = KeyRing.of(TestimonyKey.generate(new SecureRandom()));
    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream oldOut, oldErr;

    @BeforeEach
    void start() {
        oldOut = System.out;
        oldErr = System.err;
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        t = new TestServer(dir, keys);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib"));
    }

    @AfterEach
    void stop() {
        if (t != null) t.close();
        System.setOut(oldOut);
        System.setErr(oldErr);
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("logs and output of the whole run").doesNotContain(NAME).doesNotContain(CONTACT);
    }

    static String body(String pseudonym, String consent) {
        return """
                {"pseudonym": "%s", "interviewer": "R. Investigator", "interviewedOn": "2015-12-02", "language": "ar",
                 "text": "The market was full when the first rocket fell.", "consent": "%s",
                 "identity": {"name": "%s", "contact": "%s"}}""".formatted(pseudonym, consent, NAME, CONTACT);
    }

    long add(String pseudonym, String consent) {
        TestServer.Answer a = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + ariha.publicId() + "/testimony", body(pseudonym, consent));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/testimony/"));
        return a.json().get("id").asLong();
    }

    @Test
    void investigatorsAddAndSeeIdentitiesOthersNever() {
        long internal = add("Witness A", "internal_only");
        long published = add("Witness B", "publish_with_name");
        String list = "/api/incidents/" + ariha.publicId() + "/testimony";

        JsonNode asInvestigator = t.as(Role.INVESTIGATOR).get(list).json();
        assertThat(asInvestigator.get("items")).hasSize(2);
        assertThat(asInvestigator.at("/items/0/identity/name").asText()).isEqualTo(NAME);
        assertThat(t.as(Role.ADMIN).get("/api/testimony/" + internal).json().at("/identity/contact").asText()).isEqualTo(CONTACT);

        TestServer.Answer asReviewer = t.as(Role.REVIEWER).get(list);
        assertThat(asReviewer.body()).doesNotContain(NAME).doesNotContain(CONTACT).contains("first rocket", "R. Investigator");

        TestServer.Answer asViewer = t.as(Role.VIEWER).get(list);
        assertThat(asViewer.json().get("audience").asText()).isEqualTo("viewer");
        assertThat(asViewer.body()).doesNotContain(NAME).doesNotContain("R. Investigator");
        assertThat(asViewer.json().at("/items/0/textWithheld").asBoolean()).isTrue();
        assertThat(asViewer.json().at("/items/0/text").isNull()).isTrue();
        assertThat(asViewer.json().at("/items/1/text").asText()).contains("first rocket");

        TestServer.Answer asPublic = t.get(list);
        assertThat(asPublic.json().get("audience").asText()).isEqualTo("public");
        assertThat(asPublic.json().get("items")).hasSize(1);
        assertThat(asPublic.body()).doesNotContain(NAME).contains("Witness B");
        assertThat(t.get("/api/testimony/" + internal).status()).isEqualTo(404);
        assertThat(t.get("/api/testimony/" + published).status())
                .as("statement numbers count every statement, so the public reads statements through their incident only").isEqualTo(404);
        assertThat(asPublic.json().at("/items/0").has("id")).isFalse();
        assertThat(asPublic.json().at("/items/0/incidentId").asText()).isEqualTo(ariha.publicId());
        assertThat(asPublic.json().get("incidentId").asText()).isEqualTo(ariha.publicId());
        assertThat(t.as(Role.VIEWER).get("/api/testimony/" + published).status()).isEqualTo(200);
    }

    @Test
    void thePublicSeesNoStatementOfAnUnpublishedIncident() {
        Incident draft = t.addDraft(IncidentForTest.at(34.73, 36.71).on("2015-10-15").titled("Draft"));
        TestServer.Answer a = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + draft.publicId() + "/testimony", body("Witness D", "publish_anonymised"));
        assertThat(a.status()).isEqualTo(201);
        long id = a.json().get("id").asLong();
        assertThat(t.get("/api/incidents/" + draft.publicId() + "/testimony").status()).isEqualTo(404);
        TestServer.Answer one = t.get("/api/testimony/" + id);
        assertThat(one.status()).isEqualTo(404);
        assertThat(one.body().replace(Long.toString(id), "N")).isEqualTo(t.get("/api/testimony/987654321").body().replace("987654321", "N"));
        assertThat(t.as(Role.VIEWER).get("/api/testimony/" + id).json().get("text").asText()).contains("first rocket");
    }

    @Test
    void theAuditLogNamesWhoAddedAStatementAndNeverTheWitness() {
        add("Witness A", "internal_only");
        TestServer.Answer audit = t.as(Role.ADMIN).get("/api/audit?limit=1000");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("testimony.add", "test-investigator", "Witness A").doesNotContain(NAME).doesNotContain(CONTACT)
                .doesNotContain("first rocket");
        for (String format : List.of("jsonl", "csv")) {
            TestServer.Answer export = t.as(Role.ADMIN).get("/api/audit/export?format=" + format);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body()).as("audit export as " + format).contains("testimony.add").doesNotContain(NAME).doesNotContain(CONTACT)
                    .doesNotContain("first rocket");
        }
    }

    @Test
    void onlyAdminsAndInvestigatorsAdd() {
        for (Role role : List.of(Role.REVIEWER, Role.VIEWER)) {
            TestServer.Answer a = t.as(role).send("POST", "/api/incidents/" + ariha.publicId() + "/testimony", body("W", "internal_only"));
            assertThat(a.status()).as(role.code()).isEqualTo(403);
        }
        assertThat(t.anonymous().send("POST", "/api/incidents/" + ariha.publicId() + "/testimony", body("W", "internal_only")).status()).isEqualTo(401);
        assertThat(t.store.port(TestimonyLedger.PORT).count()).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldNeverEchoingTheIdentity() {
        String url = "/api/incidents/" + ariha.publicId() + "/testimony";
        TestServer.Answer noName = t.as(Role.ADMIN).send("POST", url, body("W", "internal_only").replace("\"name\": \"" + NAME + "\"", "\"name\": \" \""));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("description").asText()).startsWith("identity:");
        TestServer.Answer badConsent = t.as(Role.ADMIN).send("POST", url, body("W", "maybe"));
        assertThat(badConsent.json().get("description").asText()).startsWith("consent:").doesNotContain(NAME);
        TestServer.Answer badDay = t.as(Role.ADMIN).send("POST", url, body("W", "internal_only").replace("2015-12-02", "2015-02-30"));
        assertThat(badDay.json().get("description").asText()).startsWith("interviewedOn:");
        TestServer.Answer badLanguage = t.as(Role.ADMIN).send("POST", url, body("W", "internal_only").replace("\"ar\"", "\"<script>\""));
        assertThat(badLanguage.json().get("description").asText()).startsWith("language:");
        TestServer.Answer broken = t.as(Role.ADMIN).send("POST", url, body("W", "internal_only").replace("}}", "}"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain(NAME).doesNotContain(CONTACT);
        assertThat(t.as(Role.ADMIN).send("POST", "/api/incidents/99999/testimony", body("W", "internal_only")).status()).isEqualTo(404);
        assertThat(t.as(Role.ADMIN).get("/api/testimony/abc").status()).isEqualTo(400);
        assertThat(t.store.port(TestimonyLedger.PORT).count()).isZero();
    }

    @Test
    void nothingElseTheServerAnswersCarriesTheIdentity() {
        add("Witness B", "publish_with_name");
        add("Witness C", "internal_only");
        for (String path : List.of("/api/incidents/" + ariha.publicId(), "/api/incidents", "/api/incidents?q=Zubayda", "/ogc/collections/incidents/items",
                "/ogc/collections/incidents/items/" + ariha.publicId(), "/api/stats", "/")) {
            TestServer.Answer a = t.as(Role.ADMIN).get(path);
            assertThat(a.body()).as(path).doesNotContain(NAME).doesNotContain("Qarawiyyin").doesNotContain("first rocket").doesNotContain("Witness C");
        }
        assertThat(t.get("/api/incidents?q=Zubayda").json().get("numberMatched").asLong()).isZero();
        assertThat(t.get("/ogc/collections/incidents/items?q=Qarawiyyin").json().get("numberMatched").asLong()).isZero();
    }

    @Test
    void aTamperedIdentityIsRefusedWithoutSayingWhatItHeld() throws Exception {
        long id = add("Witness A", "internal_only");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ((org.groundtruth.storage.sqlite.SqliteIncidentStore) t.store.incidents()).file()); var s = c.createStatement()) {
            s.execute("UPDATE testimonies SET name_sealed = substr(name_sealed, 1, length(name_sealed) - 1) || "
                    + "CASE WHEN substr(name_sealed, -1) = x'00' THEN x'01' ELSE x'00' END");
        }
        TestServer.Answer a = t.as(Role.ADMIN).get("/api/testimony/" + id);
        assertThat(a.status()).isEqualTo(500);
        assertThat(a.json().get("description").asText()).contains("integrity check", "testimony/" + id + "/name");
        assertThat(t.as(Role.REVIEWER).get("/api/testimony/" + id).status()).as("what needs no key still reads").isEqualTo(200);
    }

    @Test
    void aServerWithoutAKeyCannotSealAndAStoreWithStatementsRefusesToStartWithoutOne() {
        add("Witness A", "internal_only");
        t.close();
        t = null;
        try (org.groundtruth.storage.store.JdbcStore store = org.groundtruth.storage.store.JdbcStore.sqlite(dir)) {
            assertThatThrownBy(() -> GroundtruthServer.start(store, WebSettings.local(0))).isInstanceOf(ProtectionException.class)
                    .hasMessageContaining("holds 1 witness statement");
            assertThatThrownBy(() -> GroundtruthServer.start(store, WebSettings.local(0), org.groundtruth.web.SecuritySettings.DEFAULT, KeyRing.of(TestimonyKey.generate(new SecureRandom()))))
                    .isInstanceOf(ProtectionException.class).hasMessageContaining("wrong testimony key");
        }
        Path empty = dir.resolve("empty");
        try (TestServer noKey = new TestServer(empty, (KeyRing) null)) {
            Incident i = noKey.add(IncidentForTest.at(35, 36).titled("x"));
            TestServer.Answer a = noKey.as(Role.ADMIN).send("POST", "/api/incidents/" + i.publicId() + "/testimony", body("W", "internal_only"));
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.json().get("description").asText()).contains("--key-file");
        }
    }
}
