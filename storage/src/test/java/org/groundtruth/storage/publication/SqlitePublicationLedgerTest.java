package org.groundtruth.storage.publication;

import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqlitePublicationLedgerTest extends PublicationLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected JdbcStore newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
