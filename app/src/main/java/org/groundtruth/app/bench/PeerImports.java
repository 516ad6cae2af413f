package org.groundtruth.app.bench;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/** The peers the import benchmark measures against: SQLite's own CSV import and PostgreSQL's COPY. */
final class PeerImports {
    private PeerImports() {
    }

    /** Runs {@code sqlite3 DB ".import --csv FILE acled"} and returns the seconds it took. */
    static double sqliteCliImport(Path csv, Path db) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        ProcessBuilder pb = new ProcessBuilder("sqlite3", db.toString(), ".import --csv " + csv + " acled")
                .redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("the sqlite3 command-line tool is needed for this benchmark (apt-get install sqlite3)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) throw new IOException("sqlite3 .import failed: " + out);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * COPY of the CSV, read by the client, into a fresh table of text columns; returns the seconds it took and the
     * CPU seconds of the server process that ran it (-1 where /proc does not show it).
     */
    static double[] postgresCopy(Path csv, String jdbcUrl) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            int pid;
            try (java.sql.ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            st.execute("DROP TABLE IF EXISTS bench_acled_copy");
            StringBuilder ddl = new StringBuilder("CREATE TABLE bench_acled_copy (");
            String[] cols = SyntheticAcled.HEADER.split(",");
            for (int i = 0; i < cols.length; i++) ddl.append(i == 0 ? "" : ", ").append(cols[i]).append(" text");
            st.execute(ddl.append(')').toString());
            double cpu0 = cpuSeconds(pid);
            long t0 = System.nanoTime();
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_acled_copy FROM STDIN WITH (FORMAT csv, HEADER true)", r);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = cpu0 < 0 ? -1 : cpuSeconds(pid) - cpu0;
            st.execute("DROP TABLE bench_acled_copy");
            return new double[]{s, cpu};
        }
    }

    /** User and system CPU seconds of a local process, from /proc; -1 where it cannot be read. */
    static double cpuSeconds(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in USER_HZ
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
