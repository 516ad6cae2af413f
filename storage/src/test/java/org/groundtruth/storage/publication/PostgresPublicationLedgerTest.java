package org.groundtruth.storage.publication;

import org.groundtruth.storage.postgres.TestPostgres;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.AfterEach;

class PostgresPublicationLedgerTest extends PublicationLedgerContract {
    private String url;

    @Override
    protected JdbcStore newStore() throws Exception {
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
