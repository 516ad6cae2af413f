package org.groundtruth.storage;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.storage.postgres.PostgresIncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A quick local measure of import speed (not a timed test; the bench module owns the real benchmark): N synthetic
 * ACLED-like rows through {@link ImportWriter} into each store, beside {@code sqlite3 .import} and PostgreSQL
 * {@code COPY} of the same CSV. Run with {@code -Dgroundtruth.speed=100000} (and GROUNDTRUTH_TEST_PG_URL for PostgreSQL).
 */
@EnabledIfSystemProperty(named = "groundtruth.speed", matches = "\\d+")
class ImportSpeedCheck {
    static final String[] COLUMNS = {"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"};
    private static final String[] GOVERNORATES = {"Idlib", "Aleppo", "Hama", "Homs", "Latakia", "Rural Damascus", "Deir ez Zor", "Raqqa"};
    private static final String[] WORDS = ("on date airstrikes by Russian warplanes hit the town market residential "
            + "buildings near a hospital killing civilians including children and women according to local sources "
            + "the strikes also damaged a mosque school bakery water station civil defence reported casualties").split(" ");

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        int n = Integer.parseInt(System.getProperty("groundtruth.speed"));
        Path csv = dir.resolve("acled.csv");
        List<String[]> rows = generate(n, new Random(42));
        writeCsv(csv, rows);

        long t0 = System.nanoTime();
        mark();
        List<ImportedRecord> records = new ArrayList<>(n);
        for (String[] row : rows) records.add(record(row));
        report("build records (parse-free, incl. SHA-256)", n, t0);

        sqlite3Import(csv, n);
        try (Store s = JdbcStore.sqlite(dir.resolve("gt"))) {
            importAll(s, records, "SqliteIncidentStore first import");
            importAll(s, records, "SqliteIncidentStore same file again");
        }
        String pg = System.getenv("GROUNDTRUTH_TEST_PG_URL");
        if (pg != null) {
            String db = "gt_speed_" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            String url = pg.replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
            try {
                copyImport(url, csv, n);
                try (Store s = JdbcStore.postgres(url)) {
                    importAll(s, records, "PostgresIncidentStore first import (" + s.info().spatialIndex() + ")");
                    importAll(s, records, "PostgresIncidentStore same file again");
                }
            } finally {
                try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + db + " WITH (FORCE)");
                }
            }
        }
    }

    private static void importAll(Store store, List<ImportedRecord> records, String what) {
        long t0 = System.nanoTime();
        mark();
        ImportRun run;
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("acled.csv", "acled", null))) {
            for (ImportedRecord r : records) w.upsert(r);
            long t1 = System.nanoTime();
            run = w.commit();
            System.out.printf("SPEED   of which commit %.2f s%n", (System.nanoTime() - t1) / 1e9);
        }
        report(what + " " + run.inserted() + "/" + run.unchanged(), records.size(), t0);
    }

    private void sqlite3Import(Path csv, int n) throws Exception {
        Path db = dir.resolve("raw.db");
        StringBuilder create = new StringBuilder("CREATE TABLE acled (");
        for (int k = 0; k < COLUMNS.length; k++) create.append(k > 0 ? ", " : "").append(COLUMNS[k]).append(" TEXT");
        create.append(");");
        long t0 = System.nanoTime();
        mark();
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "SPEED   sqlite3 cpu %U s user %S s sys", "sqlite3", db.toString(), "PRAGMA journal_mode=WAL;", create.toString(),
                ".mode csv", ".import --skip 1 " + csv + " acled").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("sqlite3 failed: " + out);
        System.out.print(out);
        report("sqlite3 .import", n, t0);
    }

    private static void copyImport(String url, Path csv, int n) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            StringBuilder create = new StringBuilder("CREATE TABLE acled_raw (");
            for (int k = 0; k < COLUMNS.length; k++) create.append(k > 0 ? ", " : "").append(COLUMNS[k]).append(" text");
            s.execute(create.append(")").toString());
            long t0 = System.nanoTime();
            mark();
            var copy = new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class));
            try (var in = Files.newBufferedReader(csv)) {
                copy.copyIn("COPY acled_raw FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
            report("PostgreSQL COPY", n, t0);
            s.execute("DROP TABLE acled_raw");
        }
    }

    private static long cpu0 = processCpuNanos();
    private static long server0 = postgresCpuTicks();

    /** Wall time, and CPU time of this JVM (SQLite runs inside it) and of the local PostgreSQL server's processes. */
    private static void report(String what, int n, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpuNanos();
        long server = postgresCpuTicks();
        System.out.printf("SPEED %-58s %8d rows %7.2f s %9.0f rows/s | cpu jvm %6.2f s, postgres %6.2f s%n", what, n, s, n / s,
                (cpu - cpu0) / 1e9, (server - server0) / 100.0);
        cpu0 = processCpuNanos();
        server0 = postgresCpuTicks();
    }

    static void mark() {
        cpu0 = processCpuNanos();
        server0 = postgresCpuTicks();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** utime + stime of every process named postgres on this machine, in clock ticks (1/100 s). */
    private static long postgresCpuTicks() {
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(q -> q.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) continue;
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (Exception gone) {
                    // the process ended meanwhile
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return ticks;
    }

    static List<String[]> generate(int n, Random rnd) {
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.of(2015, 9, 30).plusDays(rnd.nextInt(2000));
            String gov = GOVERNORATES[rnd.nextInt(GOVERNORATES.length)];
            StringBuilder notes = new StringBuilder("On " + day + ",");
            int words = 20 + rnd.nextInt(30);
            for (int w = 0; w < words; w++) notes.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
            rows.add(new String[]{"SYR" + (100000 + i), day.toString(), String.valueOf(day.getYear()), "1",
                    "Political violence", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)",
                    "", "8", "Civilians (Syria)", "", "7", "87", "Civilian targeting", "760", "Middle East", "Syria", gov,
                    gov + " district", "", "Town " + rnd.nextInt(3000), String.format("%.4f", 32.5 + rnd.nextDouble() * 4.5),
                    String.format("%.4f", 35.8 + rnd.nextDouble() * 6.0), String.valueOf(1 + rnd.nextInt(3)),
                    "SOHR; Step News Agency", "National-Regional", notes.toString(), String.valueOf(rnd.nextInt(12)),
                    "", String.valueOf(1600000000 + i)});
        }
        return rows;
    }

    private static void writeCsv(Path csv, List<String[]> rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write(String.join(",", COLUMNS));
            w.newLine();
            for (String[] row : rows) {
                for (int k = 0; k < row.length; k++) {
                    if (k > 0) w.write(',');
                    String v = row[k];
                    w.write(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                w.newLine();
            }
        }
    }

    static ImportedRecord record(String[] row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int k = 0; k < COLUMNS.length; k++) fields.put(COLUMNS[k], row[k]);
        Location loc = new Location(new Coordinates(Double.parseDouble(row[22]), Double.parseDouble(row[23])),
                LocationPrecision.TOWN, null, row[21], row[18], row[19], "SY", PlacedBy.SOURCE);
        IncidentFacts facts = new IncidentFacts(row[6] + " in " + row[21], null, IncidentDate.onDay(LocalDate.parse(row[1])), loc,
                Casualties.killed(CountRange.exactly(Integer.parseInt(row[28]))), null, List.of(row[7]), List.of());
        return ImportedRecord.of("acled:" + row[0], facts, new Source(row[25], "acled", null), row[27], "en", fields);
    }
}
