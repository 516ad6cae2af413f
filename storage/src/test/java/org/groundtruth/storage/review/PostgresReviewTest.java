package org.groundtruth.storage.review;

import org.groundtruth.storage.postgres.TestPostgres;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.AfterEach;

/** The review contract on PostgreSQL, each test in a database of its own. */
class PostgresReviewTest extends ReviewContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) store.close();
        store = null;
        TestPostgres.dropDatabase(url);
    }
}
