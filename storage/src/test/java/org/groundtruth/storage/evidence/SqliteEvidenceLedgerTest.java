package org.groundtruth.storage.evidence;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The evidence ledger contract on a SQLite file. */
class SqliteEvidenceLedgerTest extends EvidenceLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }

    @Override
    protected void tamper(String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteIncidentStore.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }

    @Override
    protected void dropAppendOnlyGuard() throws Exception {
        tamper("DROP TRIGGER custody_log_no_update", "DROP TRIGGER custody_log_no_delete");
    }
}
