package org.groundtruth.storage.claim;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.postgres.PostgresIncidentStore;
import org.groundtruth.storage.postgres.TestPostgres;

/** The claims ledger contract on PostgreSQL, each test in a database of its own. */
class PostgresClaimLedgerTest extends ClaimLedgerContract {
    private String url;

    @Override
    protected IncidentStore newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return PostgresIncidentStore.open(url);
    }

    @Override
    protected void dropStore() {
        if (url != null) TestPostgres.dropDatabase(url);
    }
}
