package org.groundtruth.storage.postgres;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.storage.IncidentStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The store contract on PostgreSQL, each test in a database of its own. */
class PostgresIncidentStoreTest extends IncidentStoreContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @Override
    protected Store reopen() {
        return JdbcStore.postgres(url);
    }

    @Override
    protected String childStoreArgument() {
        return url;
    }

    @AfterEach
    void dropDatabase() {
        if (store != null) store.close();
        store = null;
        TestPostgres.dropDatabase(url);
    }

    @Test
    void locationHidesCredentials() {
        assertThat(PostgresIncidentStore.withoutCredentials("jdbc:postgresql://db:5432/gt?user=gt&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/gt?ssl=true");
        assertThat(PostgresIncidentStore.withoutCredentials("jdbc:postgresql://gt:secret@db/gt")).isEqualTo("jdbc:postgresql://db/gt");
        assertThat(store.info().location()).doesNotContain("postgres?user").startsWith("jdbc:postgresql://");
        assertThat(store.info().kind()).isEqualTo("postgresql");
    }

    @Test
    void usesPostgisPointsWithAGistIndexWherePostgisIsPresent() throws Exception {
        assumeTrue(((PostgresIncidentStore) store.incidents()).hasPostgis(), "PostGIS is not installed on " + TestPostgres.describe());
        assertThat(store.info().spatialIndex()).isEqualTo("postgis-gist");
        long id = store.incidents().create(IncidentForTest.at(35.81, 36.61).facts(), List.of()).id();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ST_AsText(geom), ST_SRID(geom) FROM incidents WHERE id = " + id)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("POINT(36.61 35.81)");
                assertThat(rs.getInt(2)).isEqualTo(4326);
            }
            try (ResultSet rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'incidents_by_geom'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).containsIgnoringCase("gist");
            }
        }
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(36.6, 35.8, 36.62, 35.82))).numberMatched()).isEqualTo(1);
    }

    @Test
    void fallsBackToBtreeLatLonWithoutPostgis() throws Exception {
        assumeTrue(!((PostgresIncidentStore) store.incidents()).hasPostgis(), "PostGIS is installed on " + TestPostgres.describe());
        assertThat(store.info().spatialIndex()).isEqualTo("btree lat/lon");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_indexes WHERE indexname = 'incidents_by_lat_lon'")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void firstImportIntoAnEmptyStoreLeavesEveryIndexAndForeignKeyInPlace() throws Exception {
        List<String> before = indexesAndConstraints();
        assertThat(before).contains("incidents_by_date", "incidents_by_text", "reports_by_incident", "reports_incident_id_fkey");
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("a.csv", "test", null))) {
            for (int n = 0; n < 100; n++) w.upsert(IncidentForTest.at(35, 36).record("test:" + n));
            w.commit();
        }
        assertThat(indexesAndConstraints()).isEqualTo(before);
    }

    /** Rows go in by binary COPY (decision 0114): every kind of value must read back as a create stores it. */
    @Test
    void anImportedRowReadsBackWithEveryValueAsCreated() throws Exception {
        String odd = "tab\there, new\nline, back\\slash, \"quote\", 'single', Arabic \u0633\u0648\u0642 \u0623\u0631\u064A\u062D\u0627,"
                + " ancient \uD800\uDF48, lone \uD800 surrogate, \u00e9\u00e8, \u20ac";
        var loc = new org.groundtruth.place.Location(new org.groundtruth.place.Coordinates(35.81371234567891, -36.61219876543211),
                org.groundtruth.place.LocationPrecision.NEIGHBOURHOOD, 750, "Ariha " + odd, "Idlib", "Ariha district", "SY",
                org.groundtruth.place.PlacedBy.SOURCE);
        var cs = new org.groundtruth.incident.Casualties(new org.groundtruth.incident.CountRange(40, 49),
                org.groundtruth.incident.CountRange.of(70, null), org.groundtruth.incident.CountRange.exactly(5),
                org.groundtruth.incident.CountRange.UNKNOWN, new org.groundtruth.incident.CountRange(10, 12));
        var facts = new org.groundtruth.incident.IncidentFacts("Strike " + odd, odd,
                org.groundtruth.time.IncidentDate.at(java.time.LocalDate.of(1999, 12, 31), java.time.LocalTime.of(23, 59, 59, 999_999_000),
                        java.time.ZoneOffset.ofHoursMinutes(-9, -30)), loc, cs,
                java.util.Set.of(org.groundtruth.incident.CivilianObject.MARKET), List.of("Russian warplanes", odd), List.of("Su-24"));
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("notes", odd);
        fields.put("empty", "");
        fields.put("absent", null);
        var source = new org.groundtruth.incident.Source("SOHR " + odd, "test", null);
        var record = org.groundtruth.ingest.ImportedRecord.of("test:" + odd, facts, source, "report " + odd, "ar", fields);
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("a.csv", "test", null))) {
            w.upsert(record);
            w.commit();
        }
        var created = store.incidents().create(facts, List.of());
        var imported = store.incidents().search(IncidentQuery.all()).items().stream().filter(i -> i.id() != created.id()).findFirst().orElseThrow();
        var found = store.incidents().find(imported.id()).orElseThrow();
        assertThat(found.facts()).isEqualTo(store.incidents().find(created.id()).orElseThrow().facts());
        assertThat(found.facts().date()).isEqualTo(facts.date());
        assertThat(found.facts().location().point()).isEqualTo(facts.location().point());
        assertThat(found.facts().casualties()).isEqualTo(facts.casualties());
        var report = found.reports().get(0);
        assertThat(report.text()).isEqualTo(new String(("report " + odd).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.language()).isEqualTo("ar");
        assertThat(report.source().url()).isNull();
        assertThat(report.firstSeen()).isEqualTo(report.lastChanged());
        var revision = store.incidents().revisions(report.id()).get(0);
        assertThat(revision.fields()).containsEntry("empty", "").containsEntry("notes",
                new String(odd.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(revision.contentHash()).isEqualTo(record.contentHash());
        assertThat(store.incidents().search(IncidentQuery.all().withText("\u0633\u0648\u0642 ancient")).numberMatched()).isEqualTo(2);
        assertThat(store.incidents().search(IncidentQuery.all().withText("\u0627\u0631\u064A")).numberMatched()).as("a word prefix, alef folded").isEqualTo(2);
    }

    /** The text index splits the stored text at spaces, as SQLite's FTS5 and the query tokens do (decision 0112). */
    @Test
    void aWordIsWhatTheStoredTextHoldsBetweenSpaces() throws Exception {
        long mixed = store.incidents().create(IncidentForTest.at(35, 36).titled("Shell 1e10abc fired").facts(), List.of()).id();
        long longWord = store.incidents().create(IncidentForTest.at(35, 36).titled("Long " + "x".repeat(3000) + " word").facts(), List.of()).id();
        assertThat(store.incidents().search(IncidentQuery.all().withText("1e10abc")).items()).extracting(i -> i.id()).containsExactly(mixed);
        assertThat(store.incidents().search(IncidentQuery.all().withText("1e10")).items()).extracting(i -> i.id()).containsExactly(mixed);
        assertThat(store.incidents().search(IncidentQuery.all().withText("abc")).numberMatched()).as("not a word of its own").isZero();
        assertThat(store.incidents().search(IncidentQuery.all().withText("long word")).items()).extracting(i -> i.id()).containsExactly(longWord);
        assertThat(store.incidents().search(IncidentQuery.all().withText("x".repeat(3000))).numberMatched())
                .as("a word over 2047 bytes is not indexed").isZero();
    }

    @Test
    void aStoreOfTheSchemaBeforeImportSpeedMigratesAndKeepsWorking() throws Exception {
        String oldUrl = TestPostgres.newDatabase();
        try {
            org.flywaydb.core.Flyway.configure().dataSource(oldUrl, null, null).locations("classpath:db/migration/postgres")
                    .target("2").load().migrate();
            try (Connection c = DriverManager.getConnection(oldUrl); Statement s = c.createStatement()) {
                for (String sql : PRE_UPGRADE_ROWS) s.execute(sql);
                for (String table : List.of("imports", "incidents", "reports")) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), 1)");
                }
            }
            store.close();
            store = JdbcStore.postgres(oldUrl);
            assertThat(store.info().schemaVersion()).isNotEqualTo("2");
            checkUpgradedStore();
            try (Connection c = DriverManager.getConnection(oldUrl); Statement s = c.createStatement()) {
                s.execute("SET enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN SELECT id FROM incidents i WHERE search_words(i.search_text)"
                        + " @@ 'market:*'::tsquery")) {
                    while (rs.next()) plan.append(rs.getString(1)).append('\n');
                }
                assertThat(plan.toString()).as("the text filter can use the expression index").contains("incidents_by_text");
            }
        } finally {
            store.close();
            store = null;
            TestPostgres.dropDatabase(oldUrl);
        }
    }

    @Test
    void aStoreWithIncidentsBeforeEventKindsGivesEachTheKindItsRowsHold() throws Exception {
        String oldUrl = TestPostgres.newDatabase();
        String mine = url;
        try {
            org.flywaydb.core.Flyway.configure().dataSource(oldUrl, null, null).locations("classpath:db/migration/postgres")
                    .target("12").load().migrate(); // the last migration before event kinds (V100)
            try (Connection c = DriverManager.getConnection(oldUrl); Statement s = c.createStatement()) {
                for (String sql : rowsBeforeEventKinds()) s.execute(sql);
            }
            store.close();
            url = oldUrl;
            store = JdbcStore.postgres(oldUrl);
            checkEventKindsGivenAtFirstStart();
        } finally {
            store.close();
            store = null;
            url = mine;
            TestPostgres.dropDatabase(oldUrl);
        }
    }

    @Test
    void aStoreWithIncidentsBeforePublicIdsGivesEachOneAtItsFirstStart() throws Exception {
        String oldUrl = TestPostgres.newDatabase();
        String mine = url;
        try {
            org.flywaydb.core.Flyway.configure().dataSource(oldUrl, null, null).locations("classpath:db/migration/postgres")
                    .target("9").load().migrate();
            try (Connection c = DriverManager.getConnection(oldUrl); Statement s = c.createStatement()) {
                for (String sql : rowsBeforePublicIds(7)) s.execute(sql);
                s.execute("SELECT setval(pg_get_serial_sequence('incidents', 'id'), 7)");
            }
            store.close();
            url = oldUrl;
            store = JdbcStore.postgres(oldUrl);
            assertThat(Integer.parseInt(store.info().schemaVersion())).isGreaterThanOrEqualTo(10);
            checkPublicIdsAssignedAtFirstStart(7);
            assertThat(indexesAndConstraints()).contains("incidents_by_public_id");
        } finally {
            store.close();
            store = null;
            url = mine;
            TestPostgres.dropDatabase(oldUrl);
        }
    }

    private List<String> indexesAndConstraints() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                     + " UNION ALL SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }
}
