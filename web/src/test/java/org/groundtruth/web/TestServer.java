package org.groundtruth.web;

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
import org.groundtruth.storage.sqlite.SqliteIncidentStore;

/** A real server on a free port over a real SQLite store in a temporary folder, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {
    public final SqliteIncidentStore store;
    public final GroundtruthServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        store = SqliteIncidentStore.open(dir);
        server = GroundtruthServer.start(store, settings);
    }

    /** A server whose testimony routes use {@code keys} and see each caller as {@code audienceOf} says. */
    public TestServer(Path dir, org.groundtruth.testimony.KeyRing keys,
                      java.util.function.Function<io.javalin.http.Context, org.groundtruth.testimony.Audience> audienceOf) {
        store = SqliteIncidentStore.open(dir);
        server = GroundtruthServer.start(store, WebSettings.local(0), keys, audienceOf);
    }

    public TestServer(Path dir) {
        this(dir, WebSettings.local(0).withGovernorates(() -> List.of("Idlib", "Homs", "Hama", "Aleppo", "Latakia")));
    }

    public Incident add(IncidentForTest incident) {
        return add(incident.facts());
    }

    public Incident add(IncidentFacts facts) {
        return store.create(facts, List.of(new NewReport("test:" + java.util.UUID.randomUUID(),
                new Source("Test monitor", "test", "https://example.org/report"), "A report about " + facts.title(), "en", java.util.Map.of("row", "1"))));
    }

    public String url(String pathAndQuery) {
        return server.baseUrl() + pathAndQuery;
    }

    public Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET());
    }

    public Answer send(String method, String pathAndQuery, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request with extra headers (name, value, name, value...). */
    public Answer send(String method, String pathAndQuery, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) b.header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    private Answer send(HttpRequest.Builder request) {
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
