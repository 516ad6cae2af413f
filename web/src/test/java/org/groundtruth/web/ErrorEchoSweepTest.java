package org.groundtruth.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.account.Role;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.intake.evidence.EvidenceBundle;
import org.groundtruth.intake.evidence.MetadataAnalyzer;
import org.groundtruth.storage.evidence.FileBlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 11: some error messages repeated what was submitted, testimony fields included (the docs forbid it: a
 * value may be a witness's name). Every route of the table is called with a marker value in every place a value can
 * go: each path parameter, each query parameter any route reads, each field (and nested field) of a valid body of
 * every write route replaced by the marker (also where a number or an object belongs), a body of every field name at
 * once, and the headers that carry values. No answer with an error status may contain the marker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorEchoSweepTest {
    static final List<String> MARKERS = List.of("Zqxw7echo", "2015-11-29Zqxw7echo", "12Zqxw7echo", "Zqxw7echo@example.org",
            "https://example.org/Zqxw7echo", "Zqxw7echo Zqxw7echo Zqxw7echo");
    static final String FOUND = "zqxw7echo";

    @TempDir
    static Path dir;
    TestServer t;
    Incident published;
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> echoes = new ArrayList<>();
    int requests;

    /** Valid bodies of the write routes, by "METHOD path"; {id} is an incident's public id. */
    static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("POST /api/incidents", """
                {"title": "Market", "summary": "S", "date": {"precision": "exact_time", "firstDay": "2015-11-29", "localTime": "13:45", "utcOffset": "+02:00"},
                 "location": {"lat": 35.8126, "lon": 36.6096, "precision": "neighbourhood", "placeName": "Ariha", "governorate": "Idlib", "countryCode": "SY"},
                 "casualties": {"killed": {"min": 40, "max": 49}, "injured": 12}, "objectsHit": ["market"], "perpetrators": ["P"], "weapons": ["W"],
                 "reports": [{"source": {"name": "N", "url": "https://example.org/a"}, "text": "T", "language": "en"}]}""");
        BODIES.put("PATCH /api/incidents/{id}", """
                {"title": "Market", "date": "2015-11-29", "reason": "R", "objectsHit": ["market"], "casualties": {"killed": 3}}""");
        BODIES.put("POST /api/incidents/{id}/reports", """
                {"source": {"name": "N", "url": "https://example.org/lcc/1"}, "text": "Three strikes.", "language": "en"}""");
        BODIES.put("POST /api/incidents/{id}/responses", """
                {"party": "Party A", "kind": "denial", "date": "2015-12-01", "text": "Not us.", "url": "https://example.org/r", "language": "en"}""");
        BODIES.put("POST /api/incidents/{id}/testimony", """
                {"pseudonym": "Witness", "interviewer": "R. I.", "interviewedOn": "2015-12-02", "language": "ar", "text": "The market was full.",
                 "consent": "publish_anonymised", "identity": {"name": "Name", "contact": "c"}}""");
        BODIES.put("POST /api/incidents/{id}/review", """
                {"to": "in_review", "reason": "R"}""");
        BODIES.put("POST /api/incidents/{id}/grade", """
                {"grade": "fair", "reason": "R"}""");
        BODIES.put("POST /api/objectives", """
                {"name": "Base", "kind": "airbase", "wkt": "POINT (35.9487 35.4011)", "validFrom": "2015-09-30", "validTo": "2016-09-30",
                 "party": "P", "source": "S", "notes": "N"}""");
        BODIES.put("PUT /api/objectives/{id}", BODIES.get("POST /api/objectives"));
        BODIES.put("POST /api/users", """
                {"name": "someone", "role": "viewer", "password": "a long enough password"}""");
        BODIES.put("PATCH /api/users/{userId}", """
                {"role": "viewer", "disabled": false, "password": "a long enough password"}""");
        BODIES.put("POST /api/tokens", """
                {"label": "script", "expiresInDays": 1}""");
        BODIES.put("POST /api/session", """
                {"name": "test-admin", "password": "wrong password"}""");
        BODIES.put("POST /api/session/password", """
                {"current": "wrong password", "password": "a brand new passphrase"}""");
        BODIES.put("POST /api/evidence/{id}/verifications", """
                {"kind": "geolocated", "method": "M", "result": "R"}""");
        BODIES.put("POST /api/evidence/{id}/links", """
                {"incidentId": "1"}""");
        BODIES.put("POST /api/merges/{id}/apply", "{\"note\": \"N\", \"reason\": \"R\"}");
        BODIES.put("POST /api/merges/{id}/reject", "{\"note\": \"N\", \"reason\": \"R\"}");
        BODIES.put("POST /api/merges/{id}/undo", "{\"note\": \"N\", \"reason\": \"R\"}");
        BODIES.put("POST /api/intake/texts", """
                {"text": "12 civilians were killed last night when warplanes struck a bakery in Kafr Nabel", "format": "text", "language": "en",
                 "published": "2015-11-30T08:00+02:00", "url": "https://example.org/cd/1", "author": "Civil Defence"}""");
        BODIES.put("POST /api/intake/texts/{id}/moderation", "{\"decision\": \"refuse\", \"reason\": \"R\"}");
        BODIES.put("POST /api/intake/candidates/{id}/accept", """
                {"facts": {"title": "T", "date": "2015-11-29", "casualties": {"killed": {"min": 12, "max": 14}}, "objectsHit": ["market"]},
                 "reason": "R", "responses": [0]}""");
        BODIES.put("POST /api/intake/candidates/{id}/discard", "{\"reason\": \"R\"}");
        BODIES.put("POST /api/submissions", """
                {"text": "A strike hit the market in Ariha yesterday, 7 killed", "language": "en", "contact": "+963 944 771 203"}""");
    }

    @BeforeAll
    void start() {
        var keys = org.groundtruth.testimony.KeyRing.of(org.groundtruth.testimony.TestimonyKey.generate(new java.security.SecureRandom()));
        t = new TestServer(dir.resolve("data"), store -> {
            EvidenceService evidence = new EvidenceService(store, FileBlobStore.open(dir.resolve("evidence")), new MetadataAnalyzer(), Clock.systemUTC());
            return WebSettings.local(0).withEvidence(evidence, 1L << 20,
                    EvidenceBundle.writer(evidence, org.groundtruth.evidence.SigningKey.generate(new java.security.SecureRandom())))
                    .withIntake(org.groundtruth.web.intake.IntakeForWeb.setup());
        }, keys);
        published = t.add(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Published").in("Ariha", "Idlib"));
        t.addDraft(IncidentForTest.at(35.0, 36.0).on("2015-11-28").titled("Draft").in("Hama", "Hama"));
    }

    @AfterAll
    void stop() {
        t.close();
    }

    private void call(String method, String pathAndQuery, Map<String, String> headers, byte[] body, String what) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url(pathAndQuery)));
            t.as(Role.ADMIN).headers().forEach(b::header);
            headers.forEach(b::header);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            requests++;
            String text = (r.body() + " " + r.headers().map()).toLowerCase(java.util.Locale.ROOT);
            if (r.statusCode() >= 400 && text.contains(FOUND)) echoes.add(method + " " + pathAndQuery.replaceAll("Zqxw7echo", "M") + " [" + what + "] -> "
                    + r.statusCode() + " " + r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + pathAndQuery, e);
        }
    }

    private void callJson(String method, String path, String json, String what) {
        call(method, path, Map.of("Content-Type", "application/json"), json == null ? null : json.getBytes(StandardCharsets.UTF_8), what);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every query parameter the OpenAPI document names, and those the routes read without documenting. */
    private List<String> queryParameters() {
        TreeSet<String> names = new TreeSet<>(List.of("limit", "offset", "bbox", "datetime", "sort", "f", "governorate", "object", "grade", "party",
                "status", "q", "incident", "zoom", "format", "after", "before", "actor", "action", "kind", "sourceUrl", "device", "from", "note",
                "acceptTypeMismatch", "page", "id", "import", "perpetrator", "placed", "min", "max", "known", "lang"));
        JsonNode doc = t.get("/openapi.json").json();
        doc.findValues("parameters").forEach(ps -> ps.forEach(p -> { if (p.has("name")) names.add(p.get("name").asText()); }));
        doc.path("components").path("parameters").forEach(p -> { if (p.has("name")) names.add(p.get("name").asText()); });
        return List.copyOf(names);
    }

    /** Paths of every leaf (and every object or array) of a JSON tree. */
    private static void paths(JsonNode node, String path, List<String> out) {
        if (!path.isEmpty()) out.add(path);
        if (node.isObject()) for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            paths(node.get(f), path.isEmpty() ? f : path + "." + f, out);
        }
        if (node.isArray()) for (int i = 0; i < node.size(); i++) paths(node.get(i), path + "[" + i + "]", out);
    }

    private static JsonNode replaced(JsonNode root, String path, String marker) {
        JsonNode copy = root.deepCopy();
        String[] steps = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            boolean last = i == steps.length - 1;
            if (bracket < 0) {
                if (last) ((ObjectNode) parent).put(field, marker);
                else parent = parent.get(field);
            } else {
                ArrayNode arr = (ArrayNode) parent.get(field);
                int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                if (last) arr.set(index, Json.MAPPER.getNodeFactory().textNode(marker));
                else parent = arr.get(index);
            }
        }
        return copy;
    }

    private String concrete(String routePath, String marker) {
        return routePath.replace("{id}", routePath.startsWith("/api/incidents/") ? published.publicId() : "1")
                .replace("{featureId}", published.publicId()).replaceAll("\\{[^}]+}", enc(marker));
    }

    @Test
    void noErrorAnswerRepeatsAValueThatWasSent() throws Exception {
        List<String> params = queryParameters();
        TreeSet<String> allFields = new TreeSet<>();
        for (String b : BODIES.values()) {
            List<String> ps = new ArrayList<>();
            paths(Json.MAPPER.readTree(b), "", ps);
            ps.forEach(p -> allFields.add(p.replaceAll("\\[\\d+]", "").replaceAll(".*\\.", "")));
        }
        for (Route r : t.server.routes()) {
            String method = r.method().name();
            for (String marker : MARKERS) {
                // path parameters
                if (r.path().contains("{")) {
                    String path = r.path().replaceAll("\\{[^}]+}", enc(marker));
                    if (method.equals("GET")) call("GET", path, Map.of(), null, "path");
                    else callJson(method, path, "{}", "path");
                }
                // query parameters, one at a time (with the first markers: the others test value formats)
                for (String p : MARKERS.indexOf(marker) < 2 ? params : List.<String>of()) {
                    String path = concrete(r.path(), marker) + "?" + p + "=" + enc(marker);
                    if (method.equals("GET")) call("GET", path, Map.of(), null, "query " + p);
                    else if (!path.startsWith("/api/evidence?")) callJson(method, path, BODIES.getOrDefault(method + " " + r.path(), "{}"), "query " + p);
                }
                if (method.equals("GET")) continue;
                String path = concrete(r.path(), marker);
                // every field name at once
                ObjectNode every = Json.object();
                allFields.forEach(f -> every.put(f, marker));
                callJson(method, path, every.toString(), "every field");
                // a valid body, each field in turn replaced by the marker
                String valid = BODIES.get(method + " " + r.path());
                if (valid != null) {
                    JsonNode root = Json.MAPPER.readTree(valid);
                    List<String> ps = new ArrayList<>();
                    paths(root, "", ps);
                    for (String p : ps) callJson(method, path, replaced(root, p, marker).toString(), "field " + p);
                }
                // headers that carry values
                call(method, path, Map.of("Content-Type", "application/" + marker.replaceAll("[^A-Za-z0-9]", "")), "{}".getBytes(StandardCharsets.UTF_8), "content type");
            }
        }
        // the evidence upload reads its values from the query and a header
        for (String marker : MARKERS) {
            for (String p : List.of("incident", "sourceUrl", "device", "from", "note", "acceptTypeMismatch")) {
                call("POST", "/api/evidence?" + p + "=" + enc(marker), Map.of("X-Evidence-Name", "a.png"), new byte[] {1, 2, 3}, "upload " + p);
            }
            call("POST", "/api/evidence?sourceUrl=" + enc("not a url " + marker), Map.of("X-Evidence-Name", "a.png"), new byte[] {1}, "upload sourceUrl");
            call("POST", "/api/evidence?device=" + enc(marker.repeat(4001 / marker.length() + 1)), Map.of("X-Evidence-Name", "a.png"), new byte[] {1}, "upload device");
            call("POST", "/api/evidence", Map.of("X-Evidence-Name", enc(marker) + ".pdf"), "GIF89a..........".getBytes(StandardCharsets.US_ASCII), "upload name");
            call("POST", "/api/evidence", Map.of("X-Evidence-Name", marker + "%zz"), new byte[] {1}, "upload name encoding");
            // a submission's files name their receipt and their name in headers
            call("POST", "/api/submissions/files", Map.of("X-Submission-Receipt", marker.replaceAll("[^ -~]", ""), "X-File-Name", "a.png"), new byte[] {1}, "receipt");
            call("POST", "/api/submissions/files", Map.of("X-Submission-Receipt", "r", "X-File-Name", enc(marker) + "%zz"), new byte[] {1}, "file name");
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(echoes).as(echoes.size() + " answers repeat the marker").isEmpty();
    }
}
