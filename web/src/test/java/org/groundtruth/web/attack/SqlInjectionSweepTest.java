package org.groundtruth.web.attack;

import org.groundtruth.account.AccountStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.TestimonyLedger;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.storage.postgres.TestPostgres;
import org.groundtruth.storage.jdbc.SearchText;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.Statement;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.testimony.WitnessIdentity;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.web.GroundtruthServer;
import org.groundtruth.web.Json;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL injection in every filter of the JSON API and the OGC API, and in every id in a path, on SQLite and on
 * PostgreSQL. Each injection string, alone and after a valid value, must get a 400 that names the parameter, a 404,
 * or an honest answer (the free-text filters match nothing, or only the incident created with the injection strings as its text);
 * never a 500, never a slow answer (no pg_sleep ran), and the stored data must be exactly as before: the row count
 * and a SHA-256 of every row of every table, read directly from the database, are compared.
 */
class SqlInjectionSweepTest {
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "' OR 1=1 --", "1' OR '1'='1' --", "'; DROP TABLE incidents; --", "1; DELETE FROM incidents",
            "\" OR \"\"=\"", "%' OR 1=1 --", "') OR ('1'='1", "1 UNION SELECT name_sealed FROM testimonies --",
            "' UNION SELECT NULL, sql FROM sqlite_master --", "'; UPDATE incidents SET title='pwned'; --",
            "' || pg_sleep(5) || '", "'; SELECT pg_sleep(5); --", "1) OR sleep(5)#", "' AND randomblob(1000000000) --",
            "$$; DROP TABLE incidents; $$", "\\'; DROP TABLE reports; --", "%", "_", "\\", "*", "\"", "'", "NEAR(a b)",
            "a OR b", "title:x", "a:* | b", "!a & b | c", "(", "))))", "'||(SELECT 1)||'", "1e309", "-1", "0x7fffffff",
            "9223372036854775808", "NaN", "Infinity", "\u0000", "' OR 1=1 \u0000", "ʼ OR ʼ1ʼ=ʼ1", "x".repeat(5000) + "' OR 1=1 --");

    /** Parameters that take free text: an honest answer matches nothing, or the one incident stored with these very words. */
    static final List<String> FREE_TEXT = List.of("q", "actor", "governorate");
    /** Parameters with a type: an injection there must be refused with a 400 naming the parameter. */
    static final List<String> TYPED = List.of("object", "bbox", "bbox-crs", "datetime", "limit", "offset", "sort", "placed", "claimed");
    /** Parameters no filter has: refused as unknown. */
    static final List<String> UNKNOWN = List.of("sortby", "order", "id", "where", "filter");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final KeyRing keys = KeyRing.of(TestimonyKey.generate(new SecureRandom()));
    String bearer;

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        try (JdbcStore store = JdbcStore.sqlite(dir)) {
            Path file = ((SqliteIncidentStore) store.incidents()).file();
            sweep(store, () -> DriverManager.getConnection("jdbc:sqlite:" + file));
        }
    }

    @Test
    void postgresql() throws Exception {
        String url = TestPostgres.newDatabase();
        try (JdbcStore store = JdbcStore.postgres(url)) {
            sweep(store, () -> DriverManager.getConnection(url));
        } finally {
            TestPostgres.dropDatabase(url);
        }
    }

    interface Connector {
        Connection connect() throws Exception;
    }

    void sweep(Store store, Connector db) throws Exception {
        store.incidents().create(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib")
                .hitting(CivilianObject.MARKET).by("Russian warplanes").facts(), List.of());
        store.incidents().create(IncidentForTest.at(34.73, 36.71).on("2015-09-30").titled("Homes in Talbiseh").in("Talbiseh", "Homs").facts(), List.of());
        long third = store.incidents().create(IncidentForTest.unplaced("Kafr Zita", "Hama").on("2015-10-05").titled("Unplaced strike").facts(), List.of()).id();
        WitnessProtection.open(store.port(TestimonyLedger.PORT), keys).add(third,
                new Statement("Witness A", "Interviewer", LocalDate.of(2015, 12, 2), "ar", "Statement text.", Consent.INTERNAL_ONLY),
                new WitnessIdentity("Zubayda Qarawiyyin-Haddad", null));

        // Requests carry an admin's API token, so that every incident (drafts too) is in reach of every filter.
        var admin = store.port(AccountStore.PORT).addUser("sweep-admin", org.groundtruth.account.Role.ADMIN,
                new org.groundtruth.web.account.Passwords(org.groundtruth.web.TestServer.TEST_COST).hash("not used here".toCharArray()),
                org.groundtruth.audit.ChangeNote.system("test"));
        String token = org.groundtruth.web.account.Secrets.newToken();
        store.port(AccountStore.PORT).addToken(admin.id(), "sweep", org.groundtruth.web.account.Secrets.digest(token), null, org.groundtruth.audit.ChangeNote.system("test"));
        bearer = "Bearer " + token;
        try (GroundtruthServer server = GroundtruthServer.start(store, WebSettings.local(0), org.groundtruth.web.SecuritySettings.DEFAULT, keys)) {
            String base = server.baseUrl();
            // Injection strings written as data are stored and read back verbatim, nothing more.
            String created = postIncident(base, INJECTIONS.get(3), INJECTIONS.get(0), INJECTIONS.get(12));
            JsonNode back = get(base, created).json;
            assertThat(back.get("title").asText()).isEqualTo(INJECTIONS.get(3));
            assertThat(back.get("summary").asText()).isEqualTo(INJECTIONS.get(0));
            assertThat(back.at("/location/placeName").asText()).isEqualTo(INJECTIONS.get(12));

            List<org.groundtruth.incident.Incident> incidents = store.incidents().search(org.groundtruth.incident.IncidentQuery.all()).items();
            Snapshot before = snapshot(db);
            assertThat(before.rows().get("incidents")).isEqualTo(4);
            int requests = 0;
            for (String endpoint : List.of("/api/incidents", "/ogc/collections/incidents/items", "/api/stats")) {
                for (String injection : INJECTIONS) {
                    for (String param : FREE_TEXT) {
                        for (String value : List.of(injection, "Ariha" + injection)) {
                            Answer a = get(base, endpoint + "?" + param + "=" + enc(value));
                            requests++;
                            assertThat(a.status).as("%s?%s=%s", endpoint, param, value).isIn(200, 400);
                            if (a.status == 200) {
                                // Honest: exactly the incidents a plain Java reading of the filter picks.
                                java.util.Set<String> expected = oracle(incidents, param, value);
                                if (endpoint.equals("/api/stats")) {
                                    assertThat(a.json.get("total").asLong()).as("%s?%s=%s", endpoint, param, value).isEqualTo(expected.size());
                                } else {
                                    JsonNode items = a.json.has("features") ? a.json.get("features") : a.json.get("items");
                                    java.util.Set<String> got = new java.util.TreeSet<>();
                                    items.forEach(i -> got.add(i.get("id").asText()));
                                    assertThat(got).as("honest answer to %s?%s=%s", endpoint, param, value).isEqualTo(expected);
                                }
                            } else {
                                assertThat(a.json.get("description").asText()).startsWith(param + ":");
                            }
                        }
                    }
                    for (String param : TYPED) {
                        if (endpoint.equals("/api/stats") && (param.equals("limit") || param.equals("offset"))) continue;
                        Answer a = get(base, endpoint + "?" + param + "=" + enc(injection));
                        requests++;
                        if (a.status == 200) {
                            // a few strings are valid values of a typed parameter after all ("-1" is not, "*" is not...)
                            assertThat(param + "=" + injection).as("only harmless values are accepted").matches("limit=0x7fffffff|offset=0x7fffffff|never");
                        } else {
                            assertThat(a.status).as("%s?%s=%s", endpoint, param, injection).isEqualTo(400);
                            assertThat(a.json.get("description").asText()).as("names the parameter").startsWith(param + ":");
                        }
                    }
                    for (String param : UNKNOWN) {
                        Answer a = get(base, endpoint + "?" + param + "=" + enc(injection));
                        requests++;
                        assertThat(a.status).isEqualTo(400);
                        assertThat(a.json.get("description").asText()).startsWith(param + ":").containsAnyOf("unknown parameter", "control character");
                    }
                }
            }
            // the claims ledger's filters: party is free text (no claim is stored here, so an honest answer is empty), the rest typed
            for (String injection : INJECTIONS) {
                for (String param : List.of("party", "placed", "unplaced", "matched", "datetime", "limit", "offset")) {
                    Answer a = get(base, "/api/claims?" + param + "=" + enc(injection));
                    requests++;
                    assertThat(a.status).as("/api/claims?%s=%s", param, injection).isIn(200, 400);
                    if (a.status == 200) {
                        assertThat(a.json.get("numberMatched").asLong()).as("honest answer to /api/claims?%s=%s", param, injection).isZero();
                    } else {
                        assertThat(a.json.get("description").asText()).startsWith(param + ":");
                    }
                }
            }
            // the audit log's filters (accounts): subject is an exact match, action a prefix; neither may widen
            for (String injection : INJECTIONS) {
                for (String param : List.of("subject", "action", "after", "limit")) {
                    Answer a = get(base, "/api/audit?" + param + "=" + enc(injection));
                    requests++;
                    assertThat(a.status).as("/api/audit?%s=%s", param, injection).isIn(200, 400);
                    if (a.status == 200) {
                        assertThat(param).as("only the free-text filters accept %s", injection).isIn("subject", "action");
                        assertThat(a.json.get("entries")).as("honest answer to /api/audit?%s=%s", param, injection).isEmpty();
                    } else {
                        assertThat(a.json.get("description").asText()).startsWith(param + ":");
                    }
                }
            }
            for (String injection : INJECTIONS) {
                String id = enc(injection);
                for (String[] call : new String[][]{{"GET", "/api/incidents/" + id + "/review"}, {"PATCH", "/api/users/" + id},
                        {"GET", "/api/claims/" + id}, {"GET", "/api/incidents/" + id + "/responses"}, {"POST", "/api/incidents/" + id + "/responses"},
                        {"DELETE", "/api/tokens/" + id}, {"POST", "/api/incidents/" + id + "/review"}}) {
                    Answer a = send(base, call[0], call[1], call[0].equals("GET") || call[0].equals("DELETE") ? null : "{\"to\": \"published\", \"role\": \"admin\"}");
                    requests++;
                    assertThat(a.status).as("%s %s", call[0], call[1]).isIn(400, 404);
                }
                for (String path : List.of("/api/incidents/" + id, "/ogc/collections/incidents/items/" + id, "/ogc/collections/" + id,
                        "/ogc/collections/" + id + "/items", "/api/testimony/" + id, "/api/incidents/" + id + "/testimony",
                        "/api/incidents/1" + id)) {
                    Answer a = get(base, path);
                    requests++;
                    assertThat(a.status).as(path).isIn(400, 404);
                    if (a.json != null) assertThat(a.json.has("code")).isTrue();
                }
                Answer report = send(base, "POST", "/api/incidents/" + id + "/reports", "{\"source\":{\"name\":\"x\"}}");
                requests++;
                assertThat(report.status).as("POST report to %s", injection).isIn(400, 404);
            }
            // A NUL inside a JSON string (PostgreSQL cannot store one in text) is a 400 naming the field, not a 500.
            Answer nul = send(base, "POST", "/api/incidents", "{\"title\": \"a\\u0000b\", \"date\": {\"firstDay\": \"2015-11-30\", \"precision\": \"day\"}}");
            requests++;
            assertThat(nul.status).isEqualTo(400);
            assertThat(nul.json.get("description").asText()).startsWith("title:");
            Snapshot after = snapshot(db);
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(after.sha256()).as("every row of every table unchanged after %d requests", requests).isEqualTo(before.sha256());
            assertThat(requests).isGreaterThan(1000);
            System.out.println("SQL injection sweep on " + store.info().kind() + ": " + requests + " requests, rows " + after.rows() + ", sha256 " + after.sha256());
        }
    }

    /**
     * The brute-force reading of a free-text filter: q = every token a word prefix of the incident's text (title,
     * summary, place, district, governorate, report texts); actor = a substring of a perpetrator, ignoring case;
     * governorate = equal, ignoring case. A blank value is no filter.
     */
    static java.util.Set<String> oracle(List<org.groundtruth.incident.Incident> incidents, String param, String value) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (org.groundtruth.incident.Incident i : incidents) {
            var f = i.facts();
            boolean match = switch (param) {
                case "q" -> {
                    List<String> tokens = SearchText.tokens(value);
                    List<String> parts = new ArrayList<>(java.util.Arrays.asList(f.title(), f.summary(), f.location().placeName(),
                            f.location().district(), f.location().governorate()));
                    i.reports().forEach(r -> parts.add(r.text()));
                    List<String> words = List.of(SearchText.document(parts).split(" "));
                    yield !tokens.isEmpty() && tokens.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
                }
                case "actor" -> value.isBlank() || f.allegedPerpetrators().stream().anyMatch(p -> SearchText.key(p).contains(SearchText.key(value)));
                case "governorate" -> value.isBlank() || SearchText.key(value).equals(SearchText.key(f.location().governorate()));
                default -> throw new IllegalArgumentException(param);
            };
            if (match) out.add(i.publicId());
        }
        return out;
    }

    record Answer(int status, JsonNode json, long millis) {
    }

    record Snapshot(Map<String, Long> rows, String sha256) {
    }

    /** Row counts and one SHA-256 over every row of every table, ordered, read from the database itself. */
    static Snapshot snapshot(Connector db) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(pg
                    ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_data' "
                      + "AND name NOT LIKE '%_idx' AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_config' AND name NOT LIKE '%_content' "
                      + "AND name NOT LIKE '%_node' AND name NOT LIKE '%_rowid' AND name NOT LIKE '%_parent' ORDER BY 1")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                long n = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        n++;
                        for (int k = 1; k <= md.getColumnCount(); k++) {
                            // when a token or session was last used is bookkeeping of the requests themselves, not stored data
                            if (md.getColumnName(k).equalsIgnoreCase("last_used_at") || md.getColumnName(k).equalsIgnoreCase("last_seen_at")) continue;
                            byte[] b = rs.getBytes(k);
                            sha.update(b == null ? new byte[]{0} : b);
                            sha.update((byte) 0x1f);
                        }
                        sha.update((byte) 0x1e);
                    }
                }
                rows.put(t, n);
            }
        }
        return new Snapshot(rows, HexFormat.of().formatHex(sha.digest()));
    }

    Answer get(String base, String path) throws Exception {
        return send(base, "GET", path, null);
    }

    Answer send(String base, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("Authorization", bearer);
        if (body != null) b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        else if (!method.equals("GET")) b.method(method, HttpRequest.BodyPublishers.noBody());
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            // Jetty closes a connection after refusing a path it cannot parse; a pooled connection may be that one. Once more.
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("%s %s answered quickly (no sleep ran)", method, path).isLessThan(4_000);
        assertThat(r.statusCode()).as("%s %s is never a server error: %s", method, path, r.body()).isLessThan(500);
        JsonNode json = null;
        if (r.headers().firstValue("Content-Type").orElse("").contains("json")) json = Json.MAPPER.readTree(r.body());
        return new Answer(r.statusCode(), json, ms);
    }

    String postIncident(String base, String title, String summary, String place) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", summary);
        body.put("date", Map.of("firstDay", "2015-11-30", "precision", "day"));
        body.put("location", Map.of("placeName", place, "governorate", "Idlib"));
        body.put("perpetrators", List.of(INJECTIONS.get(5)));
        Answer a = send(base, "POST", "/api/incidents", Json.MAPPER.writeValueAsString(body));
        assertThat(a.status).as(String.valueOf(a.json)).isEqualTo(201);
        return "/api/incidents/" + a.json.get("id").asText();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
