package org.groundtruth.storage;

import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.storage.postgres.PostgresIncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;

import java.nio.file.Path;

/**
 * Child process of the crash test: starts a large import into the store named by its argument (a data directory
 * or a JDBC URL), says when it is midway, and keeps writing until it is killed. It never commits.
 */
public final class ImportThenHang {
    static final String MIDWAY = "MIDWAY";

    private ImportThenHang() {
    }

    public static void main(String[] args) {
        IncidentStore store = args[0].startsWith("jdbc:") ? PostgresIncidentStore.open(args[0])
                : SqliteIncidentStore.open(Path.of(args[0]));
        ImportWriter writer = store.beginImport(new ImportMeta("big.csv", "test", null));
        IncidentForTest row = IncidentForTest.at(35.5, 36.5).in("Maarat al-Numan", "Idlib").titled("Bulk row")
                .reportText("A long report text that makes the rows heavier, so that pages spill to disk mid-import", "en");
        for (int n = 0; n < 50_000_000; n++) {
            writer.upsert(row.record("bulk:" + n));
            if (n == 30_000) {
                System.out.println(MIDWAY + " after " + n + " rows");
                System.out.flush();
            }
        }
        System.out.println("not killed in time");
    }
}
