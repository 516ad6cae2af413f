package org.groundtruth.storage.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.storage.jdbc.IdAllocator;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.jdbc.Where;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.groundtruth.storage.files.OwnerOnly;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The embedded store: {@code groundtruth.db} in a data directory. WAL journal with synchronous=NORMAL (a killed
 * process loses no committed transaction; an uncommitted one is simply not there), write transactions that take
 * the write lock at BEGIN, FTS5 for text and a covering B-tree on (lat, lon) for space (decision 0110).
 */
public final class SqliteIncidentStore extends JdbcIncidentStore {
    public static final String FILE_NAME = "groundtruth.db";
    private static final int BUSY_TIMEOUT_MS = 60_000;
    private static final int CACHE_KIB = 64_000;
    /** An import's page cache; smaller (the system property) only to make a test's import spill early. */
    private static final int IMPORT_CACHE_KIB = Integer.getInteger("groundtruth.sqlite.importCacheKib", 512_000);
    private static final int NEW_STORE_PAGE_BYTES = 16 * 1024;
    private static final int JOURNAL_LIMIT_BYTES = 64 * 1024 * 1024;

    private final Path file;

    private SqliteIncidentStore(HikariDataSource ds, String schemaVersion, Path file) {
        super(ds, schemaVersion);
        this.file = file;
    }

    /** Opens (creating if needed) the store in {@code dataDir} and brings its schema up to date. */
    public static SqliteIncidentStore open(Path dataDir) {
        // Owner-only (decision 0611): SQLite gives the -wal and -shm files it creates later the database file's mode.
        OwnerOnly.directory(dataDir);
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        if (!Files.exists(file)) {
            try {
                OwnerOnly.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process is creating the store; it sets the page size
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + file, e);
            }
            createWithPageSize(file);
        }
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) OwnerOnly.file(file.resolveSibling(FILE_NAME + suffix));
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(-CACHE_KIB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setJournalSizeLimit(JOURNAL_LIMIT_BYTES); // a big import's WAL shrinks again after its checkpoint
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(sqlite);
        hikari.setPoolName("groundtruth-sqlite");
        hikari.setMaximumPoolSize(4);
        // no connection kept open for its own sake: an idle one would stop an import from leaving the WAL (0120)
        hikari.setMinimumIdle(0);
        HikariDataSource ds = new HikariDataSource(hikari);
        try {
            String version = migrate(ds, "db/migration/sqlite");
            return new SqliteIncidentStore(ds, version, file);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /**
     * A new store gets 16 KiB pages (SQLite's default is 4 KiB): a large import writes, logs and checkpoints a
     * quarter as many pages, and its indexes build faster (decision 0111). The page size is fixed once the file has
     * content (and in WAL mode), so it is set here, first, before WAL; existing stores keep theirs.
     */
    private static void createWithPageSize(Path file) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + NEW_STORE_PAGE_BYTES);
            s.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new org.groundtruth.storage.jdbc.StoreException("creating " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** The connection {@link #keepOpenForReaders} holds, or null. */
    private Connection keeper;

    /**
     * Keeps one connection open until the store closes. A server does this, so that an import started by another
     * process (the CLI) finds the store in use and keeps the WAL: the server's readers are then never locked out by a
     * rollback journal (decision 0120). The connection has read the schema, so the WAL and its index are open.
     */
    public synchronized void keepOpenForReaders() {
        if (keeper != null) return;
        try {
            Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            keeper = c;
        } catch (SQLException e) {
            throw new org.groundtruth.storage.jdbc.StoreException("keeping " + file + " open", e);
        }
    }

    @Override
    public synchronized void close() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException ignored) {
                // closing the pool below releases the file either way
            }
            keeper = null;
        }
        super.close();
    }

    @Override
    public String kind() {
        return "sqlite";
    }

    @Override
    protected String location() {
        return file.toString();
    }

    @Override
    protected String spatialIndex() {
        return "btree lat/lon";
    }

    @Override
    public void bindDate(PreparedStatement ps, int i, LocalDate date) throws SQLException {
        ps.setString(i, date == null ? null : date.toString());
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoText.date(s);
    }

    @Override
    public void bindTime(PreparedStatement ps, int i, LocalTime time) throws SQLException {
        ps.setString(i, time == null ? null : time.toString());
    }

    @Override
    public LocalTime readTime(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoText.time(s);
    }

    /** The last instant written as text: an import stamps every row with the same one. */
    private record InstantText(Instant instant, String text) {
    }

    private volatile InstantText lastInstant = new InstantText(Instant.EPOCH, Instant.EPOCH.toString());

    @Override
    public void bindInstant(PreparedStatement ps, int i, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setString(i, null);
            return;
        }
        InstantText last = lastInstant;
        if (!last.instant().equals(instant)) lastInstant = last = new InstantText(instant, instant.toString());
        ps.setString(i, last.text());
    }

    @Override
    public Instant readInstant(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoText.instant(s);
    }

    /**
     * The ids inside the box from the covering (lat, lon) index alone (decision 0110): a range on lat, the lon test
     * on the index entries, no table row read until the id is known. Named so that the planner never prefers the
     * date index for the query's ORDER BY and scans the table for the box. A published-only query needs no
     * prefilter: its FROM clause is pinned to the published (lat, lon) index ({@link #incidentsFrom}).
     */
    @Override
    protected void spatialPrefilter(Where where, BoundingBox b, boolean publishedOnly) {
        if (publishedOnly) return;
        String lon = b.crossesAntimeridian() ? "(lon >= ? OR lon <= ?)" : "lon >= ? AND lon <= ?";
        where.and("i.id IN (SELECT id FROM incidents INDEXED BY incidents_by_lat_lon WHERE lat >= ? AND lat <= ? AND "
                        + lon + ")",
                (ps, i) -> ps.setDouble(i, b.minLat()), (ps, i) -> ps.setDouble(i, b.maxLat()),
                (ps, i) -> ps.setDouble(i, b.minLon()), (ps, i) -> ps.setDouble(i, b.maxLon()));
    }

    /**
     * A published-only query (the public's) is pinned to a published-only partial index (V20, decision 0420):
     * {@code INDEXED BY} makes SQLite use that index or fail, so no plan, with or without statistics, walks an index
     * or a table that holds unpublished rows. The box's, else the governorate's, else the dates' index: each holds
     * the date order, so a page of the newest or oldest needs no sort beyond the matches.
     */
    @Override
    protected String incidentsFrom(IncidentQuery q) {
        if (!publishedOnly(q)) return "incidents i";
        String index = switch (driver(q)) {
            case BBOX -> "incidents_published_by_lat_lon";
            case GOVERNORATE -> "incidents_published_by_governorate";
            case TEXT, PERIOD, ORDER -> "incidents_published_by_date";
        };
        return "incidents i INDEXED BY " + index;
    }

    /** SQLite puts NULLs first in ascending order and last in descending order, as the sort wants: said plainly, an index serves it. */
    @Override
    protected String nullsFirst(String column, boolean descending) {
        return column + (descending ? " DESC" : " ASC");
    }

    /** FTS5 is a table of its own, never an index of incidents: the same filter either way. */
    @Override
    protected void textFilter(Where where, List<String> tokens, boolean indexable) {
        // Tokens hold only letters and digits, so quoting them cannot break the FTS5 query syntax.
        String match = tokens.stream().map(t -> "\"" + t + "\"*").collect(Collectors.joining(" "));
        where.and("i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)", (ps, i) -> ps.setString(i, match));
    }

    /** SQLite's own idiom: a unary plus keeps the value and takes the term out of index use (the INDEXED BY pins it anyway). */
    @Override
    protected String unindexed(String expression, boolean text) {
        return "+" + expression;
    }

    /** Counts up from the largest id: safe because a write transaction here holds SQLite's single write lock. */
    @Override
    protected IdAllocator idAllocator(Connection c, String table) throws SQLException {
        long max;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            max = rs.getLong(1);
        }
        long[] next = {max};
        return () -> ++next[0];
    }

    @Override
    protected void reindex(Connection c, long newIdsAbove, Collection<Long> changed) throws SQLException {
        if (newIdsAbove != Long.MAX_VALUE) {
            try (PreparedStatement fts = c.prepareStatement(
                    "INSERT INTO incident_fts (rowid, search_text) SELECT id, search_text FROM incidents WHERE id > ?")) {
                fts.setLong(1, newIdsAbove);
                fts.executeUpdate();
            }
        }
        if (changed.isEmpty()) return;
        try (PreparedStatement ftsOut = c.prepareStatement("DELETE FROM incident_fts WHERE rowid = ?");
             PreparedStatement ftsIn = c.prepareStatement(
                     "INSERT INTO incident_fts (rowid, search_text) SELECT id, search_text FROM incidents WHERE id = ?")) {
            for (long id : changed) {
                for (PreparedStatement ps : List.of(ftsOut, ftsIn)) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        }
    }

    @Override
    protected List<Deferred> deferrableDuringBulkLoad(Connection c) throws SQLException {
        List<Deferred> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'index' AND tbl_name IN ('incidents', 'reports', 'report_revisions') AND sql IS NOT NULL"
                + " ORDER BY name")) {
            while (rs.next()) out.add(new Deferred("DROP INDEX \"" + rs.getString(1) + "\"", rs.getString(2)));
        }
        return out;
    }

    /**
     * An import writes through a rollback journal instead of the WAL when nothing else has the store open (decision
     * 0120): pages an import adds to the end of the file need no journal entry, so its rows are written once instead
     * of once to the WAL and again at the checkpoint. A kill mid-import leaves a hot journal that the next open rolls
     * back, as the WAL's uncommitted frames were ignored. Another connection (a running server) keeps the WAL: the
     * switch is tried without waiting, and refused while any other connection holds the store.
     */
    @Override
    protected void beforeImportTransaction(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
                rs.next();
                IMPORT_LOG.debug("import journal: {}", rs.getString(1));
            } catch (SQLException busy) {
                IMPORT_LOG.debug("import journal: WAL kept, the store is open elsewhere ({})", busy.getMessage());
            } finally {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            }
        }
    }

    private static final org.slf4j.Logger IMPORT_LOG = org.slf4j.LoggerFactory.getLogger(SqliteIncidentStore.class);

    /** A page cache big enough that a large import rarely spills half-built pages mid-transaction. */
    @Override
    protected void beforeImport(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            s.execute("PRAGMA threads = 2"); // indexes built at commit sort on a helper thread too
        }
    }

    @Override
    protected void afterImport(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -" + CACHE_KIB);
            s.execute("PRAGMA threads = 0");
            s.execute("PRAGMA journal_mode = WAL"); // back, if the import switched; a no-op otherwise
        }
    }

    /** SQLite's own check of the file, "ok" when sound. */
    public String integrityCheck() {
        return read("checking the database file", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

}
