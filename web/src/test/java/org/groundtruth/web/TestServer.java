package org.groundtruth.web;

import org.groundtruth.account.AccountStore;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.incident.IncidentForTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.account.Role;
import org.groundtruth.account.User;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.web.account.Passwords;
import org.groundtruth.web.account.Secrets;

/**
 * A real server on a free port over a real SQLite store in a temporary folder, and small HTTP clients for it.
 *
 * <p>Who is asking: {@link #get}/{@link #send} ask anonymously (the public); {@code as(Role.INVESTIGATOR)} gives a
 * client that sends an API token of a user with that role (created on first use); {@link #login} gives a client
 * with a session cookie and its CSRF token, as a browser has. {@link #add} stores a published incident (the public
 * sees it); {@link #addDraft} an unpublished one.
 *
 * <pre>{@code
 * try (TestServer t = new TestServer(dir)) {
 *     var created = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents", json);   // 201
 *     t.get("/api/incidents/" + id).status();                                        // 404: a draft, anonymous
 *     t.as(Role.VIEWER).get("/api/incidents/" + id).status();                        // 200
 * }
 * }</pre>
 */
public final class TestServer implements AutoCloseable {
    /** Cheap Argon2id for tests' own users (the server checks any cost the stored hash names). */
    public static final Passwords.Cost TEST_COST = new Passwords.Cost(1024, 1, 1);
    /** The default settings with the server's own hashes at {@link #TEST_COST}, so that logins never re-hash. */
    public static final SecuritySettings SECURITY = new SecuritySettings(TEST_COST, SecuritySettings.DEFAULT.loginLimits(),
            SecuritySettings.DEFAULT.sessions(), SecuritySettings.DEFAULT.clock());
    public static final String PASSWORD = "correct horse battery staple";
    public final JdbcStore store;
    public final GroundtruthServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Passwords passwords = new Passwords(TEST_COST);
    private final java.util.Map<Role, Client> clients = new java.util.EnumMap<>(Role.class);

    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public TestServer(Path dir, WebSettings settings) {
        this(dir, settings, SECURITY);
    }

    public TestServer(Path dir, WebSettings settings, SecuritySettings security) {
        this(dir, settings, security, null);
    }

    /** A server whose testimony routes seal and open witness identities with {@code keys} (null: no key given). */
    public TestServer(Path dir, WebSettings settings, SecuritySettings security, org.groundtruth.testimony.KeyRing keys) {
        store = JdbcStore.sqlite(dir);
        server = GroundtruthServer.start(store, settings, security, keys);
    }

    public TestServer(Path dir, org.groundtruth.testimony.KeyRing keys) {
        this(dir, WebSettings.local(0).withGovernorates(() -> List.of("Idlib", "Homs", "Hama", "Aleppo", "Latakia")), SECURITY, keys);
    }

    /** Settings that need the open store (evidence wiring), made once it is open. */
    public TestServer(Path dir, java.util.function.Function<JdbcStore, WebSettings> settingsFor) {
        this(dir, settingsFor, null);
    }

    /** As above, with a testimony key ring (null: no key given). */
    public TestServer(Path dir, java.util.function.Function<JdbcStore, WebSettings> settingsFor, org.groundtruth.testimony.KeyRing keys) {
        store = JdbcStore.sqlite(dir);
        server = GroundtruthServer.start(store, settingsFor.apply(store), SECURITY, keys);
    }

    public TestServer(Path dir, SecuritySettings security) {
        this(dir, WebSettings.local(0).withGovernorates(() -> List.of("Idlib", "Homs", "Hama", "Aleppo", "Latakia")), security);
    }

    public TestServer(Path dir) {
        this(dir, WebSettings.local(0).withGovernorates(() -> List.of("Idlib", "Homs", "Hama", "Aleppo", "Latakia")));
    }

    public Incident add(IncidentForTest incident) {
        return add(incident.facts());
    }

    /** Stores a published incident, as the public may see it. */
    public Incident add(IncidentFacts facts) {
        Incident draft = addDraft(facts);
        store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        return store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
    }

    public Incident addDraft(IncidentForTest incident) {
        return addDraft(incident.facts());
    }

    /** Stores an unpublished incident (a draft): only signed-in users see it. */
    public Incident addDraft(IncidentFacts facts) {
        return addDraft(facts, "https://example.org/report");
    }

    /** A draft whose report cites this document (two reports of one strike cite two documents, decision 0564). */
    public Incident addDraft(IncidentFacts facts, String sourceUrl) {
        return store.incidents().create(facts, List.of(new NewReport("test:" + java.util.UUID.randomUUID(),
                new Source("Test monitor", "test", sourceUrl), "A report about " + facts.title(), "en", java.util.Map.of("row", "1"))),
                ChangeNote.system("test"));
    }

    /** A published incident whose report cites this document. */
    public Incident add(IncidentFacts facts, String sourceUrl) {
        Incident draft = addDraft(facts, sourceUrl);
        store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        return store.port(IncidentReviews.PORT).move(draft.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
    }

    /** Adds a user with {@link #PASSWORD} (or the given password) straight into the store. */
    public User addUser(String name, Role role) {
        return addUser(name, role, PASSWORD);
    }

    public User addUser(String name, Role role, String password) {
        return store.port(AccountStore.PORT).addUser(name, role, passwords.hash(password.toCharArray()), ChangeNote.system("test"));
    }

    /** A new API token for a user, as `user token` makes it. */
    public String tokenFor(User user) {
        String token = Secrets.newToken();
        store.port(AccountStore.PORT).addToken(user.id(), "test", Secrets.digest(token), null, ChangeNote.system("test"));
        return token;
    }

    /** A client that sends an API token of a user with this role ("test-ROLE", created on first use). */
    public synchronized Client as(Role role) {
        return clients.computeIfAbsent(role, r -> bearer(tokenFor(addUser("test-" + r.code(), r))));
    }

    public Client bearer(String token) {
        return new Client(java.util.Map.of("Authorization", "Bearer " + token));
    }

    public Client anonymous() {
        return new Client(java.util.Map.of());
    }

    /** Logs in through POST /api/session and returns a client with the session cookie and the CSRF token. */
    public Client login(String name, String password) {
        Answer a = anonymous().send("POST", "/api/session", Json.object().put("name", name).put("password", password).toString());
        if (a.status() != 200) throw new AssertionError("login as " + name + " failed: " + a.status() + " " + a.body());
        return new Client(java.util.Map.of("Cookie", Access.COOKIE + "=" + sessionCookie(a), Access.CSRF_HEADER, a.json().get("csrfToken").asText()));
    }

    /** The session id a response set, or null. */
    public static String sessionCookie(Answer a) {
        for (String c : a.headers().allValues("Set-Cookie")) {
            if (c.startsWith(Access.COOKIE + "=")) return c.substring(Access.COOKIE.length() + 1, c.indexOf(';'));
        }
        return null;
    }

    /** An HTTP client that adds the same headers (credentials) to every request. */
    public final class Client {
        private final java.util.Map<String, String> headers;

        Client(java.util.Map<String, String> headers) {
            this.headers = java.util.Map.copyOf(headers);
        }

        public java.util.Map<String, String> headers() {
            return headers;
        }

        public Client with(String header, String value) {
            var h = new java.util.HashMap<>(headers);
            if (value == null) h.remove(header); else h.put(header, value);
            return new Client(h);
        }

        public Answer get(String pathAndQuery) {
            return TestServer.this.send(withHeaders(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET()));
        }

        public Answer send(String method, String pathAndQuery, String json) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery)));
            if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
            else withBody(b.header("Content-Type", "application/json"), method, json);
            return TestServer.this.send(withHeaders(b));
        }

        private HttpRequest.Builder withHeaders(HttpRequest.Builder b) {
            headers.forEach(b::header);
            return b;
        }
    }

    public String url(String pathAndQuery) {
        return server.baseUrl() + pathAndQuery;
    }

    public Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET());
    }

    public Answer send(String method, String pathAndQuery, String json) {
        return send(withBody(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Content-Type", "application/json"), method, json));
    }

    /**
     * A body larger than the server takes is sent as curl sends any body over 1 MB: with {@code Expect: 100-continue},
     * so that the server's 413 comes before the body. Sent at once, the server answers 413 and closes the connection
     * while the client is still writing, and the client may read a reset instead of the answer (a flaky test, not what
     * a careful client sees).
     */
    private static HttpRequest.Builder withBody(HttpRequest.Builder b, String method, String json) {
        return b.expectContinue(json.length() > 1_000_000).method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
