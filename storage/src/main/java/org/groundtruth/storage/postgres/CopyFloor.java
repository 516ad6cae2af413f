package org.groundtruth.storage.postgres;

import org.groundtruth.storage.jdbc.JdbcIncidentStore.Deferred;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The floor under a first import with this schema: the exact rows an import wrote into incidents, reports and
 * report_revisions, saved beforehand as binary COPY files, loaded by plain COPY into a fresh store in one
 * transaction with the same indexes and keys dropped and built again at commit as an import does. No client could
 * load those rows with these indexes faster this way; the benchmark prints it beside the import (decision 0116).
 */
public final class CopyFloor {
    /** The tables in load order, with the columns an import writes (the generated geom is computed again). */
    private static final List<String[]> TABLES = List.of(
            new String[]{"imports", "*"},
            new String[]{"incidents", "id, " + String.join(", ", org.groundtruth.storage.jdbc.Sql.FACT_COLUMNS)
                    + ", search_text, status, edited_by_hand, created_at, updated_at"},
            new String[]{"reports", "id, incident_id, origin_key, source_name, source_dataset, source_url, text, language,"
                    + " first_seen, last_changed, revision_count, content_hash"},
            new String[]{"report_revisions", "report_id, revision, import_id, recorded_at, content_hash, fields"});

    /** Seconds spent copying rows and building indexes and keys (commit included). */
    public record Result(double copySeconds, double indexSeconds, long bytes) {
        public double totalSeconds() {
            return copySeconds + indexSeconds;
        }
    }

    private CopyFloor() {
    }

    /** Saves the rows of {@code sourceUrl}'s three tables (and its imports) into {@code dir}, untimed. */
    public static void save(String sourceUrl, Path dir) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(sourceUrl)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String[] t : TABLES) {
                String columns = t[1].equals("*") ? "" : " (" + t[1] + ")";
                try (OutputStream out = Files.newOutputStream(dir.resolve(t[0] + ".copy"))) {
                    copy.copyOut("COPY " + t[0] + columns + " TO STDOUT (FORMAT binary)", out);
                }
            }
        }
    }

    /**
     * Loads the saved rows into the empty store at {@code targetUrl} (its schema made by {@link PostgresIncidentStore#open})
     * and times it: one transaction, the bulk load's indexes and keys dropped first and built again after the rows.
     */
    public static Result load(String targetUrl, Path dir) throws SQLException, IOException {
        try (PostgresIncidentStore store = PostgresIncidentStore.open(targetUrl);
             Connection c = DriverManager.getConnection(targetUrl)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long bytes = 0;
            try (InputStream in = Files.newInputStream(dir.resolve("imports.copy"))) {
                copy.copyIn("COPY imports FROM STDIN (FORMAT binary)", in); // the import runs the revisions point at
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            List<Deferred> deferred = store.deferrableDuringBulkLoad(c);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL maintenance_work_mem = '" + PostgresIncidentStore.MAINTENANCE_WORK_MEM + "'");
                for (Deferred d : deferred.reversed()) s.execute(d.drop());
            }
            for (String[] t : TABLES.subList(1, TABLES.size())) {
                Path file = dir.resolve(t[0] + ".copy");
                bytes += Files.size(file);
                try (InputStream in = Files.newInputStream(file)) {
                    copy.copyIn("COPY " + t[0] + " (" + t[1] + ") FROM STDIN (FORMAT binary)", in);
                }
            }
            long t1 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (Deferred d : deferred) s.execute(d.create());
            }
            c.commit();
            long t2 = System.nanoTime();
            return new Result((t1 - t0) / 1e9, (t2 - t1) / 1e9, bytes);
        }
    }
}
