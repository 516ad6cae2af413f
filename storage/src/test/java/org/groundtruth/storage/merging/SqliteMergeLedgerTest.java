package org.groundtruth.storage.merging;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The merge workflow on a SQLite file. */
class SqliteMergeLedgerTest extends MergeLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
