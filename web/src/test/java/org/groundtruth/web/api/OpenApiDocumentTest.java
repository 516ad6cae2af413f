package org.groundtruth.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.groundtruth.web.Route;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
    @TempDir
    Path dir;

    @Test
    void servedDocumentIsValidOpenApi3AndDescribesExactlyTheApiRoutes() {
        try (TestServer t = new TestServer(dir)) {
            var a = t.get("/openapi.json");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("application/vnd.oai.openapi+json");

            SwaggerParseResult parsed = new OpenAPIParser().readContents(a.body(), null, null);
            assertThat(parsed.getMessages()).as("OpenAPI problems").isEmpty();
            assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.0");

            JsonNode paths = a.json().get("paths");
            Set<String> documented = new TreeSet<>();
            paths.properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
            Set<String> served = new TreeSet<>();
            for (Route r : t.server.routes()) {
                if (r.documented()) served.add(r.method().name() + " " + r.path());
            }
            assertThat(documented).isEqualTo(served);
            // each operation says who may call it, exactly as the route's rule does
            for (Route r : t.server.routes()) {
                if (!r.documented()) continue;
                JsonNode op = paths.get(r.path()).get(r.method().name().toLowerCase(java.util.Locale.ROOT));
                assertThat(op.path("x-access").asText()).as("x-access of " + r.method() + " " + r.path()).isEqualTo(r.rule().toString());
            }
            assertThat(served).contains("GET /health", "GET /ogc/collections/incidents/items/{featureId}", "PATCH /api/incidents/{id}");
        }
    }

    @Test
    void swaggerUiAndItsAssetsAreServedLocally() {
        try (TestServer t = new TestServer(dir)) {
            var page = t.get("/api/docs");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("/webjars/swagger-ui/").doesNotContain("https://");
            assertThat(t.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").status()).isEqualTo(200);
        }
    }
}
