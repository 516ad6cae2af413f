package org.groundtruth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.groundtruth.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What keeps other web pages in the user's browser away from a ledger served on loopback. */
class ServerGuardTest {
    @TempDir
    Path dir;

    @Test
    void writesNeedAJsonContentType() {
        try (TestServer t = new TestServer(dir)) {
            var a = t.as(Role.INVESTIGATOR).send("POST", "/api/incidents", "{\"date\":\"2015-11-29\"}");
            assertThat(a.status()).isEqualTo(201);
            var form = sendTyped(t, "text/plain", "{\"date\":\"2015-11-29\"}");
            assertThat(form.status()).isEqualTo(415);
            assertThat(form.json().get("description").asText()).startsWith("Content-Type:");
            assertThat(t.as(Role.INVESTIGATOR).get("/api/incidents").json().get("numberMatched").asInt()).isEqualTo(1);
        }
    }

    @Test
    void loopbackServerRefusesRequestsNamingAnotherHost() throws IOException {
        try (TestServer t = new TestServer(dir)) {
            assertThat(rawStatus(t.server.port(), "127.0.0.1:" + t.server.port())).isEqualTo(200);
            assertThat(rawStatus(t.server.port(), "localhost:" + t.server.port())).isEqualTo(200);
            assertThat(rawStatus(t.server.port(), "attacker.example:" + t.server.port())).isEqualTo(403);
        }
    }

    private static TestServer.Answer sendTyped(TestServer t, String type, String body) {
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.url("/api/incidents")))
                    .header("Content-Type", type).header("Authorization", t.as(Role.INVESTIGATOR).headers().get("Authorization")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new TestServer.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static int rawStatus(int port, String hostHeader) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
