package org.groundtruth.web;

import org.groundtruth.merging.MergeLedger;
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
    Incident merged; // published, then merged into `published`
    final List<Incident> hidden = new ArrayList<>(); // drafts made between the published ones: their count must not leak
    static final String SECRET_TITLE = "Unpublished canary zqxw";

    @BeforeAll
    void start() {
        t = new TestServer(dir, org.groundtruth.testimony.KeyRing.of(org.groundtruth.testimony.TestimonyKey.generate(new java.security.SecureRandom())));
        published = t.add(exactAt(35.8100, 36.6100, 0, "Published Ariha market"));
        draft = t.addDraft(IncidentForTest.at(34.73, 36.71).on("2015-10-15").titled(SECRET_TITLE).in("Zqxwtown", "Zqxwgovernorate"));
        hidden.add(draft);
        for (int k = 0; k < 5; k++) hidden.add(t.addDraft(IncidentForTest.at(33.5 + k, 36.3).on("2015-10-" + (16 + k)).titled("Unpublished canary " + k).in("Zqxwville", "Zqxwgovernorate")));
        merged = t.add(exactAt(35.8101, 36.6100, 4, "Published Ariha market, second account"));
        // material hanging off the published incident: a response, a public statement, a merge
        var inv = t.as(Role.INVESTIGATOR);
        assertThat(inv.send("POST", "/api/incidents/" + published.publicId() + "/responses",
                "{\"party\": \"Party A\", \"kind\": \"denial\", \"date\": \"2015-12-01\", \"text\": \"Not us.\"}").status()).isEqualTo(201);
        assertThat(inv.send("POST", "/api/incidents/" + draft.publicId() + "/responses",
                "{\"party\": \"Party A\", \"kind\": \"denial\", \"date\": \"2015-12-01\", \"text\": \"Zqxw denial.\"}").status()).isEqualTo(201);
        for (Incident i : List.of(draft, published)) {
            assertThat(inv.send("POST", "/api/incidents/" + i.publicId() + "/testimony", """
                    {"pseudonym": "Witness", "interviewer": "R. I.", "interviewedOn": "2015-12-02", "language": "ar",
                     "text": "The market was full.", "consent": "publish_anonymised", "identity": {"name": "Zqxw Name", "contact": null}}""")
                    .status()).isEqualTo(201);
        }
        org.groundtruth.merging.MergeWorkflow.run(t.store.port(MergeLedger.PORT), org.groundtruth.merging.MergeParameters.DEFAULT, 1.01, "system:merge");
        var proposals = t.as(Role.REVIEWER).get("/api/merges").json().get("items");
        assertThat(proposals).isNotEmpty();
        for (var p : proposals) {
            if (java.util.Set.of(p.get("firstId").asLong(), p.get("secondId").asLong()).equals(java.util.Set.of(published.id(), merged.id()))) {
                assertThat(t.as(Role.REVIEWER).send("POST", "/api/merges/" + p.get("id").asLong() + "/apply", "{}").status()).isEqualTo(200);
            }
        }
        assertThat(t.store.port(MergeLedger.PORT).mergedInto(merged.id())).hasValue(published.id());
    }

    private static org.groundtruth.incident.IncidentFacts exactAt(double lat, double lon, int minute, String title) {
        var f = IncidentForTest.at(lat, lon).on(org.groundtruth.time.IncidentDate.at(java.time.LocalDate.of(2015, 11, 29),
                java.time.LocalTime.of(12, minute), java.time.ZoneOffset.ofHours(2))).titled(title).in("Ariha", "Idlib").facts();
        return f.withLocation(new org.groundtruth.place.Location(new org.groundtruth.place.Coordinates(lat, lon),
                org.groundtruth.place.LocationPrecision.EXACT, null, "Ariha", "Idlib", null, "SY", org.groundtruth.place.PlacedBy.SOURCE));
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

    /**
     * Issue 9 item 11: HEAD on a protected GET route answered 200 (Javalin answers HEAD for a GET route without running
     * it). HEAD must answer as GET would: 401 for the public, 403 for a role outside the rule, and no body.
     */
    @Test
    void headAnswersEveryRoleAsGetWould() {
        List<String> failures = new ArrayList<>();
        for (Route r : t.server.routes()) {
            if (r.method() != io.javalin.http.HandlerType.GET) continue;
            String path = r.path().replaceAll("\\{(id|featureId)}", Long.toString(draft.id())).replaceAll("\\{[^}]+}", "987654321");
            TestServer.Answer anon = t.anonymous().send("HEAD", path, null);
            check(failures, r, "anonymous (HEAD)", anon.status(), r.rule().admits(null) ? -1 : 401);
            if (!anon.body().isEmpty()) failures.add("HEAD " + r.path() + " answered a body");
            for (Role role : Role.values()) {
                TestServer.Answer a = t.as(role).send("HEAD", path, null);
                check(failures, r, role.code() + " (HEAD)", a.status(), r.rule().admits(role) ? -1 : 403);
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Issue 9 item 10: answers that may carry identities, evidence or unpublished material (every route closed to the
     * public, and any route answering a signed-in caller) tell browsers and proxies to keep no copy.
     */
    @Test
    void answersToSignedInCallersAndProtectedRoutesAreNeverStored() {
        List<String> failures = new ArrayList<>();
        for (Route r : t.server.routes()) {
            // the public pages (the page, its scripts) are the same for everyone and carry no data
            if (r.method() != io.javalin.http.HandlerType.GET || (r.rule().admits(null) && !r.documented())) continue;
            for (Role role : Role.values()) {
                if (!r.rule().admits(role)) continue;
                TestServer.Answer a = call(t.as(role), r, draft.id());
                String cache = a.headers().firstValue("Cache-Control").orElse("");
                if (!cache.contains("no-store")) failures.add("GET " + r.path() + " as " + role.code() + ": Cache-Control '" + cache + "'");
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
                // reads change nothing, so here every path parameter may name the unpublished incident's id
                TestServer.Answer every = t.anonymous().get(r.path().replaceAll("\\{[^}]+}", Long.toString(id)));
                assertThat(every.body()).as(r.path() + " for the public, every parameter " + id).doesNotContain("canary").doesNotContain("Zqxw");
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
        assertThat(t.as(Role.VIEWER).get("/api/stats").json().get("total").asInt()).isEqualTo(1 + hidden.size());
        assertThat(t.as(Role.VIEWER).get("/api/incidents/" + draft.publicId()).json().get("title").asText()).isEqualTo(SECRET_TITLE);
        assertThat(t.as(Role.VIEWER).get("/api/incidents/" + draft.id()).json().get("title").asText()).as("staff may use the number").isEqualTo(SECRET_TITLE);
    }

    /** Fields that name a record; in a public answer none may hold a number (a sequence that counts unpublished records). */
    static final java.util.Set<String> ID_FIELDS = java.util.Set.of("id", "incidentId", "featureId", "mergedInto", "reportId",
            "importId", "statementId", "responseId", "internalId", "firstId", "secondId");
    static final java.util.regex.Pattern NUMBERED_LINK = java.util.regex.Pattern.compile("/(incidents|items|testimony|reports)/\\d+");

    /**
     * Every public GET, with its path parameters set to each incident's public id and internal number (published,
     * merged, unpublished, none): no answer may carry an internal incident id or any other record number (as an id
     * field, or in a link), mention an unpublished incident (its title, place, public id or anything hanging off it),
     * or tell a number from a missing incident. Fails for a handler that writes {@code incident.id()} where the
     * public can see it.
     */
    @Test
    void noPublicAnswerCarriesAnInternalIdOrMentionsAnUnpublishedIncident() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> params = new ArrayList<>(List.of(published.publicId(), merged.publicId(), draft.publicId(),
                Long.toString(published.id()), Long.toString(merged.id()), Long.toString(draft.id()), "987654321", "1"));
        for (Route r : t.server.routes()) {
            if (!r.rule().admits(null) || r.method() != io.javalin.http.HandlerType.GET) continue;
            if (r.path().equals("/openapi.json") || r.path().equals("/api/docs")) continue; // documentation, checked by OpenApiDocumentTest
            for (String param : params) {
                String path = r.path().replaceAll("\\{[^}]+}", param);
                TestServer.Answer a = t.anonymous().get(path);
                String where = "GET " + path + " (" + a.status() + ")";
                if (a.body().contains("canary") || a.body().contains("Zqxw")) failures.add(where + ": mentions an unpublished incident");
                // (an answer may repeat the id it was asked for: "incident X does not exist")
                for (Incident h : hidden) {
                    if (a.body().replace(param, "").contains(h.publicId())) failures.add(where + ": names unpublished incident " + h.publicId());
                }
                java.util.regex.Matcher m = NUMBERED_LINK.matcher(a.body());
                if (m.find()) failures.add(where + ": a numbered link " + m.group());
                if (a.contentType().contains("json") && !a.body().isBlank()) walk(a.json(), "", where, failures);
                boolean number = param.chars().allMatch(Character::isDigit);
                if (number && r.path().contains("{")) {
                    if (a.status() != 404) failures.add(where + ": an internal number must answer 404, as no incident");
                    String none = t.anonymous().get(r.path().replaceAll("\\{[^}]+}", "987654321")).body().replace("987654321", "N");
                    if (!a.body().replace(param, "N").equals(none)) failures.add(where + ": answers unlike a missing id: " + a.body());
                }
            }
        }
        // the published incident, by its public id, shows what hangs off it, under public ids only
        var detail = t.anonymous().get("/api/incidents/" + published.publicId()).json();
        assertThat(detail.get("id").asText()).isEqualTo(published.publicId());
        assertThat(detail.at("/responses/0/incidentId").asText()).isEqualTo(published.publicId());
        assertThat(detail.at("/reports/0/incidentId").asText()).isEqualTo(published.publicId());
        assertThat(t.anonymous().get("/api/incidents/" + merged.publicId()).json().get("mergedInto").asText()).isEqualTo(published.publicId());
        assertThat(t.anonymous().get("/api/incidents/" + published.publicId() + "/testimony").json().at("/items/0/incidentId").asText())
                .isEqualTo(published.publicId());
        var page = t.anonymous().get("/incidents/" + published.publicId());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/#/incidents/" + published.publicId());
        assertThat(failures).isEmpty();
    }

    private static void walk(com.fasterxml.jackson.databind.JsonNode n, String at, String where, List<String> failures) {
        if (n.isObject()) {
            for (var e : n.properties()) {
                var v = e.getValue();
                String here = at + "/" + e.getKey();
                if (ID_FIELDS.contains(e.getKey()) && (v.isNumber() || (v.isTextual() && !v.asText().isEmpty() && v.asText().chars().allMatch(Character::isDigit)))) {
                    failures.add(where + ": " + here + " is a number (" + v + ")");
                }
                if (e.getKey().equals("internalId")) failures.add(where + ": " + here + " is for signed-in users only");
                walk(v, here, where, failures);
            }
        } else if (n.isArray()) {
            for (int k = 0; k < n.size(); k++) walk(n.get(k), at + "/" + k, where, failures);
        }
    }

    @Test
    void aRouteWithoutARuleIsRefused() {
        RouteTable table = new RouteTable();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.api(io.javalin.http.HandlerType.GET, "/api/x", null, ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/api/x has no rule");
    }
}
