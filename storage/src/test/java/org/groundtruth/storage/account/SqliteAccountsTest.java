package org.groundtruth.storage.account;

import java.nio.file.Path;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

/** The accounts, audit and review contract on a SQLite file. */
class SqliteAccountsTest extends AccountsContract {
    @TempDir
    Path dataDir;

    @Override
    protected IncidentStore newStore() {
        return SqliteIncidentStore.open(dataDir);
    }

    @Override
    protected String jdbcUrl() {
        return "jdbc:sqlite:" + dataDir.resolve(SqliteIncidentStore.FILE_NAME);
    }
}
