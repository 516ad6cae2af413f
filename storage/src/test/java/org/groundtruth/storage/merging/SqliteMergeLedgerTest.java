package org.groundtruth.storage.merging;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The merge workflow on a SQLite file. */
class SqliteMergeLedgerTest extends MergeLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected IncidentStore newStore() {
        return SqliteIncidentStore.open(dataDir);
    }
}
