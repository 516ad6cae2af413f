package org.groundtruth.web.account;

import org.groundtruth.account.AccountStore;
import org.groundtruth.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.groundtruth.account.LoginThrottle;
import org.groundtruth.account.Role;
import org.groundtruth.account.Session;
import org.groundtruth.account.User;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.Access;
import org.groundtruth.web.SecuritySettings;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks issue 4 names, each refused clearly, with the stored data (incidents, users, audit log) exactly as before.
 */
class AttacksTest {
    @TempDir
    Path dir;
    TestServer t;
    /** A clock the tests move forward to expire sessions, tokens and throttles. */
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-10T09:00:00Z"));
    Incident draft;
    Incident published;

    SecuritySettings security;

    @BeforeEach
    void start() {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        security = new SecuritySettings(TestServer.TEST_COST, new LoginThrottle.Limits(5, 12, Duration.ofMinutes(15)),
                new Session.Policy(Duration.ofMinutes(30), Duration.ofHours(8)), clock);
        t = new TestServer(dir, security);
        draft = t.addDraft(IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Draft in Ariha"));
        published = t.add(IncidentForTest.at(35.9, 36.6).on("2015-11-30").titled("Published in Idlib"));
    }

    @AfterEach
    void stop() {
        t.close();
    }

    /** What must not change when an attack is refused. */
    private String stored() {
        return t.store.incidents().find(draft.id()).orElseThrow() + "|" + t.store.incidents().find(published.id()).orElseThrow().facts() + "|"
                + t.store.incidents().search(org.groundtruth.incident.IncidentQuery.all()).numberMatched() + "|" + t.store.port(AccountStore.PORT).users() + "|"
                + t.store.port(AuditLog.PORT).count();
    }

    @Test
    void csrfAChangeWithTheSessionCookieButNoTokenIsRefused() {
        t.addUser("rania", Role.INVESTIGATOR);
        TestServer.Client browser = t.login("rania", TestServer.PASSWORD);
        String before = stored();
        String patch = "{\"title\": \"Forged\"}";

        var noToken = browser.with(Access.CSRF_HEADER, null).send("PATCH", "/api/incidents/" + draft.publicId(), patch);
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.json().get("code").asText()).isEqualTo("CsrfTokenMissing");
        var wrongToken = browser.with(Access.CSRF_HEADER, "guess").send("PATCH", "/api/incidents/" + draft.publicId(), patch);
        assertThat(wrongToken.status()).isEqualTo(403);
        var otherSite = browser.with("Origin", "https://evil.example").send("PATCH", "/api/incidents/" + draft.publicId(), patch);
        assertThat(otherSite.status()).isEqualTo(403);
        assertThat(otherSite.json().get("code").asText()).isEqualTo("CrossOrigin");
        var logoutForged = browser.with(Access.CSRF_HEADER, null).send("DELETE", "/api/session", null);
        assertThat(logoutForged.status()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);

        // reads need no token; the same change with the token goes through
        assertThat(browser.with(Access.CSRF_HEADER, null).get("/api/incidents/" + draft.publicId()).status()).isEqualTo(200);
        assertThat(browser.send("PATCH", "/api/incidents/" + draft.publicId(), patch).status()).isEqualTo(200);
        assertThat(t.store.port(AuditLog.PORT).about("incident:" + draft.id()).getLast().actor()).isEqualTo("user:rania");
    }

    @Test
    void bruteForceLoginIsThrottledPerAccountAndPerAddress() {
        t.addUser("amal", Role.ADMIN);
        String before = stored();
        for (int i = 0; i < 5; i++) {
            var a = login("amal", "wrong password " + i);
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.json().get("description").asText()).isEqualTo("the name or the password is wrong");
        }
        var limited = login("amal", TestServer.PASSWORD);
        assertThat(limited.status()).as("even the right password waits once the account is throttled").isEqualTo(429);
        assertThat(limited.json().get("code").asText()).isEqualTo("TooManyAttempts");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(TestServer.sessionCookie(limited)).isNull();

        // an unknown name answers as a wrong password, and the address limit (12) catches spraying across names
        for (int i = 0; i < 7; i++) assertThat(login("nobody" + i, "x").status()).isEqualTo(401);
        assertThat(login("someone-else", "x").status()).isEqualTo(429);
        assertThat(stored()).isEqualTo(before);

        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(login("amal", TestServer.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreThanTheLimit() throws Exception {
        // a realistic hash cost, so that each check takes long enough for a burst to overlap
        t.store.port(AccountStore.PORT).addUser("amal", Role.ADMIN, new Passwords(Passwords.Cost.DEFAULT).hash(TestServer.PASSWORD.toCharArray()),
                ChangeNote.system("test"));
        int burst = 24;
        CountDownLatch go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(burst)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String guess = "wrong password " + i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return login("amal", guess).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var a : answers) statuses.add(a.get());
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).as("passwords checked in a burst of " + burst).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnAddressLimitAndASpoofedHeaderHelpsNobody() {
        // no trusted proxy: X-Forwarded-For is the caller's own word, so varying it does not escape the address limit
        for (int i = 0; i < 12; i++) assertThat(loginFrom("198.51.100." + i, "nobody" + i).status()).isEqualTo(401);
        assertThat(loginFrom("198.51.100.99", "someone").status()).isEqualTo(429);

        // behind a proxy on 127.0.0.1, whose header is trusted: one client's failures do not lock out the others
        t.close();
        t = new TestServer(dir, security.withTrustedProxies(List.of("127.0.0.1")));
        for (int i = 0; i < 12; i++) assertThat(loginFrom("203.0.113.7", "stranger" + i).status()).isEqualTo(401);
        assertThat(loginFrom("203.0.113.7", "someone").status()).isEqualTo(429);
        assertThat(loginFrom("192.0.2.1, 203.0.113.7", "someone").status()).as("what the client wrote before the proxy's entry counts for nothing").isEqualTo(429);
        assertThat(loginFrom("203.0.113.8", "someone").status()).isEqualTo(401);
    }

    private TestServer.Answer loginFrom(String forwardedFor, String name) {
        return t.anonymous().with("X-Forwarded-For", forwardedFor).send("POST", "/api/session", "{\"name\":\"" + name + "\",\"password\":\"wrong password\"}");
    }

    @Test
    void theThrottleHoldsAcrossARestartOfTheServer() {
        t.addUser("amal", Role.ADMIN);
        for (int i = 0; i < 5; i++) assertThat(login("amal", "wrong password " + i).status()).isEqualTo(401);
        t.close();
        t = new TestServer(dir, security);
        assertThat(login("amal", TestServer.PASSWORD).status()).as("a restart must not hand out five more guesses").isEqualTo(429);
        now.set(now.get().plus(Duration.ofMinutes(16)));
        assertThat(login("amal", TestServer.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void sessionFixationAPlantedSessionIdIsNeverAdopted() {
        t.addUser("amal", Role.ADMIN);
        String planted = "attacker-chosen-session-id";
        var a = t.anonymous().with("Cookie", Access.COOKIE + "=" + planted)
                .send("POST", "/api/session", "{\"name\":\"amal\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(a.status()).isEqualTo(200);
        String issued = TestServer.sessionCookie(a);
        assertThat(issued).isNotNull().isNotEqualTo(planted).hasSizeGreaterThanOrEqualTo(43);
        String setCookie = a.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Access.COOKIE + "=" + issued)).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/");
        // the attacker's id is worth nothing; the issued one works
        var asAttacker = t.anonymous().with("Cookie", Access.COOKIE + "=" + planted).get("/api/session");
        assertThat(asAttacker.json().get("user").isNull()).isTrue();
        assertThat(t.anonymous().with("Cookie", Access.COOKIE + "=" + issued).get("/api/session").json().at("/user/name").asText()).isEqualTo("amal");

        // logging in again rotates the id and ends the old session
        var again = t.anonymous().with("Cookie", Access.COOKIE + "=" + issued).with(Access.CSRF_HEADER, a.json().get("csrfToken").asText())
                .send("POST", "/api/session", "{\"name\":\"amal\",\"password\":\"" + TestServer.PASSWORD + "\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(TestServer.sessionCookie(again)).isNotEqualTo(issued);
        assertThat(t.anonymous().with("Cookie", Access.COOKIE + "=" + issued).get("/api/session").json().get("user").isNull()).isTrue();
        // the store keeps only digests
        assertThat(t.store.port(AccountStore.PORT).session(issued)).isEmpty();
        assertThat(t.store.port(AccountStore.PORT).session(Secrets.digest(TestServer.sessionCookie(again)))).isPresent();
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOneAndEndsYourOtherSessions() {
        t.addUser("amal", Role.ADMIN);
        TestServer.Client laptop = t.login("amal", TestServer.PASSWORD);
        TestServer.Client phone = t.login("amal", TestServer.PASSWORD);
        String before = stored();
        var wrong = laptop.send("POST", "/api/session/password", "{\"current\":\"not it at all\",\"password\":\"a brand new passphrase\"}");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(laptop.send("POST", "/api/session/password", "{\"current\":\"" + TestServer.PASSWORD + "\",\"password\":\"short\"}").status()).isEqualTo(400);
        assertThat(stored()).isEqualTo(before);
        var ok = laptop.send("POST", "/api/session/password", "{\"current\":\"" + TestServer.PASSWORD + "\",\"password\":\"a brand new passphrase\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(phone.get("/api/users").status()).as("the other session ended").isEqualTo(401);
        assertThat(t.anonymous().with("Cookie", Access.COOKIE + "=" + TestServer.sessionCookie(ok)).get("/api/users").status()).isEqualTo(200);
        assertThat(login("amal", TestServer.PASSWORD).status()).isEqualTo(401);
        assertThat(login("amal", "a brand new passphrase").status()).isEqualTo(200);
        assertThat(t.store.port(AuditLog.PORT).entries(0, 100, null, "user.password")).singleElement()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("brand new").doesNotContain("argon2"));
    }

    @Test
    void sessionsExpireWhenIdleAndAtTheirAbsoluteLimit() {
        t.addUser("amal", Role.ADMIN);
        TestServer.Client s = t.login("amal", TestServer.PASSWORD);
        for (int i = 0; i < 7; i++) { // active every 25 minutes: the idle limit (30) never passes, the absolute one (8 h) does
            now.set(now.get().plus(Duration.ofMinutes(25)));
            assertThat(s.get("/api/users").status()).isEqualTo(200);
        }
        now.set(now.get().plus(Duration.ofMinutes(25 * 13)));
        assertThat(s.get("/api/users").status()).isEqualTo(401);
        TestServer.Client idle = t.login("amal", TestServer.PASSWORD);
        now.set(now.get().plus(Duration.ofMinutes(31)));
        assertThat(idle.get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void roleEscalationAndGuessedIdsAreRefused() {
        TestServer.Client viewer = t.as(Role.VIEWER), investigator = t.as(Role.INVESTIGATOR), reviewer = t.as(Role.REVIEWER);
        String before = stored();
        // a viewer writes nothing; an investigator cannot make users, read the audit log, or publish; a reviewer edits no facts
        assertThat(viewer.send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(investigator.send("POST", "/api/users", "{\"name\":\"mole\",\"role\":\"admin\",\"password\":\"0123456789ab\"}").status()).isEqualTo(403);
        User inv = t.store.port(AccountStore.PORT).user("test-investigator").orElseThrow();
        assertThat(investigator.send("PATCH", "/api/users/" + inv.id(), "{\"role\":\"admin\"}").status()).isEqualTo(403);
        assertThat(investigator.get("/api/audit").status()).isEqualTo(403);
        assertThat(reviewer.send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
        assertThat(investigator.send("POST", "/api/incidents/" + draft.publicId() + "/review", "{\"to\":\"in_review\"}").status()).isEqualTo(200);
        before = stored();
        var selfPublish = investigator.send("POST", "/api/incidents/" + draft.publicId() + "/review", "{\"to\":\"published\"}");
        assertThat(selfPublish.status()).isEqualTo(403);
        assertThat(selfPublish.json().get("description").asText()).isEqualTo("a investigator may not publish an incident");
        assertThat(reviewer.send("POST", "/api/incidents/" + published.publicId() + "/review", "{\"to\":\"retracted\"}").status()).as("no reason").isEqualTo(400);
        assertThat(reviewer.send("POST", "/api/incidents/" + published.publicId() + "/review", "{\"to\":\"draft\"}").status()).isEqualTo(409);
        assertThat(stored()).isEqualTo(before);

        // the public guessing ids: an unpublished incident is a 404 exactly like a missing one
        var guessed = t.get("/api/incidents/" + draft.publicId());
        var missing = t.get("/api/incidents/" + org.groundtruth.incident.PublicId.next());
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(guessed.body().replaceAll("[0-9a-z]{16}", "N")).isEqualTo(missing.body().replaceAll("[0-9a-z]{16}", "N"));
        var byNumber = t.get("/api/incidents/" + published.id()); // even a published incident's internal number
        assertThat(byNumber.status()).isEqualTo(404);
        assertThat(byNumber.body().replace(Long.toString(published.id()), "N")).isEqualTo(t.get("/api/incidents/999999").body().replace("999999", "N"));
        assertThat(t.get("/ogc/collections/incidents/items/" + draft.publicId()).status()).isEqualTo(404);
        assertThat(t.send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\":\"x\"}").status()).isEqualTo(401);

        // another user's token by id: 404, as if it did not exist
        User other = t.addUser("other", Role.INVESTIGATOR);
        t.tokenFor(other);
        long othersToken = t.store.port(AccountStore.PORT).tokens(other.id()).getFirst().id();
        assertThat(investigator.send("DELETE", "/api/tokens/" + othersToken, null).status()).isEqualTo(404);
        assertThat(t.store.port(AccountStore.PORT).tokens(other.id()).getFirst().revokedAt()).isNull();
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefused() {
        TestServer.Client investigator = t.as(Role.INVESTIGATOR);
        var made = investigator.send("POST", "/api/tokens", "{\"label\":\"script\",\"expiresInDays\":1}");
        assertThat(made.status()).isEqualTo(201);
        String token = made.json().get("token").asText();
        long id = made.json().get("id").asLong();
        assertThat(token).startsWith("gt_");
        TestServer.Client script = t.bearer(token);
        assertThat(script.get("/api/imports").status()).isEqualTo(200);
        // listed without the secret
        assertThat(investigator.get("/api/tokens").body()).contains("script").doesNotContain(token);

        String before = stored();
        assertThat(t.bearer("gt_not-a-real-token").send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\":\"x\"}").status()).isEqualTo(401);
        assertThat(t.anonymous().with("Authorization", "Basic YTpi").get("/api/imports").status()).isEqualTo(401);

        assertThat(investigator.send("DELETE", "/api/tokens/" + id, null).status()).isEqualTo(204);
        var revoked = script.send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\":\"x\"}");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("description").asText()).contains("revoked");
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        var second = investigator.send("POST", "/api/tokens", "{\"label\":\"short\",\"expiresInDays\":1}").json().get("token").asText();
        assertThat(t.bearer(second).get("/api/imports").status()).isEqualTo(200);
        now.set(now.get().plus(Duration.ofDays(1)).plusSeconds(1));
        var expired = t.bearer(second).send("PATCH", "/api/incidents/" + draft.publicId(), "{\"title\":\"x\"}");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("description").asText()).contains("expired");
        // only the token entries were added to the audit log; nothing else changed
        assertThat(stored().replaceAll("\\|\\d+$", "")).isEqualTo(before.replaceAll("\\|\\d+$", ""));
    }

    @Test
    void secretsNeverReachTheLog() throws Exception {
        java.io.PrintStream realErr = System.err, realOut = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        String token, session;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            t.addUser("amal", Role.ADMIN);
            TestServer.Client s = t.login("amal", TestServer.PASSWORD);
            session = s.headers().get("Cookie");
            var made = s.send("POST", "/api/tokens", "{\"label\":\"x\"}");
            token = made.json().get("token").asText();
            for (int i = 0; i < 6; i++) login("amal", "a wrong password that must not be logged");
            t.bearer(token).get("/api/users");
            t.bearer(token).send("POST", "/api/users", "{\"name\":\"x y\",\"role\":\"viewer\",\"password\":\"secret-password-xyz\"}");
        } finally {
            System.setErr(realErr);
            System.setOut(realOut);
        }
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log).as("log output").doesNotContain(token).doesNotContain(session.substring(session.indexOf('=') + 1))
                .doesNotContain(TestServer.PASSWORD).doesNotContain("a wrong password").doesNotContain("secret-password-xyz");
        // the audit log holds no secret either
        String audit = t.store.port(AuditLog.PORT).entries(0, 1000, null, null).toString();
        assertThat(audit).doesNotContain(token).doesNotContain(TestServer.PASSWORD).doesNotContain("argon2").doesNotContain(Secrets.digest(token));
    }

    private TestServer.Answer login(String name, String password) {
        return t.anonymous().send("POST", "/api/session", "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
    }
}
