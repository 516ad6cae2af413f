package org.groundtruth.storage.assessment;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteAssessmentStoreTest extends AssessmentStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
