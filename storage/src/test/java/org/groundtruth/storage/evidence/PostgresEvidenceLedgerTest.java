package org.groundtruth.storage.evidence;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The evidence ledger contract on PostgreSQL, each test in a database of its own. */
class PostgresEvidenceLedgerTest extends EvidenceLedgerContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @Override
    protected void tamper(String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }

    @Override
    protected void dropAppendOnlyGuard() throws Exception {
        tamper("DROP TRIGGER custody_log_no_change ON custody_log");
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) store.close();
        store = null;
        TestPostgres.dropDatabase(url);
    }
}
