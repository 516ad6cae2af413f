package org.groundtruth.app.warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.groundtruth.app.UserException;

/**
 * {@code sightings replay FILE --server URL}: sends the log to a running server's drills route (decision 0815), which
 * checks it whole and plays it from now at real speed, as an exercise its subscribers see.
 */
final class RemoteDrill {
    private RemoteDrill() {
    }

    static int send(String server, String token, Path file, int sightings, double speed, PrintStream out) throws IOException, InterruptedException {
        if (speed != 1) throw new UserException("--speed: a drill on a running server plays at real speed (the server's clock is everyone's)");
        URI uri;
        try {
            uri = URI.create(server.replaceAll("/+$", "") + "/api/sightings/replays");
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw new UserException("--server: not an http(s) URL such as http://127.0.0.1:8080");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> answer;
        try (HttpClient http = HttpClient.newHttpClient()) {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new UserException("--server " + uri.getHost() + ":" + uri.getPort() + ": nothing answers there");
        }
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(answer.body());
        } catch (IOException e) {
            throw new UserException("the server answered " + answer.statusCode() + " with something that is not Groundtruth's JSON");
        }
        if (answer.statusCode() == 202) {
            out.printf("Drill %d: %d sightings play on %s as an EXERCISE from %s to %s; follow it with GET /api/sightings/replays%n",
                    body.path("id").asInt(), sightings, server, body.path("startsAt").asText(), body.path("endsAt").asText());
            return 0;
        }
        StringBuilder why = new StringBuilder(file + ": the server did not start the drill (" + answer.statusCode() + "): "
                + body.path("description").asText(""));
        body.path("problems").forEach(p -> why.append("\n  ").append(p.asText()));
        throw new UserException(why.toString());
    }
}
