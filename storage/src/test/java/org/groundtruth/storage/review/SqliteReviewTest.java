package org.groundtruth.storage.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review contract on a SQLite file. */
class SqliteReviewTest extends ReviewContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }

    @Test
    void importsMadeBeforeTheActorWasKeptTakeItFromTheirAuditEntry(@TempDir Path oldDir) throws Exception {
        String url = "jdbc:sqlite:" + oldDir.resolve(SqliteIncidentStore.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite")
                .target("10").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO imports (id, file_name, format, started_at, inserted, updated, unchanged, unplaced)"
                    + " VALUES (1, 'a.csv', 'acled', '2026-01-01T00:00:00Z', 1, 0, 0, 0), (2, 'b.csv', 'acled', '2026-01-02T00:00:00Z', 1, 0, 0, 0)");
            s.execute("INSERT INTO audit_log (seq, at, actor, action, subject, prev_hash, hash) VALUES"
                    + " (1, '2026-01-01T00:00:00Z', 'system:demo', 'import.run', 'import:1', 'x', 'y'),"
                    + " (2, '2026-01-02T00:00:00Z', 'cli:amal', 'import.run', 'import:2', 'y', 'z')");
        }
        JdbcStore.sqlite(oldDir).close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id || '=' || actor FROM imports ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1=system:demo");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("2=cli:amal");
        }
    }
}
