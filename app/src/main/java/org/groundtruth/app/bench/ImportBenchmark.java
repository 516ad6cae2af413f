package org.groundtruth.app.bench;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Placer;
import org.groundtruth.intake.ImportReport;
import org.groundtruth.intake.ImportTarget;
import org.groundtruth.intake.Importer;
import org.groundtruth.intake.ProgressListener;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Imports N synthetic ACLED rows into each store and measures rows/s beside SQLite's own `sqlite3 .import` and
 * PostgreSQL's COPY of the same file, in the same run. Prints one line per pair and the ratios.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import N synthetic ACLED rows into SQLite (and PostgreSQL with --pg); compare with sqlite3 .import and COPY.")
public final class ImportBenchmark implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--pg", paramLabel = "JDBC_URL", description = "A PostgreSQL server to measure too (a scratch database is created and dropped).")
    String pgUrl;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a temporary one).")
    Path work;

    @Option(names = "--no-sqlite", description = "Skip the SQLite pair (to measure PostgreSQL alone).")
    boolean noSqlite;

    @Option(names = "--floor", description = "Also time each store's own loader (sqlite3 .import, plain COPY) writing the exact rows"
            + " the import wrote (saved beforehand, untimed) into a fresh store, with the same indexes and keys built after: the floor for this schema.")
    boolean floor;

    private Placer placer;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("gt-bench-import");
        try {
            Path csv = dir.resolve("acled-synthetic.csv");
            SyntheticAcled.write(csv, rows, 42);
            Path sqliteStore = dir.resolve("gt-sqlite");
            if (Files.exists(sqliteStore)) deleteTree(sqliteStore); // a kept --work directory holds the last run's store
            System.out.printf(Locale.ROOT, "data: %d synthetic ACLED rows, %.1f MB%n", rows, Files.size(csv) / 1e6);

            // the import as `groundtruth import` runs it: rows go through the bundled gazetteer (loaded once, untimed)
            placer = BundledGazetteer.load();
            if (!noSqlite) {
                double peerSqlite = PeerImports.sqliteCliImport(csv, dir.resolve("peer.sqlite"));
                double cpu0 = processCpuSeconds();
                double ours = timeImport(csv, JdbcStore.sqlite(Files.createDirectories(sqliteStore)), null);
                line("sqlite", ours, processCpuSeconds() - cpu0, "sqlite3 .import", peerSqlite);
                if (floor) {
                    double floorSeconds = SqliteFloor.measure(sqliteStore.resolve(SqliteIncidentStore.FILE_NAME), dir);
                    System.out.printf(Locale.ROOT, "  floor sqlite: sqlite3 loading Groundtruth's rows into its tables, indexes and full text %.1f s;"
                            + " the best ratio this schema allows %.2f (ours is %.2f of the floor's rate)%n",
                            floorSeconds, peerSqlite / floorSeconds, floorSeconds / ours);
                }
            }

            if (pgUrl != null) {
                try (ScratchDatabase scratch = ScratchDatabase.create(pgUrl)) {
                    // COPY runs before and after the import and counts as the mean of the two, so that a change of load
                    // on a shared machine during the longer import does not favour either side
                    double[] peerBefore = PeerImports.postgresCopy(csv, scratch.url());
                    double cpuPg0 = processCpuSeconds();
                    double oursPg = timeImport(csv, JdbcStore.postgres(scratch.url()), scratch.name());
                    double oursCpu = processCpuSeconds() - cpuPg0;
                    double[] peerAfter = PeerImports.postgresCopy(csv, scratch.url());
                    double peerCopy = (peerBefore[0] + peerAfter[0]) / 2;
                    line("postgresql", oursPg, oursCpu, "COPY", peerCopy);
                    System.out.printf(Locale.ROOT, "  COPY before the import %.1f s, after %.1f s; its server CPU %.1f s and %.1f s%n",
                            peerBefore[0], peerAfter[0], peerBefore[1], peerAfter[1]);
                    if (serverCpu >= 0) {
                        System.out.printf(Locale.ROOT, "  postgresql server: %.1f s CPU in the import's connections%n", serverCpu);
                    }
                    if (floor) floor(scratch, dir, peerCopy, oursPg);
                }
            }
            return 0;
        } finally {
            if (work == null) deleteTree(dir);
        }
    }

    /**
     * The same rows by plain COPY into a fresh store with the same indexes and keys built after them, in one
     * transaction: how close to the peer any client could come with this schema.
     */
    private void floor(ScratchDatabase imported, Path dir, double peerCopy, double ours) throws Exception {
        Path files = Files.createDirectories(dir.resolve("floor"));
        org.groundtruth.storage.postgres.CopyFloor.save(imported.url(), files);
        try (ScratchDatabase fresh = ScratchDatabase.create(imported.adminUrl())) {
            var f = org.groundtruth.storage.postgres.CopyFloor.load(fresh.url(), files);
            System.out.printf(Locale.ROOT, "floor postgresql: COPY of the rows the import wrote (binary, %.0f MB) %.1f s, indexes and keys"
                            + " %.1f s, in all %.1f s (%.0f rows/s); ratio of COPY of the CSV to it %.2f, of groundtruth to it %.2f%n",
                    f.bytes() / 1e6, f.copySeconds(), f.indexSeconds(), f.totalSeconds(), rows / f.totalSeconds(),
                    peerCopy / f.totalSeconds(), f.totalSeconds() / ours);
        } finally {
            try (Stream<Path> s = Files.list(files)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** CPU seconds of the PostgreSQL backends serving the last import, -1 where they cannot be seen. */
    private double serverCpu = -1;

    private double timeImport(Path csv, Store store, String pgDatabase) {
        try (store) {
            long t0 = System.nanoTime();
            ImportReport r = new Importer().importFile(csv, "acled", null, placer, ImportTarget.of(store.incidents()), ProgressListener.NONE);
            double s = (System.nanoTime() - t0) / 1e9;
            if (pgDatabase != null) serverCpu = backendCpuSeconds(pgDatabase); // before the pool closes its connections
            if (r.inserted() != rows) throw new IllegalStateException("expected " + rows + " new rows, got " + r.summary());
            return s;
        }
    }

    /**
     * Wall times swing with whatever else runs on the machine; the CPU seconds of this process (all its threads,
     * SQLite included, a PostgreSQL server not) are steadier for comparing two versions of the importer.
     */
    private void line(String store, double ours, double oursCpu, String peer, double peerSeconds) {
        System.out.printf(Locale.ROOT, "import %s: groundtruth %.1f s (%.0f rows/s, %.1f s CPU in this process), %s %.1f s (%.0f rows/s), ratio %.2f%n",
                store, ours, rows / ours, oursCpu, peer, peerSeconds, rows / peerSeconds, peerSeconds / ours);
    }

    /**
     * The CPU seconds so far of the local PostgreSQL backends connected to one database, from /proc (their process
     * titles name the database); -1 when there are none to see (another machine, not Linux).
     */
    static double backendCpuSeconds(String database) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) return -1;
        double ticks = 0;
        boolean seen = false;
        try (Stream<Path> pids = Files.list(proc)) {
            for (Path p : pids.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8);
                    if (!cmd.startsWith("postgres: ") || !cmd.contains(" " + database + " ")) continue;
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    seen = true;
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended or is not readable: not one of ours to count
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return seen ? ticks / 100.0 : -1; // USER_HZ is 100 on Linux
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A fresh database on the given server for one benchmark run, dropped afterwards. */
    record ScratchDatabase(String adminUrl, String name, String url) implements AutoCloseable {
        static ScratchDatabase create(String adminUrl) throws Exception {
            String name = "gt_bench_" + System.currentTimeMillis();
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            String url = adminUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
            return new ScratchDatabase(adminUrl, name, url);
        }

        @Override
        public void close() throws Exception {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
