package org.groundtruth.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page loads the UI modules that the served features name (WebFeature.uiModules) through /ui/features.js: every
 * module file under web/features belongs to exactly one feature, and each one listed is served as JavaScript.
 */
class FeatureModulesTest {
    private static final Pattern IMPORT = Pattern.compile("import '([^']+)';");

    @TempDir
    Path dir;

    @Test
    void everyFeatureModuleIsImportedOnceAndServed() throws IOException {
        try (TestServer t = new TestServer(dir)) {
            TestServer.Answer a = t.get("/ui/features.js");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("text/javascript");
            List<String> imported = IMPORT.matcher(a.body()).results().map(m -> m.group(1)).toList();
            assertThat(imported).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(moduleFiles());
            for (String module : imported) {
                TestServer.Answer m = t.get(module);
                assertThat(m.status()).as(module).isEqualTo(200);
                assertThat(m.contentType()).as(module).contains("javascript");
            }
        }
    }

    @Test
    void aModuleOutsideStaticIsRefusedAtStart() {
        org.groundtruth.web.WebFeature stray = new org.groundtruth.web.WebFeature() {
            @Override
            public void addTo(org.groundtruth.web.RouteTable routes) {
            }

            @Override
            public List<String> uiModules() {
                return List.of("https://cdn.example.org/x.js");
            }
        };
        assertThatThrownBy(() -> org.groundtruth.web.GroundtruthServer.uiModulesScript(List.of(stray)))
                .hasMessageContaining("not a module served under /static");
    }

    private static List<String> moduleFiles() throws IOException {
        Path features = Path.of("src/main/resources/web/features");
        try (Stream<Path> files = Files.list(features)) {
            return files.map(p -> "/static/features/" + p.getFileName()).filter(n -> n.endsWith(".js")).sorted().toList();
        }
    }
}
