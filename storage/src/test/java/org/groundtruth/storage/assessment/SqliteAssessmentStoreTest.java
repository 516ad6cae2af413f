package org.groundtruth.storage.assessment;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteAssessmentStoreTest extends AssessmentStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected IncidentStore newStore() {
        return SqliteIncidentStore.open(dataDir);
    }
}
