package org.groundtruth.storage.warning;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The alerts ledger contract on a SQLite file. */
class SqliteAlertLedgerTest extends AlertLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
