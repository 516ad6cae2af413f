package org.groundtruth.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor of an import into the embedded store: SQLite's own command-line tool loading the rows Groundtruth wrote
 * (dumped to CSV beforehand, untimed) into the same three tables, then building the same indexes and full text, in
 * one transaction. No parsing of the source, no interpretation, no Java: what any importer would at least pay to store
 * the same rows with this schema. Compared with the peer's time, it bounds the ratio an importer could reach.
 */
final class SqliteFloor {
    private static final List<String> TABLES = List.of("incidents", "reports", "report_revisions");

    private SqliteFloor() {
    }

    /** Dumps the store's rows, loads them into a fresh file with the sqlite3 tool, and returns the seconds it took. */
    static double measure(Path storeFile, Path work) throws IOException, InterruptedException, SQLException {
        List<String> tables = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        String fts;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeFile); Statement s = c.createStatement()) {
            for (String t : TABLES) tables.add(ddl(s, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + t + "'").getFirst());
            indexes.addAll(ddl(s, "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    + " AND tbl_name IN ('incidents', 'reports', 'report_revisions') ORDER BY name"));
            // the sqlite3 tool on Debian 12 (3.40) predates contentless_delete, which changes nothing in how the index is built
            fts = ddl(s, "SELECT sql FROM sqlite_master WHERE name = 'incident_fts'").getFirst().replace("contentless_delete=1,", "");
        }
        StringBuilder script = new StringBuilder("PRAGMA page_size = 16384;\nPRAGMA cache_size = -512000;\nPRAGMA threads = 2;\n");
        for (String t : tables) script.append(t).append(";\n");
        script.append(fts).append(";\nBEGIN;\n");
        for (String t : TABLES) {
            Path csv = work.resolve("floor-" + t + ".csv");
            run(List.of("sqlite3", "-csv", storeFile.toString(), "SELECT * FROM " + t), csv); // untimed
            script.append(".import --csv ").append(csv).append(' ').append(t).append('\n');
        }
        script.append("INSERT INTO incident_fts (rowid, search_text) SELECT id, search_text FROM incidents;\n");
        for (String i : indexes) script.append(i).append(";\n");
        script.append("COMMIT;\n");
        Path scriptFile = Files.writeString(work.resolve("floor.sql"), script);
        Path db = work.resolve("floor.sqlite");
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        run(List.of("sqlite3", db.toString(), ".read " + scriptFile), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (String t : TABLES) Files.deleteIfExists(work.resolve("floor-" + t + ".csv"));
        Files.deleteIfExists(db);
        return seconds;
    }

    private static List<String> ddl(Statement s, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (output != null) pb.redirectOutput(output.toFile());
        Path errors = Files.createTempFile("sqlite3", ".err");
        pb.redirectError(errors.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(1, TimeUnit.HOURS);
        String err = Files.readString(errors, StandardCharsets.UTF_8);
        Files.deleteIfExists(errors);
        if (!done || p.exitValue() != 0 || !err.isBlank()) throw new IOException(String.join(" ", command) + " failed: " + err);
    }
}
