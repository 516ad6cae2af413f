package org.groundtruth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the jar ships to users (every module's resources) names no path of the machine it was made on: the demo once
 * showed "/work/shared/data/ourairports" as a military objective's source.
 */
class ShippedResourcesTest {
    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.:/])(/work/|/home/\\w|/root/|/tmp/|/Users/\\w|[A-Z]:\\\\Users\\\\)");

    @Test
    void noShippedResourceNamesABuildMachinesPath() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : List.of("core", "storage", "intake", "web", "app")) {
            Path resources = Path.of("..", module, "src", "main", "resources");
            if (!Files.isDirectory(resources)) continue;
            try (Stream<Path> files = Files.walk(resources)) {
                for (Path f : files.filter(Files::isRegularFile).filter(ShippedResourcesTest::isText).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    var m = MACHINE_PATH.matcher(text);
                    if (m.find()) found.add(f + ": " + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static boolean isText(Path f) {
        String n = f.getFileName().toString();
        return Stream.of(".json", ".geojson", ".csv", ".txt", ".md", ".yaml", ".yml", ".html", ".js", ".css", ".sql").anyMatch(n::endsWith);
    }
}
