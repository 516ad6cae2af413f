package org.groundtruth.storage.merging;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.postgres.PostgresIncidentStore;
import org.groundtruth.storage.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;

/** The merge workflow on PostgreSQL, each test in a database of its own. */
class PostgresMergeLedgerTest extends MergeLedgerContract {
    private String url;

    @Override
    protected IncidentStore newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return PostgresIncidentStore.open(url);
    }

    @AfterEach
    void drop() {
        if (store != null) store.close();
        store = null;
        if (url != null) TestPostgres.dropDatabase(url);
    }
}
