package org.groundtruth.app.bench;

import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.intake.ImportReport;
import org.groundtruth.intake.ImportTarget;
import org.groundtruth.intake.Importer;
import org.groundtruth.intake.ProgressListener;
import org.groundtruth.publication.OpenDataset;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.Selection;
import org.groundtruth.publish.dataset.DatasetFormat;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.storage.store.JdbcStore;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bench export}: N synthetic incidents imported and published, then exported as CSV by Groundtruth (the
 * redacting exporter, as {@code export --format csv} runs it) beside the database's own dump of the same rows in the
 * same run ({@code sqlite3 -csv}; PostgreSQL's {@code COPY (...) TO STDOUT} with {@code --pg}). Prints the rates, their
 * ratio and Groundtruth's peak heap.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export N published incidents as CSV; compare with sqlite3 -csv (and COPY TO with --pg) of the same rows.")
public final class ExportBenchmark implements Callable<Integer> {
    /** The rows the exporter reads, as the database dumps them: the incident, its grade, its reports' sources. */
    static final String SAME_ROWS = "SELECT i.id, i.public_id, i.title, i.summary, i.date_first, i.date_last, i.local_time, i.utc_offset_seconds,"
            + " i.date_precision, i.lat, i.lon, i.location_precision, i.radius_m, i.place_name, i.governorate, i.district, i.country_code,"
            + " i.placed_by, i.killed_min, i.killed_max, i.injured_min, i.injured_max, i.children_killed_min, i.children_killed_max,"
            + " i.women_killed_min, i.women_killed_max, i.men_killed_min, i.men_killed_max, i.objects_hit, i.perpetrators, i.weapons,"
            + " i.status, i.edited_by_hand, i.created_at, i.updated_at, g.effective_grade, g.parties, r.origin_key, r.source_name,"
            + " r.source_dataset, r.source_url FROM incidents i LEFT JOIN incident_grades g ON g.incident_id = i.id"
            + " LEFT JOIN reports r ON r.incident_id = i.id WHERE i.status = 'PUBLISHED' AND i.merged_into IS NULL ORDER BY i.id, r.id";

    @Option(names = "--incidents", defaultValue = "1000000", description = "Published incidents to export (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--pg", paramLabel = "JDBC_URL", description = "A PostgreSQL server to measure too (a scratch database is created and dropped).")
    String pgUrl;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a temporary one).")
    Path work;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("gt-bench-export");
        try {
            Path csv = dir.resolve("acled-synthetic.csv");
            SyntheticAcled.write(csv, incidents, 42);
            System.out.printf(Locale.ROOT, "data: %d synthetic incidents (imported and published, untimed)%n", incidents);
            Path store = dir.resolve("gt-sqlite");
            deleteTree(store);
            loadPublished(csv, JdbcStore.sqlite(Files.createDirectories(store)), incidents);
            Path db = store.resolve(SqliteIncidentStore.FILE_NAME);
            Timing first = sqliteCsv(db, dir.resolve("peer.csv"));
            Result ours = export(JdbcStore.sqlite(store), dir.resolve("ours.csv"));
            Timing last = sqliteCsv(db, dir.resolve("peer.csv"));
            line("sqlite", ours, "sqlite3 -csv", (first.seconds() + last.seconds()) / 2);
            // on a shared machine the wall clock follows the load; the CPU each side spent does not (decision 0931)
            double peerCpu = (first.cpuSeconds() + last.cpuSeconds()) / 2;
            System.out.printf(Locale.ROOT, "  CPU time: groundtruth %.1f s (the whole process: reading, redaction, CSV, collection, compilation),"
                    + " sqlite3 %.1f s (before the export %.1f s wall, %.1f s CPU; after %.1f s, %.1f s); ratio of rates per CPU second %.2f%n",
                    ours.cpuSeconds(), peerCpu, first.seconds(), first.cpuSeconds(), last.seconds(), last.cpuSeconds(), peerCpu / ours.cpuSeconds());
            if (pgUrl != null) {
                try (ImportBenchmark.ScratchDatabase scratch = ImportBenchmark.ScratchDatabase.create(pgUrl)) {
                    loadPublished(csv, JdbcStore.postgres(scratch.url()), incidents);
                    double before = copyTo(scratch.url(), dir.resolve("peer-pg.csv"));
                    Result oursPg = export(JdbcStore.postgres(scratch.url()), dir.resolve("ours-pg.csv"));
                    double after = copyTo(scratch.url(), dir.resolve("peer-pg.csv"));
                    line("postgresql", oursPg, "COPY TO", (before + after) / 2);
                    System.out.printf(Locale.ROOT, "  COPY before the export %.1f s, after %.1f s; groundtruth's process %.1f s of CPU (the server's not counted)%n",
                            before, after, oursPg.cpuSeconds());
                }
            }
            return 0;
        } finally {
            if (work == null) deleteTree(dir);
        }
    }

    record Result(double seconds, double cpuSeconds, long rows, long bytes, long peakHeapBytes) {
    }

    /** A dump's wall-clock time and the CPU time (user and system) its process spent. */
    record Timing(double seconds, double cpuSeconds) {
    }

    /** CPU time of this whole process so far (every thread: the export's, the collector's, the compiler's). */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /**
     * Imports the file and publishes every incident (review moves one by one would take hours: one UPDATE, untimed).
     * The synthetic rows come as "acled", whose real terms allow references only; the scratch store marks it open so
     * that every value is written, as for a team's own data (otherwise the rows would be references, a lighter export).
     */
    static void loadPublished(Path csv, JdbcStore store, int expected) {
        try (store) {
            ImportReport r = new Importer().importFile(csv, "acled", null, BundledGazetteer.load(), ImportTarget.of(store.incidents()), ProgressListener.NONE);
            if (r.inserted() != expected) throw new IllegalStateException("expected " + expected + " new incidents, got " + r.summary());
            store.port(PublicationLedger.PORT).mark(new org.groundtruth.publication.SourceLicence("acled", org.groundtruth.publication.Republication.OPEN,
                    "synthetic", "synthetic benchmark rows"), org.groundtruth.audit.ChangeNote.system("bench"));
            store.database().write("publishing every incident for the benchmark", c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("UPDATE incidents SET status = 'PUBLISHED'");
                }
            });
        }
    }

    /** The export as `groundtruth export --format csv` runs it, with the peak heap it took. */
    private Result export(JdbcStore store, Path out) throws Exception {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        long t0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
        long n;
        try (store; Stream<PublishedIncident> rows = OpenDataset.rows(store.port(PublicationLedger.PORT), Selection.all())) {
            n = DatasetFormat.CSV.write(OpenDataset.nonEmpty(rows, Selection.all()), out, false);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = processCpuSeconds() - cpu0;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
        }
        if (n != incidents) throw new IllegalStateException("exported " + n + " of " + incidents);
        return new Result(s, cpu, n, Files.size(out), peak);
    }

    /** {@code sqlite3 -csv} of the same rows, under a shell whose {@code times} gives the CPU time sqlite3 spent. */
    static Timing sqliteCsv(Path db, Path out) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", "sqlite3 -readonly -csv -header \"$1\" \"$2\" > \"$3\"; s=$?; times >&2; exit $s",
                "bash", db.toString(), SAME_ROWS, out.toString()).redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("sqlite3 -csv failed: " + err);
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] lines = err.strip().split("\\R");
        return new Timing(wall, childCpuSeconds(lines[lines.length - 1]));
    }

    /** bash's {@code times} line for its children, "0m3.120s 0m0.250s": user plus system seconds. */
    static double childCpuSeconds(String line) {
        double total = 0;
        for (String part : line.strip().split("\\s+")) {
            int m = part.indexOf('m');
            total += Integer.parseInt(part.substring(0, m)) * 60 + Double.parseDouble(part.substring(m + 1, part.length() - 1));
        }
        return total;
    }

    static double copyTo(String url, Path out) throws Exception {
        try (Connection c = DriverManager.getConnection(url); OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + SAME_ROWS + ") TO STDOUT WITH (FORMAT csv, HEADER)", o);
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private void line(String store, Result ours, String peer, double peerSeconds) {
        System.out.printf(Locale.ROOT, "export %s: groundtruth %.1f s (%.0f incidents/s, %.0f MB of CSV, peak heap %.0f MB), %s %.1f s (%.0f rows/s),"
                        + " ratio of rates %.2f%n", store, ours.seconds(), ours.rows() / ours.seconds(), ours.bytes() / 1e6, ours.peakHeapBytes() / 1e6,
                peer, peerSeconds, incidents / peerSeconds, peerSeconds / ours.seconds());
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
