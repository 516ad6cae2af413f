package org.groundtruth.storage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed is never edited: stores in the field have applied it, and Flyway refuses to open a
 * store whose applied migration no longer matches. Change the schema with a new migration instead.
 * landed-migrations.sha256 lists every landed migration with its SHA-256; add a line when a new one lands.
 */
class LandedMigrationsTest {

    @Test
    void landedMigrationsAreUnchanged() throws Exception {
        List<String> lines = read("/landed-migrations.sha256").lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            String resource = "/" + parts[1].strip();
            try (InputStream in = LandedMigrationsTest.class.getResourceAsStream(resource)) {
                assertThat(in).as("landed migration %s still exists", resource).isNotNull();
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertThat(sha).as("%s was edited after it landed; add a new migration instead", resource).isEqualTo(parts[0]);
            }
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = LandedMigrationsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
