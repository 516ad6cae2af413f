package org.groundtruth.storage.account;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import java.nio.file.Path;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

/** The accounts, audit and review contract on a SQLite file. */
class SqliteAccountsTest extends AccountsContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }

    @Override
    protected String jdbcUrl() {
        return "jdbc:sqlite:" + dataDir.resolve(SqliteIncidentStore.FILE_NAME);
    }
}
