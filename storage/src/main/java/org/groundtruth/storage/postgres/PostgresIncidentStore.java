package org.groundtruth.storage.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.storage.jdbc.IdAllocator;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.jdbc.RevisionFields;
import org.groundtruth.storage.jdbc.RowSink;
import org.groundtruth.storage.jdbc.Where;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The server store on PostgreSQL 15+. With PostGIS, incidents carry a generated geometry(Point, 4326) column
 * under a GiST index; without it, a btree on (lat, lon). Full text is a GIN index on the tsvector of the stored
 * search text's words ({@code search_words}, decision 0112), an expression index rather than a stored column
 * (decision 0108).
 */
public final class PostgresIncidentStore extends JdbcIncidentStore {
    private final String location;
    private final boolean postgis;

    private PostgresIncidentStore(HikariDataSource ds, String schemaVersion, String location, boolean postgis) {
        super(ds, schemaVersion);
        this.location = location;
        this.postgis = postgis;
    }

    /** Connects to {@code jdbcUrl} (credentials may be in the URL) and brings the schema up to date. */
    public static PostgresIncidentStore open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + withoutCredentials(jdbcUrl));
        }
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(jdbcUrl);
        hikari.setPoolName("groundtruth-postgres");
        hikari.setMaximumPoolSize(6);
        hikari.setMinimumIdle(1);
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource ds = new HikariDataSource(hikari);
        try {
            String version = migrate(ds, "db/migration/postgres");
            boolean postgis;
            try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                            + " AND table_name = 'incidents' AND column_name = 'geom'");
                 ResultSet rs = ps.executeQuery()) {
                postgis = rs.next();
            }
            return new PostgresIncidentStore(ds, version, withoutCredentials(jdbcUrl), postgis);
        } catch (SQLException e) {
            ds.close();
            throw new org.groundtruth.storage.jdbc.StoreException("opening " + withoutCredentials(jdbcUrl), e);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** The URL without user, password or user-info, fit for logs and {@code /health}. */
    static String withoutCredentials(String jdbcUrl) {
        String url = jdbcUrl.replaceFirst("//[^/@?]*@", "//");
        int q = url.indexOf('?');
        if (q < 0) return url;
        String kept = List.of(url.substring(q + 1).split("&")).stream()
                .filter(p -> !p.toLowerCase().startsWith("user=") && !p.toLowerCase().startsWith("password="))
                .collect(Collectors.joining("&"));
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept);
    }

    public boolean hasPostgis() {
        return postgis;
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    protected String location() {
        return location;
    }

    @Override
    protected String spatialIndex() {
        return postgis ? "postgis-gist" : "btree lat/lon";
    }

    @Override
    public void bindDate(PreparedStatement ps, int i, LocalDate date) throws SQLException {
        if (date == null) ps.setNull(i, Types.DATE);
        else ps.setObject(i, date);
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    @Override
    public void bindTime(PreparedStatement ps, int i, LocalTime time) throws SQLException {
        if (time == null) ps.setNull(i, Types.TIME);
        else ps.setObject(i, time);
    }

    @Override
    public LocalTime readTime(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }

    @Override
    public void bindInstant(PreparedStatement ps, int i, Instant instant) throws SQLException {
        if (instant == null) ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        else ps.setObject(i, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant readInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * The same clause for every query: a published-only one (the public's) carries the literal published condition
     * of the partial indexes (V20), so the planner finds their published twin of the geom or (lat, lon) index, smaller
     * and so cheaper under any estimate of the box, a generic plan's included (decision 0420).
     */
    @Override
    protected void spatialPrefilter(Where where, BoundingBox b, boolean publishedOnly) {
        if (!postgis) return; // the exact lat/lon test that follows uses the (lat, lon) btree
        if (b.crossesAntimeridian()) {
            where.and("(i.geom && ST_MakeEnvelope(?, ?, 180, ?, 4326) OR i.geom && ST_MakeEnvelope(-180, ?, ?, ?, 4326))",
                    (ps, i) -> ps.setDouble(i, b.minLon()), (ps, i) -> ps.setDouble(i, b.minLat()),
                    (ps, i) -> ps.setDouble(i, b.maxLat()),
                    (ps, i) -> ps.setDouble(i, b.minLat()), (ps, i) -> ps.setDouble(i, b.maxLon()),
                    (ps, i) -> ps.setDouble(i, b.maxLat()));
        } else {
            where.and("i.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)",
                    (ps, i) -> ps.setDouble(i, b.minLon()), (ps, i) -> ps.setDouble(i, b.minLat()),
                    (ps, i) -> ps.setDouble(i, b.maxLon()), (ps, i) -> ps.setDouble(i, b.maxLat()));
        }
    }

    /**
     * The published condition as the partial indexes spell it (V21): on {@code status || ''}, which the status index
     * cannot serve. Otherwise, with a million drafts in a box, the whole table's statistics make the box look
     * unselective and the planner scans every published entry of the status index instead of the box's: still no
     * draft read, but a plan, and a latency, that moved with where drafts lie.
     */
    public static final String PUBLISHED_CONDITION = "(i.status || '') = 'PUBLISHED' AND i.merged_into IS NULL";

    @Override
    protected String publishedCondition() {
        return PUBLISHED_CONDITION;
    }

    /** A text query is the public's driver when it has one: its GIN twin finds few rows that a box then tests. */
    @Override
    protected Driver driver(org.groundtruth.incident.IncidentQuery q) {
        return q.text() != null ? Driver.TEXT : super.driver(q);
    }

    /** PostgreSQL sorts NULLs last in ascending order by default: the sort says where they go, as the indexes (V110) do. */
    @Override
    protected String nullsFirst(String column, boolean descending) {
        return column + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST");
    }

    /** An expression no index is on: plus zero for numbers and dates, an empty string appended to text. */
    @Override
    protected String unindexed(String expression, boolean text) {
        return text ? "(" + expression + " || '')" : "(" + expression + " + 0)";
    }

    @Override
    protected void textFilter(Where where, List<String> tokens, boolean indexable) {
        // PostgreSQL leaves words over 2047 bytes out of documents and queries alike (with a NOTICE); dropped from the
        // query, such a word would widen it, so a query that holds one can match nothing.
        if (tokens.stream().anyMatch(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 2047)) {
            where.and("1 = 0");
            return;
        }
        // Tokens hold only letters and digits (SearchText), so quoted they are lexemes as they stand: no parser runs on
        // either side, and a word is exactly what the stored text holds between two spaces (decision 0112).
        String query = tokens.stream().map(t -> "'" + t + "':*").collect(Collectors.joining(" & "));
        // the expression of the incidents_by_text index, spelled the same so that the planner uses it
        where.and((indexable ? "search_words(i.search_text)" : "search_words(i.search_text || '')") + " @@ ?::tsquery",
                (ps, i) -> ps.setString(i, query));
    }

    /**
     * Takes ids from the table's sequence in growing blocks, so that one create costs one id and an import few
     * trips. Sequences are not transactional, so blocks come through a connection of their own: the import's
     * connection may be busy copying rows on another thread.
     */
    @Override
    protected IdAllocator idAllocator(Connection c, String table) {
        Deque<Long> ids = new ArrayDeque<>();
        int[] block = {1};
        return () -> {
            if (ids.isEmpty()) {
                try (Connection own = dataSource().getConnection(); PreparedStatement ps = own.prepareStatement(
                        "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                    ps.setString(1, table);
                    ps.setInt(2, block[0]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) ids.add(rs.getLong(1));
                    }
                }
                block[0] = Math.min(block[0] * 16, 65_536);
            }
            return ids.poll();
        };
    }

    @Override
    protected List<Deferred> deferrableDuringBulkLoad(Connection c) throws SQLException {
        List<Deferred> out = new java.util.ArrayList<>();
        // Unique and primary-key constraints that no foreign key references (reports.origin_key, the revisions' key):
        // built by one sort at commit instead of a tree insert per row during COPY (decision 0113). They come first, so
        // that a duplicate fails the commit before anything else is built. Keys that foreign keys use stay.
        constraints(c, "k.contype IN ('p', 'u') AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f'"
                + " AND f.conindid = k.conindid)", out);
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(i.indexname), i.indexdef FROM pg_indexes i"
                + " WHERE i.schemaname = current_schema() AND i.tablename IN ('incidents', 'reports', 'report_revisions')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = (quote_ident(i.schemaname) || '.'"
                + " || quote_ident(i.indexname))::regclass) ORDER BY i.indexname");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new Deferred("DROP INDEX " + rs.getString(1), rs.getString(2)));
        }
        // Foreign keys last: re-adding one checks all rows with a single join instead of a trigger per row. A table's
        // reference to itself (incidents.merged_into) stays: imported rows leave it null, so its trigger returns at once,
        // which costs less than the scan of all incidents that re-adding it would take.
        constraints(c, "k.contype = 'f' AND k.conrelid <> k.confrelid", out);
        return out;
    }

    /** The incident tables' constraints matching {@code condition} (on pg_constraint k), as drop and re-add pairs. */
    private static void constraints(Connection c, String condition, List<Deferred> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT k.conrelid::regclass::text, quote_ident(k.conname),"
                + " pg_get_constraintdef(k.oid) FROM pg_constraint k WHERE " + condition
                + " AND k.connamespace = current_schema()::regnamespace"
                + " AND k.conrelid::regclass::text IN ('incidents', 'reports', 'report_revisions') ORDER BY k.conname");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                out.add(new Deferred("ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(2),
                        "ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3)));
            }
        }
    }

    /** Memory for the index builds at the end of a bulk load (decision 0115: more did not pay). */
    static final String MAINTENANCE_WORK_MEM = "256MB";

    @Override
    protected void beforeImport(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET LOCAL maintenance_work_mem = '" + MAINTENANCE_WORK_MEM + "'"); // for indexes built at commit
        }
    }

    @Override
    protected RowSink newRowSink(Connection c, RevisionFields fields) throws SQLException {
        return new CopyRowSink(c, fields);
    }

    @Override
    protected void reindex(Connection c, long newIdsAbove, Collection<Long> changed) {
        // The text index is on an expression of search_text and geom is a generated column: PostgreSQL keeps both current.
    }
}
