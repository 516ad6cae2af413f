package org.groundtruth.storage.warning;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The sightings ledger contract on a SQLite file. */
class SqliteSightingLedgerTest extends SightingLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
