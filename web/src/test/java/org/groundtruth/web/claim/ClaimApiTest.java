package org.groundtruth.web.claim;

import org.groundtruth.claim.ClaimLedger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.groundtruth.account.Role;
import org.groundtruth.claim.ClaimForTest;
import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.claim.ClaimedPlace;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims, matches and responses over HTTP, against a real SQLite store; matching runs when incidents arrive. */
class ClaimApiTest {
    static final String ARIHA = """
            {"title": "Market in Ariha",
             "date": {"precision": "day", "firstDay": "2015-11-29"},
             "location": {"lat": 35.8126, "lon": 36.6096, "precision": "neighbourhood", "placeName": "Ariha", "governorate": "Idlib", "countryCode": "SY"},
             "casualties": {"killed": {"min": 40, "max": 49}},
             "objectsHit": ["market"]}
            """;

    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        try (ClaimImport im = t.store.port(ClaimLedger.PORT).beginImport(new ImportMeta("claims.csv", "claims-csv", null))) {
            im.upsert(new ClaimRecord("t:near-ariha", "test", ClaimForTest.by("Party A (synthetic)").on("2015-11-29")
                    .statedAt("2015-11-30T08:00:00Z").at(35.83, 36.62).target("terrorist command post").claim(), Map.of("id", "1"), null));
            im.upsert(new ClaimRecord("t:nowhere", "test", ClaimForTest.by("Party B (synthetic)")
                    .place(ClaimedPlace.unplaced(List.of("Tell Nowhere"))).claim(), Map.of("id", "2"), null));
            im.commit();
        }
    }

    @AfterEach
    void stop() {
        t.close();
    }

    private TestServer.Client inv() {
        return t.as(Role.INVESTIGATOR);
    }

    private long createAriha() {
        var created = inv().send("POST", "/api/incidents", ARIHA);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("internalId").asLong(); // signed-in callers see the internal number too
    }

    @Test
    void anIncidentCreatedThroughTheApiIsMatchedAndShowsItsClaims() {
        long id = createAriha();
        JsonNode i = inv().get("/api/incidents/" + id).json();
        assertThat(i.get("claimed").asBoolean()).isTrue();
        JsonNode c = i.at("/claims/0");
        assertThat(c.get("party").asText()).isEqualTo("Party A (synthetic)");
        assertThat(c.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(c.get("distanceKm").asDouble()).isBetween(1.0, 4.0);
        assertThat(c.get("offsetSeconds").asLong()).isZero();
        assertThat(c.get("offset").asText()).isEqualTo("overlapping dates");
        assertThat(c.get("reason").asText()).contains("km apart").contains("claimed 'terrorist command post'");
        assertThat(i.get("responses")).isEmpty();

        assertThat(inv().get("/api/incidents?claimed=true").json().get("numberMatched").asLong()).isEqualTo(1);
        assertThat(inv().get("/api/incidents?claimed=false").json().get("numberMatched").asLong()).isZero();
        assertThat(inv().get("/api/incidents?claimed=true").json().at("/items/0/claims/0/party").asText()).isEqualTo("Party A (synthetic)");
        var bad = inv().get("/api/incidents?claimed=maybe");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("claimed");

        JsonNode features = inv().get("/ogc/collections/incidents/items?claimed=true").json();
        assertThat(features.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(features.at("/features/0/properties/claimed").asBoolean()).isTrue();
        assertThat(features.at("/features/0/properties/claims/0/reason").asText()).contains("km apart");
        assertThat(inv().get("/ogc/collections/incidents/items/" + id).json().at("/properties/claims/0/claimId").asLong()).isPositive();
    }

    @Test
    void anIncidentCorrectedByItsPublicIdIsMatchedAgain() {
        var created = inv().send("POST", "/api/incidents", ARIHA.replace("35.8126", "33.0").replace("36.6096", "38.0"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String publicId = created.json().get("id").asText();
        assertThat(inv().get("/api/incidents/" + publicId).json().get("claimed").asBoolean()).as("far from the claim").isFalse();
        var moved = inv().send("PATCH", "/api/incidents/" + publicId, "{\"location\": {\"lat\": 35.8126, \"lon\": 36.6096}}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(inv().get("/api/incidents/" + publicId).json().get("claimed").asBoolean()).as("matched after a write by public id").isTrue();
    }

    @Test
    void claimsAreListedWithTheIncidentsTheyCouldExplainAndUnplacedOnesApart() {
        long id = createAriha();
        JsonNode all = inv().get("/api/claims").json();
        assertThat(all.get("numberMatched").asLong()).isEqualTo(2);
        JsonNode unplaced = inv().get("/api/claims?unplaced=true").json();
        assertThat(unplaced.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(unplaced.at("/items/0/place/placed").asBoolean()).isFalse();
        assertThat(unplaced.at("/items/0/place/localityNames/0").asText()).isEqualTo("Tell Nowhere");
        JsonNode nearby = inv().get("/api/claims?matched=true").json();
        assertThat(nearby.get("numberMatched").asLong()).isEqualTo(1);
        assertThat(nearby.at("/items/0/incidents/0/incidentId").asLong()).isEqualTo(id);

        long claimId = nearby.at("/items/0/id").asLong();
        JsonNode one = inv().get("/api/claims/" + claimId).json();
        assertThat(one.get("party").asText()).isEqualTo("Party A (synthetic)");
        assertThat(one.at("/place/radiusBasis").asText()).isEqualTo("assumed");
        assertThat(one.at("/incidents/0/title").asText()).isEqualTo("Market in Ariha");
        assertThat(one.at("/incidents/0/killed").asText()).isEqualTo("40-49");
        assertThat(inv().get("/api/claims/999999").status()).isEqualTo(404);
        assertThat(inv().get("/api/claims?placed=true&unplaced=true").status()).isEqualTo(400);
        assertThat(inv().get("/api/claims?colour=red").status()).isEqualTo(400);
    }

    @Test
    void responsesAreAddedAndShownWithTheIncident() {
        long id = createAriha();
        var added = inv().send("POST", "/api/incidents/" + id + "/responses",
                "{\"party\": \"Party A (synthetic)\", \"kind\": \"fake\", \"date\": \"2015-12-23\", \"text\": \"The reports are fake.\", \"language\": \"en\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("kindLabel").asText()).isEqualTo("called it fake");
        JsonNode i = inv().get("/api/incidents/" + id).json();
        assertThat(i.at("/responses/0/kind").asText()).isEqualTo("fake");
        assertThat(i.at("/responses/0/text").asText()).isEqualTo("The reports are fake.");
        assertThat(inv().get("/api/incidents/" + id + "/responses").json().at("/responses/0/party").asText()).isEqualTo("Party A (synthetic)");

        var badKind = inv().send("POST", "/api/incidents/" + id + "/responses", "{\"party\": \"X\", \"kind\": \"shrug\", \"text\": \"no\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind").contains("denial, admission, fake, investigation, other");
        var future = inv().send("POST", "/api/incidents/" + id + "/responses", "{\"party\": \"X\", \"kind\": \"denial\", \"date\": \"2099-01-01\", \"text\": \"no\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("in the future");
        assertThat(inv().send("POST", "/api/incidents/999999/responses", "{\"party\": \"X\", \"kind\": \"denial\", \"text\": \"no\"}").status()).isEqualTo(404);
        assertThat(inv().send("POST", "/api/incidents/" + id + "/responses", "{\"party\": \"X\", \"kind\": \"denial\"}").status()).isEqualTo(400);
    }

    @Test
    void claimsNeedASignedInCallerAndResponsesAnInvestigator() {
        long id = createAriha();
        assertThat(t.get("/api/claims").status()).isEqualTo(401);
        assertThat(t.get("/api/claims/1").status()).isEqualTo(401);
        assertThat(t.as(Role.VIEWER).get("/api/claims").status()).isEqualTo(200);
        assertThat(t.as(Role.VIEWER).send("POST", "/api/incidents/" + id + "/responses",
                "{\"party\": \"X\", \"kind\": \"denial\", \"text\": \"no\"}").status()).isEqualTo(403);
        assertThat(t.get("/api/incidents/" + id + "/responses").status()).as("an unpublished incident's responses stay hidden").isEqualTo(404);
    }
}
