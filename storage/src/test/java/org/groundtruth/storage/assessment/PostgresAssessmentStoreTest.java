package org.groundtruth.storage.assessment;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.postgres.PostgresIncidentStore;
import org.groundtruth.storage.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;

class PostgresAssessmentStoreTest extends AssessmentStoreContract {
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
