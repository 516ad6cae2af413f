package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.textintake.IntakeForTest;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/intake}: a pasted text yields candidates with every value's span, nothing reaches an incident until a
 * person accepts, an acceptance makes a draft incident whose report is the whole text (or adds the report to the incident
 * proposed), and bad input is refused naming the field, never repeating it.
 */
class IntakeApiTest {
    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer(dir.resolve("data"), store -> IntakeForWeb.settings(store, dir.resolve("evidence"), IntakeForWeb.setup()));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private JsonNode paste(String body) {
        TestServer.Answer a = t.as(Role.INVESTIGATOR).send("POST", "/api/intake/texts", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("texts");
    }

    private static String example() {
        return Json.object().put("text", IntakeForTest.EXAMPLE).put("published", "2015-11-30T08:00+02:00").put("url", "https://example.org/cd/1")
                .put("author", "Civil Defence").toString();
    }

    private long staffTotal() {
        return t.as(Role.VIEWER).get("/api/stats").json().get("total").asLong();
    }

    @Test
    void aPastedTextYieldsCandidatesWithSpansAndNothingReachesAnIncidentUntilAccepted() {
        JsonNode text = paste(example()).get(0);
        assertThat(text.get("text").asText()).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(text.get("sha256").asText()).hasSize(64);
        assertThat(text.get("status").asText()).isEqualTo("open");
        JsonNode c = text.get("candidates").get(0);
        assertThat(c.at("/date/span/text").asText()).isEqualTo("last night");
        assertThat(c.at("/date/firstDay").asText()).isEqualTo("2015-11-29");
        assertThat(c.at("/place/name").asText()).isEqualTo("Kafr Nabl");
        assertThat(c.at("/place/span/text").asText()).isEqualTo("Kafr Nabel");
        int start = c.at("/place/span/start").asInt(), end = c.at("/place/span/end").asInt();
        assertThat(IntakeForTest.EXAMPLE.substring(start, end)).isEqualTo("Kafr Nabel");
        assertThat(c.at("/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(c.at("/casualties/killed/spans/0/text").asText()).isEqualTo("12 civilians");
        assertThat(c.at("/casualties/children/min").asInt()).isEqualTo(5);
        assertThat(c.at("/responses/0/span/text").asText()).isEqualTo("fabricated");
        assertThat(c.at("/proposedFacts/location/placeName").asText()).isEqualTo("Kafr Nabl");
        assertThat(staffTotal()).as("extraction alone makes no incident").isZero();
        assertThat(t.as(Role.REVIEWER).get("/api/intake/texts?status=open").json().get("numberMatched").asInt()).isOne();
    }

    @Test
    void acceptingWithACorrectionMakesADraftIncidentWhoseReportIsTheWholeText() {
        JsonNode c = paste(example()).get(0).get("candidates").get(0);
        TestServer.Answer a = t.as(Role.INVESTIGATOR).send("POST", "/api/intake/candidates/" + c.get("id").asLong() + "/accept",
                "{\"facts\": {\"casualties\": {\"killed\": {\"min\": 12, \"max\": 14}}}, \"reason\": \"a later toll\", \"responses\": [0]}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().at("/status").asText()).isEqualTo("accepted");
        assertThat(a.json().at("/decision/corrected/0").asText()).isEqualTo("killed");
        String incidentId = a.json().at("/incident/id").asText();
        JsonNode incident = t.as(Role.VIEWER).get("/api/incidents/" + incidentId).json();
        assertThat(incident.get("status").asText()).isEqualTo("draft");
        assertThat(incident.at("/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(incident.at("/casualties/killed/max").asInt()).isEqualTo(14);
        assertThat(incident.at("/casualties/childrenKilled/min").asInt()).isEqualTo(5);
        assertThat(incident.at("/location/placeName").asText()).isEqualTo("Kafr Nabl");
        assertThat(incident.at("/reports/0/text").asText()).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(incident.at("/reports/0/source/url").asText()).isEqualTo("https://example.org/cd/1");
        assertThat(incident.at("/reports/0/revisions/0/fields/sha256").asText()).hasSize(64);
        assertThat(t.get("/api/incidents/" + incidentId).status()).as("a draft: the public sees nothing").isEqualTo(404);
        JsonNode responses = t.as(Role.VIEWER).get("/api/incidents/" + incidentId + "/responses").json();
        assertThat(responses.toString()).contains("russian military", "fabricated");
        // the incident page's section: the spans behind what was accepted
        JsonNode behind = t.as(Role.VIEWER).get("/api/intake/incidents/" + incidentId + "/candidates").json().get("items");
        assertThat(behind).hasSize(1);
        assertThat(behind.at("/0/source/text").asText()).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(behind.at("/0/place/span/text").asText()).isEqualTo("Kafr Nabel");
        assertThat(t.get("/api/intake/incidents/" + incidentId + "/candidates").status()).isEqualTo(401);
        assertThat(t.store.port(AuditLog.PORT).entries(0, 100, null, null)).extracting(AuditEntry::action).contains("intake.add", "intake.accept");
        // accepted once only
        assertThat(t.as(Role.INVESTIGATOR).send("POST", "/api/intake/candidates/" + c.get("id").asLong() + "/accept", "{}").status()).isEqualTo(409);
        assertThat(staffTotal()).isOne();
    }

    @Test
    void anIncidentNoGazetteerPlacedIsProposedByItsPlaceName() {
        Incident unplaced = t.addDraft(IncidentForTest.unplaced("Kafr Nabl", "Idlib").on("2015-11-29").titled("Bakery, not yet placed"));
        t.addDraft(IncidentForTest.unplaced("Saraqib", "Idlib").on("2015-11-29").titled("Another town"));
        long id = paste(example()).get(0).get("candidates").get(0).get("id").asLong();
        JsonNode proposals = t.as(Role.REVIEWER).get("/api/intake/candidates/" + id + "/proposals").json().get("items");
        assertThat(proposals).hasSize(1);
        assertThat(proposals.at("/0/incident/id").asText()).isEqualTo(unplaced.publicId());
        assertThat(proposals.at("/0/distanceKm").isNull()).as("compared by names, no distance").isTrue();
    }

    @Test
    void theIncidentAlreadyRecordedIsProposedAndTheReportJoinsIt() {
        Incident published = t.add(IncidentForTest.at(35.614, 36.561).on("2015-11-29").titled("Bakery in Kafr Nabl").in("Kafr Nabl", "Idlib"));
        JsonNode c = paste(example()).get(0).get("candidates").get(0);
        long id = c.get("id").asLong();
        JsonNode proposals = t.as(Role.REVIEWER).get("/api/intake/candidates/" + id + "/proposals").json().get("items");
        assertThat(proposals.at("/0/incident/id").asText()).isEqualTo(published.publicId());
        assertThat(proposals.at("/0/reason").asText()).isNotBlank();
        TestServer.Answer noReason = t.as(Role.INVESTIGATOR).send("POST", "/api/intake/candidates/" + id + "/accept",
                "{\"incident\": \"" + published.publicId() + "\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("description").asText()).startsWith("reason:");
        TestServer.Answer a = t.as(Role.INVESTIGATOR).send("POST", "/api/intake/candidates/" + id + "/accept",
                "{\"incident\": \"" + published.publicId() + "\", \"reason\": \"same bakery\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().at("/decision/heldForReview").asBoolean()).isTrue();
        assertThat(a.json().at("/decision/incidentId").asText()).isEqualTo(published.publicId());
        assertThat(t.get("/api/incidents/" + published.publicId()).json().get("reports")).as("the public sees it as published").hasSize(1);
        assertThat(staffTotal()).isOne();
    }

    @Test
    void twoStrikesAreTwoCandidatesAndADiscardIsKept() {
        JsonNode cs = paste(Json.object().put("text", IntakeForTest.TWO_STRIKES).toString()).get(0).get("candidates");
        assertThat(cs).hasSize(2);
        assertThat(cs.at("/0/place/name").asText()).isEqualTo("Ariha");
        assertThat(cs.at("/1/place/name").asText()).isEqualTo("Saraqib");
        TestServer.Answer d = t.as(Role.INVESTIGATOR).send("POST", "/api/intake/candidates/" + cs.at("/0/id").asLong() + "/discard", "{\"reason\": \"duplicate\"}");
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.json().get("status").asText()).isEqualTo("discarded");
        assertThat(staffTotal()).isZero();
    }

    @Test
    void aPageAndPostsAreReadAsTheCommandReadsThem() {
        String page = "<html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2015-11-30T08:00+02:00\"></head><body><nav>Menu</nav>"
                + "<article><p>" + IntakeForTest.EXAMPLE + "</p></article></body></html>";
        JsonNode html = paste(Json.object().put("text", page).put("format", "html").toString()).get(0);
        assertThat(html.get("format").asText()).isEqualTo("html");
        assertThat(html.get("text").asText()).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(html.get("pageSha256").asText()).hasSize(64);
        assertThat(html.at("/candidates/0/date/firstDay").asText()).isEqualTo("2015-11-29");
        String jsonl = Json.object().put("text", IntakeForTest.EXAMPLE).put("published", "2015-11-30T08:00+02:00").toString() + "\n"
                + Json.object().put("text", IntakeForTest.TWO_STRIKES).put("language", "en").toString() + "\n";
        JsonNode posts = paste(Json.object().put("text", jsonl).put("format", "jsonl").toString());
        assertThat(posts).hasSize(2);
        assertThat(posts.at("/1/candidates")).hasSize(2);
    }

    @Test
    void badInputIsRefusedNamingTheFieldNeverRepeatingItAndStoresNothing() {
        var inv = t.as(Role.INVESTIGATOR);
        String secret = "Zqxw secret 1234";
        assertRefused(inv.send("POST", "/api/intake/texts", "{\"text\": \"   \"}"), 400, "text", secret);
        assertRefused(inv.send("POST", "/api/intake/texts", "{\"text\": \"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006 binary\"}"), 400, "text", secret);
        assertRefused(inv.send("POST", "/api/intake/texts", Json.object().put("text", secret).put("language", "fr").toString()), 400, "language", secret);
        assertRefused(inv.send("POST", "/api/intake/texts", Json.object().put("text", secret).put("format", secret).toString()), 400, "format", secret);
        assertRefused(inv.send("POST", "/api/intake/texts", Json.object().put("text", secret).put("published", secret).toString()), 400, "published", secret);
        assertRefused(inv.send("POST", "/api/intake/texts", Json.object().put("text", "{\"text\": \"ok\"}\n" + secret).put("format", "jsonl").toString()),
                400, "text line 2", secret);
        assertRefused(inv.send("POST", "/api/intake/texts", Json.object().put("text", secret).put("colour", "red").toString()), 400, "body", secret);
        String huge = Json.object().put("text", (secret + " ").repeat(120_000)).toString(); // about 2 MB, as a 50 MB paste is refused
        assertRefused(inv.send("POST", "/api/intake/texts", huge), 413, "text", secret);
        assertThat(t.as(Role.VIEWER).get("/api/intake/texts").status()).isEqualTo(403);
        assertThat(t.as(Role.REVIEWER).get("/api/intake/texts").json().get("numberMatched").asInt()).as("nothing half-stored").isZero();
        assertRefused(inv.send("POST", "/api/intake/candidates/987654/accept", "{}"), 404, "this candidate", secret);
        JsonNode c = paste(example()).get(0).get("candidates").get(0);
        assertRefused(inv.send("POST", "/api/intake/candidates/" + c.get("id").asLong() + "/accept", Json.object().put("incident", secret).toString()),
                404, "this incident", secret);
        assertRefused(inv.send("POST", "/api/intake/candidates/" + c.get("id").asLong() + "/accept", "{\"facts\": {\"date\": null}}"), 400, "date", secret);
        assertRefused(inv.send("POST", "/api/intake/candidates/" + c.get("id").asLong() + "/accept", "{\"responses\": [7]}"), 400, "responses", secret);
        assertThat(staffTotal()).isZero();
    }

    private static void assertRefused(TestServer.Answer a, int status, String field, String secret) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().get("description").asText()).as(a.body()).startsWith(field).doesNotContain(secret).doesNotContain("Zqxw");
    }
}
