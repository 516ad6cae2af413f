package org.groundtruth.storage.warning;

import org.groundtruth.storage.postgres.TestPostgres;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;

/** The alerts ledger contract on PostgreSQL, each test in a database of its own. */
class PostgresAlertLedgerTest extends AlertLedgerContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @Override
    protected void dropStore() {
        if (url != null) TestPostgres.dropDatabase(url);
    }
}
