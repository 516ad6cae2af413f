package org.groundtruth.storage.intake;

import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteIntakeLedgerTest extends IntakeLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected JdbcStore newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
