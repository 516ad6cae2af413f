package org.groundtruth.storage.intake;

import org.groundtruth.storage.postgres.TestPostgres;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.AfterEach;

class PostgresIntakeLedgerTest extends IntakeLedgerContract {
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
