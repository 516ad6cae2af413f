package org.groundtruth.storage.sqlite;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.storage.IncidentStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on a SQLite file in a fresh temporary directory. */
class SqliteIncidentStoreTest extends IncidentStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
    }

    @Override
    protected Store reopen() {
        JdbcStore s = JdbcStore.sqlite(dataDir);
        assertThat(((SqliteIncidentStore) s.incidents()).integrityCheck()).isEqualTo("ok");
        return s;
    }

    @Override
    protected String childStoreArgument() {
        return dataDir.toString();
    }

    @Override
    protected List<String> childJvmOptions() {
        return List.of("-Dgroundtruth.sqlite.importCacheKib=2048"); // spill pages into the file early
    }

    /**
     * An import on a store nobody else has open writes through a rollback journal (decision 0120): killed after
     * its pages reached the database file, it leaves a hot journal that the next open rolls back.
     */
    @Test
    void aKilledImportsPagesInTheFileAreRolledBackFromItsJournal() throws Exception {
        store.close();
        store = null;
        long sizeBefore = Files.size(dataDir.resolve("groundtruth.db"));

        killChildMidImport();

        assertThat(dataDir.resolve("groundtruth.db-journal")).exists();
        assertThat(Files.size(dataDir.resolve("groundtruth.db"))).isGreaterThan(sizeBefore);
        store = reopen();
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isZero();
        assertThat(store.incidents().imports()).isEmpty();
        assertThat(journalMode()).isEqualTo("wal");
    }

    @Test
    void anImportKeepsTheWalWhileAnotherConnectionHasTheStoreOpen() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("groundtruth.db"));
             ResultSet rs = other.createStatement().executeQuery("SELECT count(*) FROM incidents")) {
            rs.next();
            try (ImportWriter w = store.incidents().beginImport(new ImportMeta("a.csv", "test", null))) {
                w.upsert(IncidentForTest.at(35, 36).record("test:1"));
                assertThat(Files.exists(dataDir.resolve("groundtruth.db-journal"))).isFalse();
                w.commit();
            }
        }
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(1);
        assertThat(journalMode()).isEqualTo("wal");
    }

    /** A serving store keeps a connection open, so an import from another process keeps the WAL (its readers stay free). */
    @Test
    void anImportElsewhereKeepsTheWalWhileAServingStoreIsOpen() throws Exception {
        ((SqliteIncidentStore) store.incidents()).keepOpenForReaders();
        closeIdlePooledConnections(store.incidents()); // as a server's pool does after idling: only the kept connection is left
        try (SqliteIncidentStore cli = SqliteIncidentStore.open(dataDir)) {
            try (ImportWriter w = cli.beginImport(new ImportMeta("a.csv", "test", null))) {
                w.upsert(IncidentForTest.at(35, 36).record("test:1"));
                assertThat(dataDir.resolve("groundtruth.db-journal")).doesNotExist();
                assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).as("the server reads during the import").isZero();
                w.commit();
            }
        }
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(1);
        assertThat(journalMode()).isEqualTo("wal");
    }

    private static void closeIdlePooledConnections(org.groundtruth.incident.IncidentStore store) throws Exception {
        java.lang.reflect.Field f = org.groundtruth.storage.jdbc.JdbcIncidentStore.class.getDeclaredField("dataSource");
        f.setAccessible(true);
        var pool = ((com.zaxxer.hikari.HikariDataSource) f.get(store)).getHikariPoolMXBean();
        pool.softEvictConnections();
        for (int i = 0; i < 200 && pool.getTotalConnections() > 0; i++) Thread.sleep(10);
        assertThat(pool.getTotalConnections()).isZero();
    }

    private String journalMode() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("groundtruth.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void keepsOneFileInTheDataDirectoryInWalMode() {
        assertThat(Files.exists(dataDir.resolve("groundtruth.db"))).isTrue();
        assertThat(store.info().location()).isEqualTo(dataDir.resolve("groundtruth.db").toAbsolutePath().toString());
        assertThat(store.info().kind()).isEqualTo("sqlite");
        assertThat(store.info().spatialIndex()).isEqualTo("btree lat/lon");
        assertThat(Files.exists(dataDir.resolve("groundtruth.db-wal"))).isTrue();
    }

    @Test
    void aNewStoreHasSixteenKibPages() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("groundtruth.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA page_size")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(16384);
        }
    }

    @Test
    void reopeningRunsNoMigrationTwice() {
        String version = store.info().schemaVersion();
        store.close();
        store = JdbcStore.sqlite(dataDir);
        assertThat(store.info().schemaVersion()).isEqualTo(version);
    }

    @Test
    void firstImportIntoAnEmptyStoreLeavesEveryIndexInPlace() throws Exception {
        List<String> before = indexes();
        assertThat(before).contains("incidents_by_date", "incidents_by_governorate", "incidents_by_lat_lon", "reports_by_incident");
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("a.csv", "test", null))) {
            for (int n = 0; n < 100; n++) w.upsert(IncidentForTest.at(35, 36).record("test:" + n));
            w.commit();
        }
        assertThat(indexes()).isEqualTo(before);
        assertThat(((SqliteIncidentStore) store.incidents()).integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aStoreOfTheFirstSchemaMigratesAndKeepsWorking(@TempDir Path oldDir) throws Exception {
        String url = "jdbc:sqlite:" + oldDir.resolve(SqliteIncidentStore.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            for (String sql : PRE_UPGRADE_ROWS) s.execute(sql);
            s.execute("INSERT INTO incident_fts (rowid, search_text) SELECT id, search_text FROM incidents");
        }
        store.close();
        store = JdbcStore.sqlite(oldDir);
        assertThat(store.info().schemaVersion()).isNotEqualTo("1");
        checkUpgradedStore();
        assertThat(((SqliteIncidentStore) store.incidents()).integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aStoreWithIncidentsBeforePublicIdsGivesEachOneAtItsFirstStart(@TempDir Path oldDir) throws Exception {
        String url = "jdbc:sqlite:" + oldDir.resolve(SqliteIncidentStore.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite")
                .target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            for (String sql : rowsBeforePublicIds(7)) s.execute(sql);
            s.execute("INSERT INTO incident_fts (rowid, search_text) SELECT id, search_text FROM incidents");
        }
        store.close();
        dataDir = oldDir;
        store = JdbcStore.sqlite(oldDir);
        assertThat(Integer.parseInt(store.info().schemaVersion())).isGreaterThanOrEqualTo(9);
        checkPublicIdsAssignedAtFirstStart(7);
        assertThat(indexes()).contains("incidents_by_public_id");
        assertThat(((SqliteIncidentStore) store.incidents()).integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aStoreWithIncidentsBeforeEventKindsGivesEachTheKindItsRowsHold(@TempDir Path oldDir) throws Exception {
        String url = "jdbc:sqlite:" + oldDir.resolve(SqliteIncidentStore.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite")
                .target("10").load().migrate(); // the last migration before event kinds (V100)
        try (Connection c = DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
            for (String sql : rowsBeforeEventKinds()) s.execute(sql);
            s.execute("INSERT INTO incident_fts (rowid, search_text) SELECT id, search_text FROM incidents");
        }
        store.close();
        dataDir = oldDir;
        store = JdbcStore.sqlite(oldDir);
        checkEventKindsGivenAtFirstStart();
        assertThat(((SqliteIncidentStore) store.incidents()).integrityCheck()).isEqualTo("ok");
    }

    private List<String> indexes() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("groundtruth.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }
}
