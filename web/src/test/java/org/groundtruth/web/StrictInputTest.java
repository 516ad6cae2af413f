package org.groundtruth.web;

import org.groundtruth.account.Role;
import org.groundtruth.incident.IncidentQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 11: JSON bodies with a key given twice, trailing garbage, NUL or a lone surrogate in text, bytes that
 * are not UTF-8, and dates in year 0000, a negative year or 9999 were accepted (a lone surrogate was stored as "?").
 * Each is refused with a 400 that names the problem and where, stores nothing, and repeats nothing that was sent.
 */
class StrictInputTest {
    static final String BODY = """
            {"title": "Market in Ariha", "date": "2015-11-29",
             "location": {"lat": 35.8126, "lon": 36.6096, "precision": "neighbourhood", "placeName": "Ariha", "governorate": "Idlib", "countryCode": "SY"}}""";

    @TempDir
    Path dir;
    TestServer t;
    TestServer.Client inv;

    @BeforeEach
    void start() {
        t = new TestServer(dir);
        inv = t.as(Role.INVESTIGATOR);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    long stored() {
        return t.store.incidents().search(IncidentQuery.all()).numberMatched();
    }

    private void refused(String body, String... says) {
        TestServer.Answer a = inv.send("POST", "/api/incidents", body);
        assertThat(a.status()).as(body + " -> " + a.body()).isEqualTo(400);
        assertThat(a.json().path("description").asText()).contains(says).doesNotContain("Zqxw");
    }

    @Test
    void aValidBodyIsStillAccepted() {
        assertThat(inv.send("POST", "/api/incidents", BODY).status()).isEqualTo(201);
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() {
        refused(BODY.replace("{\"title\": \"Market in Ariha\",", "{\"title\": \"Market in Ariha\", \"title\": \"Zqxw other\","),
                "body: not valid JSON: a key is given twice");
        refused(BODY.replace("\"precision\": \"neighbourhood\"", "\"precision\": \"neighbourhood\", \"lat\": 36.6"), "a key is given twice");
        refused(BODY + " Zqxw", "body: not valid JSON");
        refused(BODY + BODY, "body: not valid JSON: something follows the JSON value");
        assertThat(stored()).isZero();
    }

    @Test
    void nulAndLoneSurrogatesInTextAreRefusedNotTurnedIntoQuestionMarks() {
        refused(BODY.replace("Market in Ariha", "Market\\u0000 in Ariha"), "title: contains a NUL character");
        refused(BODY.replace("Market in Ariha", "Market \\ud800 in Ariha"), "title: contains a lone UTF-16 surrogate");
        refused(BODY.replace("Market in Ariha", "Market \\udc00 in Ariha"), "title: contains a lone UTF-16 surrogate");
        refused(BODY.replace("\"Ariha\"", "\"Ari\\ud83dha\""), "location.placeName: contains a lone UTF-16 surrogate");
        assertThat(stored()).isZero();
        assertThat(inv.send("POST", "/api/incidents", BODY.replace("Market in Ariha", "Market \\ud83d\\udca5 in Ariha")).status())
                .as("a surrogate pair is a character like any other").isEqualTo(201);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        byte[] latin1 = BODY.replace("Market in Ariha", "Caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var b = HttpRequest.newBuilder(URI.create(t.url("/api/incidents"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1));
        inv.headers().forEach(b::header);
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("body: not valid UTF-8");
        assertThat(stored()).isZero();
    }

    @Test
    void yearsZeroNegativeAnd9999AreRefusedWithAClearMessage() {
        for (String day : new String[] {"0000-11-29", "-0001-11-29", "9999-12-31", "+10000-01-01"}) {
            refused(BODY.replace("\"date\": \"2015-11-29\"", "\"date\": {\"precision\": \"day\", \"firstDay\": \"" + day + "\"}"), "the year is outside 1900–2100");
        }
        refused(BODY.replace("2015-11-29", "0000-11-29"), "the year is outside 1900–2100");
        refused(BODY.replace("2015-11-29", "9999"), "the year is outside 1900–2100");
        assertThat(stored()).isZero();
        TestServer.Answer filter = t.get("/api/incidents?datetime=0000-01-01");
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.json().path("description").asText()).contains("the year is outside 1900–2100").doesNotContain("0000-01-01");
    }
}
