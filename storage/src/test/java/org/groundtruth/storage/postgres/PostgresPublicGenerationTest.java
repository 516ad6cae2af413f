package org.groundtruth.storage.postgres;

import org.groundtruth.storage.PublicGenerationContract;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;

/** The public generation's statement-level triggers on PostgreSQL, each test in a database of its own. */
class PostgresPublicGenerationTest extends PublicGenerationContract {
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
