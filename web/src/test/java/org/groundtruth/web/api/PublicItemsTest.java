package org.groundtruth.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.assessment.StoredAssessment;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.ClaimForTest;
import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.ClaimQuery;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.MatchState;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.grading.Grade;
import org.groundtruth.incident.IdPage;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.ogc.OgcApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public's list pages keep each incident's rendered JSON per public generation (decision 0424): after every kind of
 * change the public can see, the served pages' items equal the same items rendered afresh from the store, the oracle.
 */
class PublicItemsTest {
    private static final String OGC = "/ogc/collections/incidents/items?limit=100";
    private static final String LIST = "/api/incidents?limit=100";
    private static final IncidentQuery PUBLIC = IncidentQuery.all().withStatuses(Set.of(IncidentStatus.PUBLISHED)).page(100, 0);
    @TempDir
    Path dir;
    TestServer t;
    Incident ariha;
    Incident draft;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Ariha market «سوق أريحا»").in("Ariha", "Idlib"));
        t.add(IncidentForTest.at(34.7300, 36.7100).on("2015-09-30").titled("Talbiseh").in("Talbiseh", "Homs"));
        draft = t.addDraft(IncidentForTest.at(35.80, 36.60).on("2015-11-30").titled("a draft"));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void servedPagesEqualFreshRenderingsAfterEveryKindOfPublicChange() {
        assertServedAsRendered("at first");
        assertThat(t.get(LIST + "&grade=fair").json().get("numberMatched").asInt()).as("counted, and the count kept").isZero();
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        t.store.port(AssessmentLedger.PORT).saveComputed(List.of(new StoredAssessment(ariha.id(), Grade.FAIR, List.of("russian_military"), 0.8, now)));
        assertServedAsRendered("graded");
        assertThat(t.get(LIST + "&grade=fair").json().get("numberMatched").asInt()).as("a kept count follows a grade").isEqualTo(1);
        ClaimLedger claims = t.store.port(ClaimLedger.PORT);
        claims.respond(new Response(0, "Russian Ministry of Defence", ResponseKind.CALLED_FAKE, ariha.id(), LocalDate.of(2015, 12, 1),
                "fake", SourceDocument.at("https://example.org/mod"), now));
        assertServedAsRendered("answered by a party");
        importClaim("Russian MoD");
        long claimId = claims.list(ClaimQuery.all()).items().getFirst().claim().id();
        claims.replaceMatchesOf(List.of(ariha.id()), List.of(claimId), List.of(new ClaimMatch(ariha.id(), claimId, "Russian MoD", 0.9, 1.2, 0, "1.2 km apart")),
                new MatchState(25, 86400, null, null, now));
        assertServedAsRendered("a claim matched");
        importClaim("Russian Ministry of Defence");
        assertServedAsRendered("the matched claim revised");
        t.store.incidents().update(ariha.id(), IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Ariha market, corrected").facts(),
                ChangeNote.system("test"));
        t.store.incidents().publishRevision(ariha.id(), ChangeNote.system("test"));
        assertServedAsRendered("corrected by a reviewer");
        IncidentReviews reviews = t.store.port(IncidentReviews.PORT);
        reviews.move(draft.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        reviews.move(draft.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
        assertServedAsRendered("a draft published");
        reviews.move(ariha.id(), IncidentStatus.RETRACTED, null, ChangeNote.system("test").because("wrong place"));
        assertServedAsRendered("retracted");
        assertThat(t.get(LIST).json().get("items").toString()).doesNotContain("Ariha");
    }

    @Test
    void signedInPagesAreNeverTakenFromThePublicsKeptItems() {
        t.get(OGC);
        JsonNode staff = t.as(org.groundtruth.account.Role.VIEWER).get(OGC).json();
        assertThat(staff.get("numberReturned").asInt()).as("drafts too").isEqualTo(3);
        assertThat(staff.get("features").get(0).get("properties").has("internalId")).isTrue();
    }

    private void assertServedAsRendered(String when) {
        for (int twice = 0; twice < 2; twice++) { // the second answer is made of kept items
            assertThat(t.get(OGC).json().get("features")).as(when + ": OGC items").isEqualTo(fresh(OgcApi.FEATURE));
            assertThat(t.get(LIST).json().get("items")).as(when + ": JSON list").isEqualTo(fresh(IncidentApi.SUMMARY));
        }
    }

    /** The oracle: the page's items rendered from the store, nothing kept (a page with no generation keeps nothing). */
    private JsonNode fresh(PublicItems.Renderer renderer) {
        IdPage page = t.store.incidents().searchIds(PUBLIC);
        IdPage unkept = new IdPage(page.ids(), page.numberMatched(), -1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var g = Json.MAPPER.createGenerator(bytes)) {
            g.writeStartArray();
            for (Json.Writer w : new PublicItems(renderer, 1 << 20).items(t.store, PUBLIC, unkept, false)) w.write(g);
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try {
            ArrayNode items = (ArrayNode) Json.MAPPER.readTree(bytes.toByteArray());
            assertThat(items).as("the oracle renders every published incident").hasSize((int) page.numberMatched());
            return items;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void importClaim(String party) {
        var claim = ClaimForTest.by(party).on("2015-11-29").at(35.81, 36.61).claim();
        try (ClaimImport im = t.store.port(ClaimLedger.PORT).beginImport(new ImportMeta("claims.csv", "claims-csv", null))) {
            im.upsert(new ClaimRecord("t:1", "test-claims", claim, Map.of("id", "t:1", "party", party), null));
            im.commit();
        }
    }
}
