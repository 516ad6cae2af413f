package org.groundtruth.storage.postgres;

import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStore;
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
    protected IncidentStore newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return PostgresIncidentStore.open(url);
    }

    @Override
    protected IncidentStore reopen() {
        return PostgresIncidentStore.open(url);
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
        assumeTrue(((PostgresIncidentStore) store).hasPostgis(), "PostGIS is not installed on " + TestPostgres.describe());
        assertThat(store.info().spatialIndex()).isEqualTo("postgis-gist");
        long id = store.create(IncidentForTest.at(35.81, 36.61).facts(), List.of()).id();
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
        assertThat(store.search(IncidentQuery.all().withBbox(new BoundingBox(36.6, 35.8, 36.62, 35.82))).numberMatched()).isEqualTo(1);
    }

    @Test
    void fallsBackToBtreeLatLonWithoutPostgis() throws Exception {
        assumeTrue(!((PostgresIncidentStore) store).hasPostgis(), "PostGIS is installed on " + TestPostgres.describe());
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
        try (ImportWriter w = store.beginImport(new ImportMeta("a.csv", "test", null))) {
            for (int n = 0; n < 100; n++) w.upsert(IncidentForTest.at(35, 36).record("test:" + n));
            w.commit();
        }
        assertThat(indexesAndConstraints()).isEqualTo(before);
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
            store = PostgresIncidentStore.open(oldUrl);
            assertThat(store.info().schemaVersion()).isNotEqualTo("2");
            checkUpgradedStore();
            try (Connection c = DriverManager.getConnection(oldUrl); Statement s = c.createStatement()) {
                s.execute("SET enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN SELECT id FROM incidents i WHERE to_tsvector('simple'::regconfig,"
                        + " i.search_text) @@ to_tsquery('simple', 'market:*')")) {
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
            store = PostgresIncidentStore.open(oldUrl);
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
