package org.groundtruth.web.publication;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.account.Role;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.Source;
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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open datasets over HTTP from a real server and SQLite store: every format, the filters, the refusals, the GeoPackage
 * read by GDAL, and the leak test: a witness's name and contact, a spotter and their post, an unpublished incident,
 * a report's text and a confidential source are in the store, and no export contains any of them.
 */
class ExportApiTest {
    static final String WITNESS = "Farida Leakwitness";
    static final String CONTACT = "+963 944 123 456";
    static final String SPOTTER = "Spotter Nightjar";
    static final String POST = "Tell Leakpost";
    static final String DRAFT = "Unpublished strike at Qwertyville";
    static final String REPORT_TEXT = "Confidential account of the Zzyzx convoy";
    static final String CONFIDENTIAL = "Confidential Monitor Zeta";
    static final List<String> SECRETS = List.of(WITNESS, CONTACT, SPOTTER, POST, DRAFT, "Qwertyville", REPORT_TEXT, "Zzyzx", CONFIDENTIAL,
            "zeta.example.org");

    @TempDir
    Path dir;
    TestServer t;
    Incident ariha;
    Incident homs;
    final KeyRing keys = KeyRing.of(TestimonyKey.generate(new SecureRandom()));

    @BeforeEach
    void start() {
        t = new TestServer(dir, keys);
        ariha = published(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").killed(40, 49)
                .from(new Source("SOHR", "ucdp-ged", "https://ucdp.example.org/214797")), "ucdp-ged:214797");
        homs = published(IncidentForTest.at(34.73, 36.72).on("2015-10-15").titled("Bakery in Talbiseh").in("Talbiseh", "Homs")
                .reportText(REPORT_TEXT, "en").from(new Source(CONFIDENTIAL, "zeta-monitor", "https://zeta.example.org/7")), "zeta:7");
        t.addDraft(IncidentForTest.at(35.9, 36.6).on("2015-11-20").titled(DRAFT).in("Qwertyville", "Idlib"));
        String statement = """
                {"pseudonym": "Witness A", "interviewer": "R. Investigator", "interviewedOn": "2015-12-02", "language": "ar",
                 "text": "The market was full when the first rocket fell.", "consent": "publish_anonymised",
                 "identity": {"name": "%s", "contact": "%s"}}""".formatted(WITNESS, CONTACT);
        TestServer.Answer added = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + ariha.publicId() + "/testimony", statement);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        t.store.port(SightingLedger.PORT).addSpotter(SPOTTER, List.of(new Post(POST, new Coordinates(35.5, 36.0))), "a".repeat(64));
    }

    /** Stores an incident with its own report (source, text) and publishes it. */
    private Incident published(IncidentForTest i, String originKey) {
        Incident draft = t.store.incidents().create(i.facts(), List.of(i.report(originKey)), ChangeNote.system("test"));
        t.store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        return t.store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private byte[] download(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(t.url(pathAndQuery))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(pathAndQuery + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).containsPattern("^(attachment|inline); filename="));
        return r.body();
    }

    private static void assertNoSecret(String what, String text) {
        for (String s : SECRETS) assertThat(text).as(what + " must not contain '" + s + "'").doesNotContainIgnoringCase(s);
    }

    @Test
    void csvHasOneRowPerPublishedIncidentAndAnOptionalHxlRow() throws Exception {
        String csv = new String(download("/api/exports/incidents.csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains(ariha.publicId()).contains(homs.publicId()).contains("Market in Ariha").contains("https://ucdp.example.org/214797");
        String hxl = new String(download("/api/exports/incidents.csv?hxl=true&governorate=Idlib"), StandardCharsets.UTF_8);
        assertThat(hxl.lines().toList()).hasSize(3);
        assertThat(hxl.lines().toList().get(1)).startsWith("\"#event+id\",#date+occurred"); // quoted: a leading # reads as a comment to some parsers
        assertThat(hxl).contains(ariha.publicId()).doesNotContain(homs.publicId());
    }

    @Test
    void everyFormatDownloadsAndNothingProtectedLeaks() throws Exception {
        for (String file : List.of("incidents.csv", "incidents.csv?hxl=true", "incidents.geojson", "incidents.json", "dictionary.md")) {
            assertNoSecret(file, new String(download("/api/exports/" + file), StandardCharsets.UTF_8));
            // a signed-in investigator downloads exactly what the public does: the exporter redacts, not the caller's role
            TestServer.Answer asInvestigator = t.as(Role.INVESTIGATOR).get("/api/exports/" + file);
            assertThat(asInvestigator.status()).isEqualTo(200);
            assertNoSecret(file + " (investigator)", asInvestigator.body());
        }
        JsonNode geo = Json.MAPPER.readTree(download("/api/exports/incidents.geojson"));
        assertThat(geo.get("features")).hasSize(2);
        assertThat(geo.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(36.6096);
        JsonNode timemap = Json.MAPPER.readTree(download("/api/exports/incidents.json?to=2015-10-31"));
        assertThat(timemap.get("events")).hasSize(1);
        assertThat(timemap.at("/events/0/id").asText()).isEqualTo(homs.publicId());

        Path gpkg = dir.resolve("incidents.gpkg");
        Files.write(gpkg, download("/api/exports/incidents.gpkg?from=2015-11-01"));
        assertNoSecret("gpkg bytes", new String(Files.readAllBytes(gpkg), StandardCharsets.UTF_8));
        String info = ogrinfo(gpkg);
        assertThat(info).contains("Feature Count: 1").contains(ariha.publicId()).contains("Market in Ariha");
        assertNoSecret("ogrinfo", info);
    }

    @Test
    void theIndexListsTheFilesAndTheDictionaryNamesEveryColumn() throws Exception {
        JsonNode index = t.get("/api/exports").json();
        assertThat(index.get("files").findValuesAsText("href")).contains("/api/exports/incidents.csv", "/api/exports/incidents.gpkg",
                "/api/exports/dictionary.md");
        String dictionary = new String(download("/api/exports/dictionary.md"), StandardCharsets.UTF_8);
        assertThat(dictionary).contains("`event_id_cnty`").contains("`gt_killed_max`").contains("never");
    }

    @Test
    void badRequestsAreNamedAndAnEmptySelectionIsSaidPlainly() {
        TestServer.Answer none = t.get("/api/exports/incidents.csv?governorate=Raqqa");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("description").asText()).contains("no published incident matches the selection (governorate raqqa)");
        TestServer.Answer draftOnly = t.get("/api/exports/incidents.csv?from=2015-11-20&to=2015-11-20");
        assertThat(draftOnly.status()).as("the only incident that day is a draft").isEqualTo(404);
        assertThat(t.get("/api/exports/incidents.csv?from=2015-13-01").json().get("description").asText()).contains("'2015-13-01' is not a day");
        assertThat(t.get("/api/exports/incidents.csv?colour=red").json().get("description").asText()).startsWith("colour: unknown parameter");
        assertThat(t.get("/api/exports/incidents.geojson?hxl=true").json().get("description").asText()).contains("for CSV only");
        assertThat(t.get("/api/exports/incidents.xlsx").status()).isEqualTo(404);
        assertThat(t.get("/api/exports/secrets.csv").status()).isEqualTo(404);
    }

    private static String ogrinfo(Path gpkg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", gpkg.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
