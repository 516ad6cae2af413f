package org.groundtruth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks the WHOLE route table: every route, for the public and for every role, must answer as its {@link Rule} says
 * (401 for the public outside it, 403 for a role outside it, anything else inside it), and nothing the public is
 * answered may mention an unpublished incident. A route added without a rule does not even register; a route whose
 * handler forgets to hide unpublished incidents fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest {
    @TempDir
    static Path dir;
    TestServer t;
    Incident published;
    Incident draft;
    static final String SECRET_TITLE = "Unpublished canary zqxw";

    @BeforeAll
    void start() {
        t = new TestServer(dir);
        published = t.add(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Published Ariha market").in("Ariha", "Idlib"));
        draft = t.addDraft(IncidentForTest.at(34.73, 36.71).on("2015-10-15").titled(SECRET_TITLE).in("Zqxwtown", "Zqxwgovernorate"));
    }

    @AfterAll
    void stop() {
        t.close();
    }

    /** A concrete request for a route: path parameters filled with the draft's id (others with an id that does not exist, so that no walk step changes what the next one sees), an empty JSON body for writes. */
    private TestServer.Answer call(TestServer.Client client, Route r, long id) {
        String path = r.path().replaceAll("\\{(id|featureId)}", Long.toString(id)).replaceAll("\\{[^}]+}", "987654321");
        return r.method() == io.javalin.http.HandlerType.GET ? client.get(path) : client.send(r.method().name(), path, "{}");
    }

    @Test
    void everyRouteAnswersEveryRoleAsItsRuleSays() {
        List<String> failures = new ArrayList<>();
        List<Route> routes = t.server.routes();
        assertThat(routes).hasSizeGreaterThan(20);
        for (Route r : routes) {
            assertThat(r.rule()).as(r.method() + " " + r.path()).isNotNull();
            TestServer.Answer anon = call(t.anonymous(), r, draft.id());
            int expectedAnon = r.rule().admits(null) ? -1 : 401;
            check(failures, r, "anonymous", anon.status(), expectedAnon);
            for (Role role : Role.values()) {
                TestServer.Answer a = call(t.as(role), r, draft.id());
                check(failures, r, role.code(), a.status(), r.rule().admits(role) ? -1 : 403);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, Route r, String who, int status, int expected) {
        if (expected == -1 ? (status == 401 || status == 403) : status != expected) {
            failures.add(r.method() + " " + r.path() + " as " + who + ": " + status + ", rule " + r.rule() + " expects "
                    + (expected == -1 ? "neither 401 nor 403" : expected));
        }
    }

    @Test
    void thePublicIsToldNothingOfUnpublishedIncidents() {
        for (Route r : t.server.routes()) {
            if (!r.rule().admits(null) || r.method() != io.javalin.http.HandlerType.GET) continue;
            for (long id : new long[] {draft.id(), published.id()}) {
                TestServer.Answer a = call(t.anonymous(), r, id);
                assertThat(a.body()).as(r.path() + " for the public").doesNotContain("canary").doesNotContain("Zqxw");
                if (id == draft.id() && (r.path().contains("{id}") || r.path().contains("{featureId}")) && !r.path().startsWith("/incidents/")) {
                    assertThat(a.status()).as(r.path() + ": an unpublished id looks like no id").isEqualTo(404);
                    TestServer.Answer none = call(t.anonymous(), r, 987_654_321L);
                    assertThat(a.body().replace(Long.toString(draft.id()), "N")).as(r.path())
                            .isEqualTo(none.body().replace("987654321", "N"));
                }
            }
        }
        assertThat(t.get("/api/stats").json().get("total").asInt()).isEqualTo(1);
        assertThat(t.get("/api/incidents").json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(t.get("/ogc/collections/incidents/items").json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(t.as(Role.VIEWER).get("/api/stats").json().get("total").asInt()).isEqualTo(2);
        assertThat(t.as(Role.VIEWER).get("/api/incidents/" + draft.id()).json().get("title").asText()).isEqualTo(SECRET_TITLE);
    }

    @Test
    void aRouteWithoutARuleIsRefused() {
        RouteTable table = new RouteTable();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.api(io.javalin.http.HandlerType.GET, "/api/x", null, ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/api/x has no rule");
    }
}
