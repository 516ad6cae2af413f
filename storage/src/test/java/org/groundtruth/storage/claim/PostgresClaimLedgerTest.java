package org.groundtruth.storage.claim;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.postgres.TestPostgres;

/** The claims ledger contract on PostgreSQL, each test in a database of its own. */
class PostgresClaimLedgerTest extends ClaimLedgerContract {
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
