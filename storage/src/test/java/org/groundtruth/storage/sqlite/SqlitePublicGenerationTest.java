package org.groundtruth.storage.sqlite;

import java.nio.file.Path;
import org.groundtruth.storage.PublicGenerationContract;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

/** The public generation's triggers on a SQLite file. */
class SqlitePublicGenerationTest extends PublicGenerationContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }
}
