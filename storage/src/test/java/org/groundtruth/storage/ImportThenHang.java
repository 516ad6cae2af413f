package org.groundtruth.storage;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of the crash test: starts a large import into the store named by its argument (a data directory
 * or a JDBC URL), says when it is midway, and keeps writing until it is killed. It never commits.
 */
public final class ImportThenHang {
    static final String MIDWAY = "MIDWAY";

    private ImportThenHang() {
    }

    public static void main(String[] args) throws Exception {
        boolean sqlite = !args[0].startsWith("jdbc:");
        Store store = sqlite ? JdbcStore.sqlite(Path.of(args[0])) : JdbcStore.postgres(args[0]);
        Path file = sqlite ? ((SqliteIncidentStore) store.incidents()).file() : null;
        long sizeBefore = sqlite ? Files.size(file) : 0;
        ImportWriter writer = store.incidents().beginImport(new ImportMeta("big.csv", "test", null));
        IncidentForTest row = IncidentForTest.at(35.5, 36.5).in("Maarat al-Numan", "Idlib").titled("Bulk row")
                .reportText("A long report text that makes the rows heavier, so that pages spill to disk mid-import", "en");
        for (int n = 0; n < 2_000_000; n++) { // bounded: a child that never gets midway must not fill the disk
            writer.upsert(row.record("bulk:" + n));
            // midway: after 30,000 rows, and on SQLite once uncommitted pages have reached the database file itself
            if (n >= 30_000 && n % 1_000 == 0 && (!sqlite || Files.size(file) > sizeBefore + SPILLED_BYTES)) {
                System.out.println(MIDWAY + " after " + n + " rows");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
        }
        System.out.println("not killed in time");
    }

    private static final long SPILLED_BYTES = 4L << 20;
}
