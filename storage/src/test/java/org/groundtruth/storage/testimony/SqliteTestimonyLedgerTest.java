package org.groundtruth.storage.testimony;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** The testimony contract on a SQLite file; the raw check reads every file in the data directory (db, WAL, shm). */
class SqliteTestimonyLedgerTest extends TestimonyLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }

    @Override
    protected Store reopen() {
        return JdbcStore.sqlite(dataDir);
    }

    @Override
    protected void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteIncidentStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    protected boolean storedBytesContain(String text) throws Exception {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0) return true;
            }
        }
        return false;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @SuppressWarnings("unused")
    private static final List<String> FILES = List.of(SqliteIncidentStore.FILE_NAME, SqliteIncidentStore.FILE_NAME + "-wal");
}
