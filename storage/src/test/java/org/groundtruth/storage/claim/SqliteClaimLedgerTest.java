package org.groundtruth.storage.claim;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The claims ledger contract on a SQLite file. */
class SqliteClaimLedgerTest extends ClaimLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
