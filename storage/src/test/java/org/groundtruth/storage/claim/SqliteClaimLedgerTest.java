package org.groundtruth.storage.claim;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The claims ledger contract on a SQLite file. */
class SqliteClaimLedgerTest extends ClaimLedgerContract {
    @TempDir
    Path dataDir;

    @Override
    protected IncidentStore newStore() {
        return SqliteIncidentStore.open(dataDir);
    }
}
