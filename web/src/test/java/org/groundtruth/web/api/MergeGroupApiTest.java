package org.groundtruth.web.api;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.merging.MergeLedger;
import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeWorkflow;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge groups at /api/merge-groups (issue 10 item 4, decision 0549): listed by value, accepted or rejected whole. */
class MergeGroupApiTest {
    @TempDir
    Path dir;
    TestServer t;
    long a, b, c;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        a = t.add(MergeApiTest.exact(35.8100, 36.6100, 0)).id();
        b = t.add(MergeApiTest.exact(35.8102, 36.6100, 5)).id();
        c = t.add(MergeApiTest.exact(35.8101, 36.6101, 8)).id();
        MergeWorkflow.propose(t.store.port(MergeLedger.PORT), MergeParameters.DEFAULT, 2, "system:merge");
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aGroupIsListedAndAcceptedWholeByAReviewer() {
        assertThat(t.get("/api/merge-groups").status()).isEqualTo(401);
        var viewer = t.as(org.groundtruth.account.Role.VIEWER);
        JsonNode page = viewer.get("/api/merge-groups").json();
        assertThat(page.get("numberMatched").asLong()).isEqualTo(1);
        JsonNode g = page.at("/items/0");
        assertThat(g.get("members")).extracting(JsonNode::asLong).containsExactly(a, b, c);
        assertThat(g.get("merges")).hasSize(2);
        assertThat(g.get("pending").asBoolean()).isTrue();
        long id = g.get("id").asLong();
        assertThat(viewer.send("POST", "/api/merge-groups/" + id + "/apply", "{}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/merge-groups?band=0.2..2").status()).isEqualTo(400);
        assertThat(viewer.get("/api/merge-groups/999").status()).isEqualTo(404);

        var reviewer = t.as(org.groundtruth.account.Role.REVIEWER);
        JsonNode done = reviewer.send("POST", "/api/merge-groups/" + id + "/apply", "{}").json();
        assertThat(done.get("pending").asBoolean()).isFalse();
        assertThat(done.at("/merges/0/status").asText()).isEqualTo("applied");
        assertThat(reviewer.send("POST", "/api/merge-groups/" + id + "/apply", "{}").status()).isEqualTo(409);
        assertThat(reviewer.get("/api/merge-groups").json().get("numberMatched").asLong()).isZero();
        assertThat(t.store.port(MergeLedger.PORT).mergedInto(c)).hasValue(a);
    }

    @Test
    void aGroupRejectedWholeIsNeverProposedAgain() {
        var investigator = t.as(org.groundtruth.account.Role.INVESTIGATOR);
        long id = investigator.get("/api/merge-groups?band=0..1").json().at("/items/0/id").asLong();
        JsonNode rejected = investigator.send("POST", "/api/merge-groups/" + id + "/reject", "{\"note\": \"two strikes\"}").json();
        assertThat(rejected.at("/merges/0/status").asText()).isEqualTo("rejected");
        assertThat(MergeWorkflow.propose(t.store.port(MergeLedger.PORT), MergeParameters.DEFAULT, 2, "system:merge").newGroups()).isZero();
    }
}
