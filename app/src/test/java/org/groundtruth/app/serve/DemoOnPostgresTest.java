package org.groundtruth.app.serve;

import org.groundtruth.app.Main;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.storage.postgres.TestPostgres;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code demo --db URL}: the same demo on PostgreSQL (issue 9 item 6); the data directory keeps no store file then. */
class DemoOnPostgresTest {
    @Test
    void theDemoLoadsIntoPostgresqlWithDb(@TempDir Path data) throws Exception {
        String url = TestPostgres.newDatabase();
        try {
            PrintStream original = System.out;
            var out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = Main.commandLine().execute("demo", "--data", data.toString(), "--db", url, "--no-serve");
            } finally {
                System.setOut(original);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(printed).isZero();
            assertThat(printed).contains("published 18201 demo incidents").contains("incidents attributed and graded");
            assertThat(Files.exists(data.resolve("groundtruth.db"))).as("no embedded store beside a --db demo").isFalse();
            try (var store = JdbcStore.postgres(url)) {
                assertThat(store.info().kind()).isEqualTo("postgresql");
                var published = IncidentQuery.all().withStatuses(Set.of(IncidentStatus.PUBLISHED));
                assertThat(store.incidents().search(published).numberMatched()).isEqualTo(18_201);
            }
        } finally {
            TestPostgres.dropDatabase(url);
        }
    }
}
