package org.groundtruth.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.groundtruth.web.WebSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behind a TLS proxy the server sees http and its own host; the OGC API's links must use the address the public uses. */
class PublicUrlTest {
    @TempDir
    Path dir;

    @Test
    void linksStartWithThePublicUrlWhenOneIsGiven() {
        try (TestServer t = new TestServer(dir, WebSettings.local(0).withPublicUrl("https://groundtruth.example.org/gt/"))) {
            for (int i = 0; i < 3; i++) t.add(IncidentForTest.at(35.0 + i * 0.01, 36.7).on("2015-10-0" + (i + 1)).titled("Strike " + i));
            for (JsonNode l : t.get("/ogc").json().get("links")) {
                assertThat(l.get("href").asText()).startsWith("https://groundtruth.example.org/gt/");
            }
            JsonNode page = t.get("/ogc/collections/incidents/items?limit=1").json();
            JsonNode next = null;
            for (JsonNode l : page.get("links")) if (l.get("rel").asText().equals("next")) next = l;
            assertThat(next).isNotNull();
            assertThat(next.get("href").asText()).startsWith("https://groundtruth.example.org/gt/ogc/collections/incidents/items?");
        }
    }

    @Test
    void withoutOneLinksUseTheRequestsOwnAddress() {
        try (TestServer t = new TestServer(dir)) {
            for (JsonNode l : t.get("/ogc").json().get("links")) assertThat(l.get("href").asText()).startsWith(t.server.baseUrl());
        }
    }

    @Test
    void onlyAnAbsoluteHttpUrlWithoutQueryIsAccepted() {
        for (String bad : new String[] {"ftp://example.org", "example.org", "https://example.org/?a=1", "https://user@example.org", "https://exa mple.org"}) {
            assertThatThrownBy(() -> WebSettings.local(0).withPublicUrl(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("public URL");
        }
        assertThat(WebSettings.local(0).withPublicUrl("https://example.org/").publicUrl()).isEqualTo("https://example.org");
        assertThat(WebSettings.local(0).withPublicUrl(" ").publicUrl()).isNull();
    }
}
