package org.groundtruth.publish.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. A missing or different golden file
 * fails the test and leaves the actual output in {@code target/golden-actual} to look at (never in the sources).
 */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static void assertMatches(String name, byte[] actual) throws IOException {
        Path out = Path.of("target", "golden-actual", name);
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                save(out, actual);
                fail("no golden file " + name + "; the output is in " + out.toAbsolutePath());
            }
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String got = new String(actual, StandardCharsets.UTF_8);
            if (!expected.equals(got)) save(out, actual);
            assertThat(got).as("output of " + name + " (actual in " + out + ")").isEqualTo(expected);
        }
    }

    private static void save(Path out, byte[] actual) throws IOException {
        Files.createDirectories(out.getParent());
        Files.write(out, actual);
    }
}
