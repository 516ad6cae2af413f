package org.groundtruth.storage.merging;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;

/** The merge workflow on PostgreSQL, each test in a database of its own. */
class PostgresMergeLedgerTest extends MergeLedgerContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @AfterEach
    void drop() {
        if (store != null) store.close();
        store = null;
        if (url != null) TestPostgres.dropDatabase(url);
    }
}
