package org.groundtruth.app.bench;

import org.groundtruth.app.imports.TerminalProgress;
import org.groundtruth.app.serve.DemoCommand;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.intake.ImportReport;
import org.groundtruth.intake.ImportTarget;
import org.groundtruth.intake.Importer;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.web.GroundtruthServer;
import org.groundtruth.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Drives the public read endpoints (OGC items and the JSON list, a bounding box, 100 items) with a closed-loop load
 * generator at 1, 16 and 64 connections, beside the database's own execution of the same query in the same run (its
 * count and page statements, bare over JDBC at as many connections): first on the demo store, then after importing
 * a million drafts into the same box. Both stores are ANALYZEd first, as production's autovacuum does. The public
 * answer must be the same with and without the drafts, and should take as long (decision 0420).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load-test the public OGC items and JSON list endpoints at 1, 16 and 64 connections on the demo store, "
                + "then with a million drafts in the same box, beside the bare SQL of the same query.")
public final class ServeBenchmark implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Run on PostgreSQL: a scratch database is created on this server and dropped at the end (default: SQLite).")
    String pgUrl;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "groundtruth-data/bench-serve",
            description = "Working directory: the SQLite store, the demo's source files, the drafts file (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--drafts", defaultValue = "1000000", description = "Drafts to import into the box after the first round; 0: none (default: ${DEFAULT-VALUE}).")
    int drafts;

    @Option(names = "--connections", split = ",", defaultValue = "1,16,64", description = "Connection counts (default: ${DEFAULT-VALUE}).")
    List<Integer> connections;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per run (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds before each run (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--jit-warmup", defaultValue = "20",
            description = "Seconds of load on each endpoint before a round's first run, so that the JIT has compiled the request path (default: ${DEFAULT-VALUE}).")
    double jitWarmup;

    @Option(names = "--load-generator", defaultValue = "auto",
            description = "wrk (Debian's wrk, in another process), jdk (the JDK's HTTP client in this process), or auto: wrk when it is installed (default: ${DEFAULT-VALUE}).")
    String loadGenerator;

    @Option(names = "--bbox", defaultValue = "36.0,35.5,37.0,36.5",
            description = "West,south,east,north of the requests and of the drafts (default: ${DEFAULT-VALUE}, Idlib).")
    String bboxText;

    private boolean useWrk;

    /** One line of the summary: where, what, how many connections, the two results and their ratio. */
    record Row(String store, String endpoint, int connections, ClosedLoop.Measured http, ClosedLoop.Result sql) {
    }

    @Override
    public Integer call() throws Exception {
        BoundingBox box = org.groundtruth.web.IncidentFilter.bbox(bboxText);
        Files.createDirectories(dir);
        System.out.println("machine: " + Machine.describe());
        boolean wrk = switch (loadGenerator) {
            case "wrk" -> true;
            case "jdk" -> false;
            case "auto" -> Wrk.available();
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--load-generator: '" + loadGenerator + "' is not one of auto, wrk, jdk");
        };
        if (wrk && !Wrk.available()) throw new IllegalStateException("wrk is not installed (Debian: apt-get install wrk)");
        useWrk = wrk;
        System.out.println("load generator: " + (wrk ? "wrk (another process)" : "the JDK's HTTP client (in this process)"));
        List<Row> rows = new ArrayList<>();
        ImportBenchmark.ScratchDatabase scratch = pgUrl == null ? null : ImportBenchmark.ScratchDatabase.create(pgUrl);
        Path sqliteDir = pgUrl == null ? Files.createTempDirectory(dir, "store-") : null;
        String storeUrl = scratch != null ? scratch.url() : null;
        try (Store store = scratch != null ? JdbcStore.postgres(storeUrl) : JdbcStore.sqlite(sqliteDir)) {
            JdbcIncidentStore incidents = (JdbcIncidentStore) store.incidents();
            System.out.println("store: " + store.info().kind() + " " + Machine.databaseVersion(incidents) + ", spatial index " + store.info().spatialIndex());
            Gazetteer gazetteer = BundledGazetteer.load();
            DemoCommand.prepare(store, gazetteer, dir.resolve("demo-sources"), System.out);
            analyze(incidents);
            IncidentQuery query = new IncidentQuery(box, null, null, null, null, null, null, null, 100, 0,
                    Set.of(IncidentStatus.PUBLISHED), null, null, null, null);
            long published = store.incidents().search(query).numberMatched();
            long demoRows = store.incidents().search(IncidentQuery.all()).numberMatched();
            String demoName = "demo (" + demoRows + " incidents, " + published + " published in the box)";
            rows.addAll(round(store, incidents, storeUrl, query, demoName, published));
            if (drafts > 0) {
                Path file = dir.resolve("drafts-" + drafts + ".csv");
                if (!Files.isRegularFile(file)) SyntheticAcled.writeInside(file, drafts, 7, box);
                long t0 = System.nanoTime();
                ImportReport r = new Importer().importFile(file, "acled", null, gazetteer,
                        ImportTarget.of(store.incidents(), "system:bench"), TerminalProgress.forFile(file.getFileName().toString()));
                System.out.printf(Locale.ROOT, "%s (drafts, %.1f s)%n", r.summary(), (System.nanoTime() - t0) / 1e9);
                analyze(incidents);
                long inBox = store.incidents().search(new IncidentQuery(box, null, null, null, null, null, null, null, 0, 0)).numberMatched();
                rows.addAll(round(store, incidents, storeUrl, query, "demo + " + drafts + " drafts (" + inBox + " incidents in the box, "
                        + published + " published)", published));
            }
        } finally {
            if (scratch != null) scratch.close();
            if (sqliteDir != null) deleteTree(sqliteDir);
        }
        System.out.println();
        System.out.println("| store | endpoint | connections | p50 ms | p99 ms | req/s | CPU ms/req | server CPU ms/req | bare SQL p50 ms | SQL p99 ms | SQL/s | SQL CPU ms | p50 ratio | server CPU : SQL CPU |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %.0f | %.2f | %.1f | %.1f |%n", r.store(), r.endpoint(), r.connections(),
                    r.http().percentileMs(0.5), r.http().percentileMs(0.99), r.http().perSecond(), r.http().cpuMsPerRequest(), r.http().serverCpuMsPerRequest(),
                    r.sql().percentileMs(0.5), r.sql().percentileMs(0.99), r.sql().perSecond(), r.sql().cpuMsPerRequest(),
                    r.http().percentileMs(0.5) / r.sql().percentileMs(0.5), r.http().serverCpuMsPerRequest() / r.sql().cpuMsPerRequest());
        }
        System.out.println("(CPU: this JVM's; server CPU leaves out the load generator's threads; on PostgreSQL neither counts the database's backends)");
        System.out.println("machine after: load " + Machine.loadAverage());
        return 0;
    }

    /** One round on the store as it is: the server on a free port, each endpoint at each connection count, then the bare SQL. */
    private List<Row> round(Store store, JdbcIncidentStore incidents, String storeUrl, IncidentQuery query, String name, long published) throws Exception {
        System.out.println();
        System.out.println("== " + name + "; load before: " + Machine.loadAverage());
        List<Row> rows = new ArrayList<>();
        WebSettings settings = WebSettings.local(0).withAssessment(org.groundtruth.intake.assessment.WeaponReferenceFile.bundled(),
                org.groundtruth.app.assessment.Assessors.statements(store));
        try (GroundtruthServer server = GroundtruthServer.start(store, settings)) {
            String b = bboxText;
            List<String[]> endpoints = List.of(
                    new String[]{"OGC items", "/ogc/collections/incidents/items?limit=100&bbox=" + b},
                    new String[]{"JSON list", "/api/incidents?limit=100&bbox=" + b});
            for (String[] e : endpoints) checkAnswer(URI.create(server.baseUrl() + e[1]), published);
            var sql = incidents.searchSql(query);
            if (jitWarmup > 0) { // untimed: the first requests of a fresh JVM run interpreted code
                ClosedLoop.run(2, bareSql(incidents, storeUrl, sql), Duration.ZERO, seconds(jitWarmup / 3));
                for (String[] e : endpoints) {
                    ClosedLoop.run(4, ClosedLoop.http(URI.create(server.baseUrl() + e[1])), Duration.ZERO, seconds(jitWarmup / 3));
                }
            }
            for (int n : connections) {
                ClosedLoop.Result bare = ClosedLoop.run(n, bareSql(incidents, storeUrl, sql), seconds(warmup), seconds(seconds));
                System.out.printf(Locale.ROOT, "bare SQL   %3d connections: %s%n", n, bare.line());
                for (String[] e : endpoints) {
                    URI uri = URI.create(server.baseUrl() + e[1]);
                    ClosedLoop.Measured http = useWrk ? Wrk.run(uri, n, seconds(warmup), seconds(seconds))
                            : ClosedLoop.run(n, ClosedLoop.http(uri), seconds(warmup), seconds(seconds));
                    System.out.printf(Locale.ROOT, "%-10s %3d connections: %s%n", e[0], n, http.line());
                    rows.add(new Row(name, e[0], n, http, bare));
                }
                if (useWrk) { // every page of the box in turn, as GDAL copies a layer: not one page's items again and again
                    URI first = URI.create(server.baseUrl() + endpoints.getFirst()[1]);
                    int pages = (int) Math.max(1, (published + 99) / 100);
                    ClosedLoop.Measured http = Wrk.run(first, pages, 100, n, seconds(warmup), seconds(seconds));
                    String label = "OGC, all " + pages + " pages";
                    System.out.printf(Locale.ROOT, "%-10s %3d connections: %s%n", label, n, http.line());
                    rows.add(new Row(name, label, n, http, bare));
                }
            }
        }
        return rows;
    }

    /** The answer counts exactly the published incidents in the box: the public never sees drafts, here or there. */
    private static void checkAnswer(URI uri, long published) throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var r = client.send(java.net.http.HttpRequest.newBuilder(uri).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException(uri + " answered " + r.statusCode());
            var matched = java.util.regex.Pattern.compile("\"numberMatched\"\\s*:\\s*(\\d+)").matcher(r.body());
            if (!matched.find() || Long.parseLong(matched.group(1)) != published) {
                throw new IllegalStateException(uri + " did not count " + published + " published incidents");
            }
        }
    }

    /**
     * The database's own execution of the same query: the store's count and page statements ({@link
     * JdbcIncidentStore#searchSql}), each worker on a connection of its own, prepared once and executed again and again
     * (on PostgreSQL the driver switches to a server-side prepared statement after five executions, as in the server).
     */
    private static ClosedLoop.WorkerFactory bareSql(JdbcIncidentStore incidents, String pgUrl, JdbcIncidentStore.SearchSql sql) {
        return () -> {
            Connection c = pgUrl != null ? DriverManager.getConnection(pgUrl)
                    : DriverManager.getConnection("jdbc:sqlite:" + ((SqliteIncidentStore) incidents).file());
            PreparedStatement count = c.prepareStatement(sql.count().sql());
            PreparedStatement page = c.prepareStatement(sql.page().sql());
            sql.count().binder().bind(count, 1);
            sql.page().binder().bind(page, 1);
            return new ClosedLoop.Worker() {
                @Override
                public boolean once() throws SQLException {
                    long n = 0;
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        n += rs.getLong(1);
                    }
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) n += rs.getLong(1) > 0 ? 1 : 0;
                    }
                    return n > 0;
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        };
    }

    /** Statistics as production keeps them: ANALYZE (PostgreSQL's autovacuum; SQLite's PRAGMA optimize does the same). */
    static void analyze(JdbcIncidentStore incidents) {
        long t0 = System.nanoTime();
        incidents.read("analysing the store", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "ANALYZE: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
