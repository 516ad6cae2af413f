package org.groundtruth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groundtruth.account.Role;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer of every route in the {@link RouteTable} (and every asset the page loads) declares UTF-8 and is UTF-8,
 * with Arabic, Ukrainian and typographic characters in the stored data, in the query and in the request bodies: the
 * public and an admin, reads and writes, answers and errors, and a page of 2,000 features.
 *
 * <p>Each text stored starts with an ASCII tag ({@code U8T1 ...}); wherever an answer carries a tag, the whole text
 * must follow it intact, so that "?" for Arabic or a lone byte for "«" anywhere is caught, not only where we looked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Utf8SweepTest {
    static final String ARABIC = "سوق أريحا الشعبي";
    static final String UKRAINIAN = "Харків, вулиця Сумська";
    static final String TYPOGRAPHIC = "… « » — ’";
    static final String TEXT = ARABIC + " " + TYPOGRAPHIC + " " + UKRAINIAN;
    /** Tag → the text that must follow it wherever it shows. */
    static final Map<String, String> TEXTS = new LinkedHashMap<>();
    static final int PAGE = 2_000;
    static final Pattern TAG = Pattern.compile("U8[A-Z]\\d");

    static {
        TEXTS.put("U8I1", "U8I1 «سوق» — Харків…"); // short: an id echoed in an error may be cut at 40 characters
        for (String tag : List.of("U8T1", "U8S1", "U8P1", "U8G1", "U8A1", "U8W1", "U8R1", "U8D1", "U8X1", "U8T2", "U8Q1", "U8F1")) {
            TEXTS.put(tag, tag + " " + TEXT);
        }
    }

    @TempDir
    static Path dir;
    TestServer t;
    Incident incident;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start() {
        t = new TestServer(dir, KeyRing.of(TestimonyKey.generate(new java.security.SecureRandom())));
        IncidentForTest market = IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled(text("U8T1")).summary(text("U8S1"))
                .in(text("U8P1"), text("U8G1")).by(text("U8A1")).weapons(text("U8W1")).killed(40, 49).reportText(text("U8R1"), "ar");
        incident = t.store.incidents().create(market.facts(), List.of(market.report("utf8:market")), ChangeNote.system("test"));
        try (ImportWriter w = t.store.incidents().beginImport(new ImportMeta("utf8.csv", "test", "0".repeat(64)))) {
            for (int n = 0; n < PAGE; n++) {
                w.upsert(IncidentForTest.at(33.5 + (n % 50) * 0.05, 36.0 + (n / 50) * 0.02).on(LocalDate.of(2016, 1, 1).plusDays(n % 700).toString())
                        .titled(text("U8T2") + " #" + n).in("Ariha", "Idlib").reportText(text("U8T2"), "ar").record("utf8:" + n));
            }
            w.commit();
        }
        t.store.port(IncidentReviews.PORT).publishAllDrafts(ChangeNote.system("test"));
        var investigator = t.as(Role.INVESTIGATOR);
        assertThat(investigator.send("POST", "/api/incidents/" + incident.publicId() + "/responses",
                "{\"party\": \"Party A\", \"kind\": \"denial\", \"date\": \"2015-12-01\", \"text\": \"" + text("U8D1") + "\"}").status()).isEqualTo(201);
        assertThat(investigator.send("POST", "/api/incidents/" + incident.publicId() + "/testimony", """
                {"pseudonym": "Witness", "interviewer": "R. I.", "interviewedOn": "2015-12-02", "language": "ar",
                 "text": "%s", "consent": "publish_anonymised", "identity": {"name": "Name", "contact": null}}""".formatted(text("U8X1")))
                .status()).isEqualTo(201);
    }

    static String text(String tag) {
        return TEXTS.get(tag);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    record Raw(int status, String contentType, byte[] body) {
    }

    Raw fetch(TestServer.Client client, String method, String pathAndQuery, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url(pathAndQuery))).timeout(Duration.ofSeconds(60));
        client.headers().forEach(b::header);
        if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Raw(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** Text a browser or a GIS tool decodes by the declared charset; binary files (evidence, zip bundles) are not text. */
    static boolean textual(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("javascript") || type.contains("xml") || type.contains("csv");
    }

    /** Checks one answer; returns the tags it carried intact (a failure is added for anything else). */
    static Set<String> check(String where, Raw a, List<String> failures) {
        Set<String> seen = new LinkedHashSet<>();
        if (a.body().length == 0) return seen;
        if (!textual(a.contentType())) {
            if (a.contentType().isEmpty()) failures.add(where + ": an answer without a Content-Type");
            return seen;
        }
        if (!a.contentType().toLowerCase(Locale.ROOT).replace(" ", "").contains(";charset=utf-8")) {
            failures.add(where + ": Content-Type '" + a.contentType() + "' does not declare charset=utf-8");
        }
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(a.body())).toString();
        } catch (CharacterCodingException e) {
            failures.add(where + ": the body is not valid UTF-8 (" + e + ")");
            return seen;
        }
        if (body.indexOf('\uFFFD') >= 0) failures.add(where + ": the body holds a replacement character");
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            String expected = TEXTS.get(m.group());
            if (expected == null) continue;
            if (body.startsWith(expected, m.start())) {
                seen.add(m.group());
            } else if (!body.startsWith(URLEncoder.encode(expected, StandardCharsets.UTF_8).replace("+", "%20"), m.start())) {
                // (a path repeated as it was requested, percent-encoded, is ASCII and intact)
                String found = body.substring(m.start(), Math.min(body.length(), m.start() + expected.length()));
                failures.add(where + ": " + m.group() + " reads '" + found + "', not '" + expected + "'");
            }
        }
        return seen;
    }

    @Test
    void everyRouteDeclaresAndWritesUtf8WithTheTextIntact() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> tagsByRoute = new LinkedHashMap<>();
        String arabicId = URLEncoder.encode(TEXTS.get("U8I1"), StandardCharsets.UTF_8).replace("+", "%20");
        String unknown = "?" + URLEncoder.encode(text("U8Q1"), StandardCharsets.UTF_8) + "=1";
        String body = "{\"" + text("U8F1") + "\": \"" + text("U8F1") + "\"}";
        Map<String, TestServer.Client> callers = new LinkedHashMap<>();
        callers.put("the public", t.anonymous());
        callers.put("an admin", t.as(Role.ADMIN));
        List<Route> routes = t.server.routes();
        // reads first, with the incident's public id, then with unknown ids and an unknown parameter (errors)
        for (Route r : routes) {
            if (r.method() != io.javalin.http.HandlerType.GET) continue;
            for (var caller : callers.entrySet()) {
                for (String path : List.of(fill(r.path(), incident.publicId()), fill(r.path(), "987654321"), fill(r.path(), arabicId),
                        fill(r.path(), incident.publicId()) + unknown)) {
                    Raw a = fetch(caller.getValue(), "GET", path, null);
                    tagsByRoute.computeIfAbsent("GET " + r.path(), k -> new LinkedHashSet<>())
                            .addAll(check("GET " + path + " as " + caller.getKey() + " (" + a.status() + ")", a, failures));
                }
            }
        }
        // then writes, with a body whose field name and value are non-ASCII (to unknown ids, so that nothing changes)
        for (Route r : routes) {
            if (r.method() == io.javalin.http.HandlerType.GET) continue;
            for (var caller : callers.entrySet()) {
                String path = fill(r.path(), "987654321");
                Raw a = fetch(caller.getValue(), r.method().name(), path, body);
                check(r.method() + " " + path + " as " + caller.getKey() + " (" + a.status() + ")", a, failures);
            }
        }
        assertThat(failures).isEmpty();
        // the sweep is not vacuous: the texts were served where a user reads them
        assertThat(tagsByRoute.get("GET /ogc/collections/incidents/items")).contains("U8T1", "U8P1", "U8G1", "U8A1", "U8W1");
        assertThat(tagsByRoute.get("GET /ogc/collections/incidents/items/{featureId}")).contains("U8T1", "U8S1", "U8Q1");
        assertThat(tagsByRoute.get("GET /api/incidents/{id}")).contains("U8T1", "U8S1", "U8R1", "U8D1");
        assertThat(tagsByRoute.get("GET /api/incidents")).contains("U8T1");
        assertThat(tagsByRoute.get("GET /incidents/{id}")).as("the plain-text 404 of the incident page repeats the id").contains("U8I1");
    }

    /** Path parameters filled; a route's own id parameter with {@code id}, any other with an id that does not exist. */
    static String fill(String path, String id) {
        return path.replaceAll("\\{(id|featureId)}", id).replaceAll("\\{[^}]+}", "987654321");
    }

    @Test
    void aPageOf2000FeaturesIsValidUtf8WithEveryTitleIntact() throws Exception {
        for (String path : List.of("/ogc/collections/incidents/items?limit=" + PAGE + "&datetime=2016-01-01/2018-12-31",
                "/api/incidents?limit=" + PAGE + "&datetime=2016-01-01/2018-12-31")) {
            for (TestServer.Client caller : List.of(t.anonymous(), t.as(Role.VIEWER))) {
                Raw a = fetch(caller, "GET", path, null);
                List<String> failures = new ArrayList<>();
                Set<String> seen = check("GET " + path, a, failures);
                assertThat(failures).isEmpty();
                assertThat(seen).contains("U8T2");
                var json = Json.MAPPER.readTree(a.body());
                var items = json.has("features") ? json.get("features") : json.get("items");
                assertThat(items).hasSize(PAGE);
                for (var item : items) {
                    String title = item.has("properties") ? item.at("/properties/title").asText() : item.get("title").asText();
                    assertThat(title).startsWith(text("U8T2") + " #");
                }
            }
        }
    }

    /** The page's own files: index.html, the feature modules it imports, their styles. */
    @Test
    void everyAssetThePageLoadsDeclaresUtf8() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> assets = new LinkedHashSet<>(List.of("/", "/ui/features.js"));
        String index = new String(fetch(t.anonymous(), "GET", "/", null).body(), StandardCharsets.UTF_8);
        Matcher links = Pattern.compile("(?:src|href)=\"(/(?:static|webjars)/[^\"]+\\.(?:js|css))\"").matcher(index);
        while (links.find()) assets.add(links.group(1));
        String modules = new String(fetch(t.anonymous(), "GET", "/ui/features.js", null).body(), StandardCharsets.UTF_8);
        Matcher imports = Pattern.compile("import '([^']+)'").matcher(modules);
        while (imports.find()) assets.add(imports.group(1));
        assertThat(assets).hasSizeGreaterThan(4);
        for (String asset : assets) check("GET " + asset, fetch(t.anonymous(), "GET", asset, null), failures);
        assertThat(failures).isEmpty();
    }
}
