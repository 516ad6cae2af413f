package org.groundtruth.storage.account;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;

/** The accounts, audit and review contract on PostgreSQL, each test in a database of its own. */
class PostgresAccountsTest extends AccountsContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @Override
    protected String jdbcUrl() {
        return url;
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) store.close();
        store = null;
        TestPostgres.dropDatabase(url);
    }
}
