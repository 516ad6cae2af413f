package org.groundtruth.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IdPage;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStats;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.PendingRevision;
import org.groundtruth.incident.PublicId;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.ReportRevision;
import org.groundtruth.incident.SearchResult;
import org.groundtruth.store.StoreInfo;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.account.Snapshot;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The incident ledger over JDBC. Holds everything the SQLite and PostgreSQL stores do alike: the tables' shape,
 * reading and writing incidents, reports and revisions, the filters of {@link IncidentQuery}, and imports.
 * Subclasses say how their database binds dates and times, filters by space and text, hands out ids and keeps
 * its text and spatial indexes current.
 */
public abstract class JdbcIncidentStore implements IncidentStore, Database, AutoCloseable {

    private final HikariDataSource dataSource;
    private final String schemaVersion;
    private final JdbcAuditLog auditLog = new JdbcAuditLog(this);
    private final PendingRevisions pending = new PendingRevisions(this);
    private final PublicCounts publicCounts = new PublicCounts();

    /** Corrections to published incidents held for review (the import writer holds re-imported revisions there). */
    PendingRevisions pendingRevisions() {
        return pending;
    }

    protected JdbcIncidentStore(HikariDataSource dataSource, String schemaVersion) {
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
    }

    /** Applies the migrations in {@code location} (a classpath folder) and returns the schema version reached. */
    protected static String migrate(DataSource dataSource, String location) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + location)
                // Feature migrations have fixed numbers per helper and land in any order (V7 before V5): a store
                // already at V7 must still apply V5 when it arrives, not refuse to open.
                .outOfOrder(true)
                .loggers("slf4j")
                .load();
        flyway.migrate();
        assignPublicIds(dataSource);
        EventKindBackfill.run(dataSource);
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * Gives every incident that has none a {@link PublicId}: the rows a store held before the public-id migration
     * (sqlite V9, postgres V10), at the first start after it; a no-op (one index lookup) at every later start.
     * One transaction; a collision with an existing id (80 random bits: not expected in the life of the universe)
     * fails on the unique index and rolls it back, to be tried again at the next start.
     */
    static int assignPublicIds(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            List<Long> missing = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM incidents WHERE public_id IS NULL")) {
                while (rs.next()) missing.add(rs.getLong(1));
            }
            if (missing.isEmpty()) return 0;
            Backfill.update(c, "UPDATE incidents SET public_id = ? WHERE id = ? AND public_id IS NULL", missing, (ps, id) -> {
                ps.setString(1, PublicId.next());
                ps.setLong(2, id);
            });
            return missing.size();
        } catch (SQLException e) {
            throw new StoreException("giving incidents their public ids", e);
        }
    }

    // ---- what each database does its own way

    public abstract String kind();

    protected abstract String location();

    protected abstract String spatialIndex();

    public abstract void bindDate(PreparedStatement ps, int i, LocalDate date) throws SQLException;

    public abstract LocalDate readDate(ResultSet rs, int column) throws SQLException;

    public abstract void bindTime(PreparedStatement ps, int i, LocalTime time) throws SQLException;

    public abstract LocalTime readTime(ResultSet rs, int column) throws SQLException;

    public abstract void bindInstant(PreparedStatement ps, int i, Instant instant) throws SQLException;

    public abstract Instant readInstant(ResultSet rs, int column) throws SQLException;

    /**
     * Adds the index-backed part of a bbox filter; the exact test on lat/lon is added by the caller. {@code publishedOnly}:
     * the query is the public's ({@link #publishedOnly}), which must reach the published-only indexes only.
     */
    protected abstract void spatialPrefilter(Where where, BoundingBox bbox, boolean publishedOnly);

    /**
     * Adds a full-text filter: every token must start a word of the incident's search text. {@code indexable} false:
     * written so that no index of incidents serves it (a published-only query driven by another filter).
     */
    protected abstract void textFilter(Where where, List<String> tokens, boolean indexable);

    /** Ids for new rows of {@code table}, valid inside the current write transaction. */
    protected abstract IdAllocator idAllocator(Connection c, String table) throws SQLException;

    /**
     * Brings derived indexes up to date inside the write transaction: incidents with ids above
     * {@code newIdsAbove} are new, {@code changed} ones had their facts or texts replaced.
     */
    protected abstract void reindex(Connection c, long newIdsAbove, Collection<Long> changed) throws SQLException;

    /** A structure that a bulk load into an empty store drops first and builds again at commit. */
    public record Deferred(String drop, String create) {
    }

    /**
     * What a load into an empty store may drop and build again at commit: the secondary indexes of the incident
     * tables (not those behind primary keys or unique constraints), and on databases that enforce them the
     * foreign keys, as the database's own catalogue records them. Built again in list order.
     */
    protected abstract List<Deferred> deferrableDuringBulkLoad(Connection c) throws SQLException;

    /** Runs on the import's connection before its transaction begins; {@link #afterImport} undoes it. */
    protected void beforeImportTransaction(Connection c) throws SQLException {
    }

    /** Tunes the connection for one large write (cache, memory); {@link #afterImport} undoes it. */
    protected void beforeImport(Connection c) throws SQLException {
    }

    protected void afterImport(Connection c) throws SQLException {
    }

    /** Drops what can wait inside the current transaction and returns it, to be built again by {@link #rebuild}. */
    List<Deferred> dropForBulkLoad(Connection c) throws SQLException {
        List<Deferred> deferred = deferrableDuringBulkLoad(c);
        try (Statement s = c.createStatement()) {
            for (Deferred d : deferred.reversed()) s.execute(d.drop());
        }
        return deferred;
    }

    void rebuild(Connection c, List<Deferred> deferred) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Deferred d : deferred) {
                long t0 = System.nanoTime();
                s.execute(d.create());
                if (REBUILD_LOG.isDebugEnabled()) {
                    REBUILD_LOG.debug(String.format(java.util.Locale.ROOT, "%.1f s: %s", (System.nanoTime() - t0) / 1e9, d.create()));
                }
            }
        }
    }

    /** At debug level, how long each index or constraint built at the end of a bulk load took. */
    private static final org.slf4j.Logger REBUILD_LOG = org.slf4j.LoggerFactory.getLogger(JdbcImportWriter.class);

    // ---- the port

    /**
     * Refreshes the search text and the derived indexes of these incidents inside the caller's transaction, after
     * another feature moved their reports (merging).
     */
    public void refreshSearch(Connection c, Collection<Long> incidentIds) throws SQLException {
        for (long id : incidentIds) refreshSearchText(c, id);
        reindex(c, Long.MAX_VALUE, incidentIds);
    }

    /** The audit log this ledger appends to inside its own transactions. */
    public JdbcAuditLog auditLog() {
        return auditLog;
    }

    public StoreInfo info() {
        return new StoreInfo(kind(), schemaVersion, location(), spatialIndex());
    }

    @Override
    public Optional<Incident> find(long incidentId) {
        return read("finding incident " + incidentId, c -> {
            List<Incident> found = loadIncidents(c, "SELECT * FROM incidents i WHERE i.id = ?",
                    (ps, i) -> ps.setLong(i, incidentId));
            return found.stream().findFirst();
        });
    }

    @Override
    public Optional<Incident> findByPublicId(String publicId) {
        if (!PublicId.isWellFormed(publicId)) return Optional.empty();
        String key = PublicId.normalize(publicId);
        return read("finding an incident by public id", c -> loadIncidents(c, "SELECT * FROM incidents i WHERE i.public_id = ?",
                (ps, i) -> ps.setString(i, key)).stream().findFirst());
    }

    @Override
    public Map<Long, String> publicIds(Collection<Long> incidentIds) {
        Map<Long, String> out = new HashMap<>();
        if (incidentIds.isEmpty()) return out;
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(incidentIds));
        return read("reading public ids", c -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT id, public_id FROM incidents WHERE id IN (" + marks + ")")) {
                    for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public SearchResult search(IncidentQuery query) {
        return read("searching incidents", c -> {
            IdPage page = searchIds(c, query);
            return new SearchResult(loadInOrder(c, page.ids(), true), page.numberMatched());
        });
    }

    @Override
    public IdPage searchIds(IncidentQuery query) {
        return read("searching incidents", c -> searchIds(c, query));
    }

    private IdPage searchIds(Connection c, IncidentQuery query) throws SQLException {
        SearchSql sql = searchSql(query);
        // the public generation is read before counting and paging: what is kept under it is never older than its number
        long generation = publishedOnly(query) ? publicGeneration(c) : -1;
        long matched = generation >= 0 ? publicCounts.get(query, generation) : -1; // the public's counts are kept
        if (matched < 0) {
            try (PreparedStatement ps = c.prepareStatement(sql.count().sql())) {
                sql.count().binder().bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    matched = rs.getLong(1);
                }
            }
            if (generation >= 0) publicCounts.put(query, generation, matched);
        }
        if (query.limit() == 0 || matched <= query.offset()) return new IdPage(List.of(), matched, generation);
        List<Long> ids = new ArrayList<>(query.limit());
        try (PreparedStatement ps = c.prepareStatement(sql.page().sql())) {
            sql.page().binder().bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return new IdPage(ids, matched, generation);
    }

    @Override
    public List<Incident> listed(List<Long> incidentIds, java.util.Set<IncidentStatus> statuses) {
        if (incidentIds.isEmpty()) return List.of();
        return read("reading " + incidentIds.size() + " incident(s)", c ->
                loadInOrder(c, incidentIds, false).stream().filter(i -> statuses == null || statuses.contains(i.status())).toList());
    }

    /** The number that moves whenever what the public sees of the incidents may have changed (V111). */
    private static long publicGeneration(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM public_generation WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** One statement built at run time with the values it binds, from parameter 1 on. */
    public record BoundSql(String sql, Param binder) {
    }

    /**
     * What a search runs: the count of every match, and the ids of one page in the query's order (the page's rows are
     * then read by id). The page reads ids only, so that on SQLite a published-only index answers it alone and no
     * wide row is read for a match outside the page. Public for EXPLAIN in tests and for {@code bench serve}, which
     * times these statements bare beside the HTTP endpoints.
     */
    public SearchSql searchSql(IncidentQuery query) {
        Where where = where(query);
        String from = " FROM " + incidentsFrom(query);
        BoundSql count = new BoundSql("SELECT count(*)" + from + where.sql(), (ps, first) -> where.bind(ps, first));
        BoundSql page = new BoundSql("SELECT i.id" + from + where.sql() + " ORDER BY " + orderBy(query.sort()) + " LIMIT ? OFFSET ?",
                (ps, first) -> {
                    int next = where.bind(ps, first);
                    ps.setInt(next, query.limit());
                    ps.setLong(next + 1, query.offset());
                });
        return new SearchSql(count, page);
    }

    /** The two statements of a search; see {@link #searchSql}. */
    public record SearchSql(BoundSql count, BoundSql page) {
    }

    /**
     * The columns an incident is read from ({@link Rows#incident}): not the derived search text, which holds every
     * report's text again and would be read and decoded for nothing on every page.
     */
    static final String READ_COLUMNS = String.join(", ", java.util.stream.Stream.concat(
            java.util.stream.Stream.of("id", "public_id", "status", "edited_by_hand", "created_at", "updated_at"),
            Sql.FACT_COLUMNS.stream().filter(col -> !col.equals("actor_search") && !col.equals("governorate_key"))).map(col -> "i." + col).toList());

    /** The incidents with these ids, in this order, with their reports (with or without their texts). */
    private List<Incident> loadInOrder(Connection c, List<Long> ids, boolean reportTexts) throws SQLException {
        if (ids.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        List<Incident> found = loadIncidents(c, "SELECT " + READ_COLUMNS + " FROM incidents i WHERE i.id IN (" + marks + ")", (ps, first) -> {
            for (int k = 0; k < ids.size(); k++) ps.setLong(first + k, ids.get(k));
        }, reportTexts);
        Map<Long, Incident> byId = new HashMap<>();
        for (Incident i : found) byId.put(i.id(), i);
        List<Incident> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            Incident i = byId.get(id);
            if (i != null) out.add(i);
        }
        return out;
    }

    /**
     * True for the public's query: published incidents only. Such a query names the status as a literal, never a
     * bound value, so that the published-only partial indexes (migrations V20) match it under any plan, a generic
     * plan of a server-side prepared statement included, and no plan for it reads an unpublished row (decision 0420).
     */
    public static boolean publishedOnly(IncidentQuery q) {
        return q.statuses() != null && q.statuses().equals(java.util.Set.of(IncidentStatus.PUBLISHED));
    }

    /** The condition of every published-only partial index on SQLite, spelled as the indexes spell it (V20). */
    public static final String PUBLISHED_ONLY = "i.status = 'PUBLISHED' AND i.merged_into IS NULL";

    /** The published-only condition as this database's partial indexes spell it, for the public's queries. */
    protected String publishedCondition() {
        return PUBLISHED_ONLY;
    }

    /**
     * The FROM clause of a query's incidents, named {@code i}. SQLite pins a published-only query to a published-only
     * index here ({@code INDEXED BY}); PostgreSQL's planner picks one on its own, being the cheaper twin of each index.
     */
    protected String incidentsFrom(IncidentQuery q) {
        return "incidents i";
    }

    /** Streams only lat and lon; PostgreSQL's driver streams (rather than holding every row) only inside a transaction. */
    @Override
    public void forEachPoint(IncidentQuery query, PointConsumer consumer) {
        read("reading incident points", c -> {
            Where where = where(query.withPlaced(true));
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT i.lat, i.lon FROM " + incidentsFrom(query.withPlaced(true)) + where.sql())) {
                ps.setFetchSize(10_000);
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) consumer.accept(rs.getDouble(1), rs.getDouble(2));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /**
     * The status of every incident {@code query} matches, by id in id order, ignoring its limit, offset and sort; read
     * on the caller's connection (inside its transaction): what a bulk review selects.
     */
    public Map<Long, IncidentStatus> statusesOf(Connection c, IncidentQuery query) throws SQLException {
        Where where = where(query);
        Map<Long, IncidentStatus> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.status FROM incidents i" + where.sql() + " ORDER BY i.id")) {
            ps.setFetchSize(10_000);
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), IncidentStatus.valueOf(rs.getString(2)));
            }
        }
        return out;
    }

    /**
     * The columns of a sort, then the id, all in its direction, so that equal dates still page without overlap. Strikes
     * on one day go by their local time where known, a day without one before them ({@link #nullsFirst}). The columns
     * are plain, in the order of the published-only indexes (V110), so that an index gives the order, or at least every
     * sort key, without reading a row.
     */
    String orderBy(org.groundtruth.incident.IncidentSort sort) {
        String columns = switch (sort) {
            case DATE, DATE_NEWEST -> "i.date_first %1$s, " + nullsFirst("i.local_time", sort.newestFirst()) + ", i.date_last %1$s, i.id %1$s";
            case RECORDED, RECORDED_NEWEST -> "i.created_at %1$s, i.id %1$s";
            case UPDATED, UPDATED_NEWEST -> "i.updated_at %1$s, i.id %1$s";
        };
        return columns.formatted(sort.newestFirst() ? "DESC" : "ASC");
    }

    /**
     * A column in ascending order with its NULLs first, or descending with them last: how each database says it so
     * that its indexes can still give the order (SQLite sorts NULLs so by itself; PostgreSQL must be told).
     */
    protected abstract String nullsFirst(String column, boolean descending);

    @Override
    public IncidentStats stats(IncidentQuery query) {
        return read("counting incidents", c -> {
            Where where = where(query);
            String from = " FROM " + incidentsFrom(query);
            long total;
            long placed;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(i.lat) " + from + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                    placed = rs.getLong(2);
                }
            }
            TreeMap<LocalDate, Long> perDay = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT i.date_first, count(*) AS n " + from + where.sql() + " GROUP BY i.date_first")) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) perDay.put(readDate(rs, "date_first"), rs.getLong("n"));
                }
            }
            Map<String, Long> perGovernorate = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(i.governorate, '') AS g, count(*) AS n FROM incidents i"
                    + where.sql() + " GROUP BY coalesce(i.governorate, '') ORDER BY n DESC, g")) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) perGovernorate.put(rs.getString("g"), rs.getLong("n"));
                }
            }
            Map<CivilianObject, Long> perObject = new EnumMap<>(CivilianObject.class);
            StringBuilder sums = new StringBuilder("SELECT ");
            CivilianObject[] objects = CivilianObject.values();
            for (int k = 0; k < objects.length; k++) {
                if (k > 0) sums.append(", ");
                sums.append("coalesce(sum(CASE WHEN i.objects_hit LIKE '%\"").append(objects[k].code())
                        .append("\"%' THEN 1 ELSE 0 END), 0)");
            }
            try (PreparedStatement ps = c.prepareStatement(sums + " " + from + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    for (int k = 0; k < objects.length; k++) {
                        long n = rs.getLong(k + 1);
                        if (n > 0) perObject.put(objects[k], n);
                    }
                }
            }
            Map<String, Long> perDataset = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.source_dataset AS d, count(DISTINCT r.incident_id) AS n FROM reports r"
                    + " WHERE r.incident_id IN (SELECT i.id " + from + where.sql() + ") GROUP BY r.source_dataset ORDER BY n DESC, d")) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) perDataset.put(rs.getString("d"), rs.getLong("n"));
                }
            }
            return new IncidentStats(total, placed, perDay, perGovernorate, perObject, perDataset);
        });
    }

    @Override
    public Incident create(IncidentFacts facts, List<NewReport> reports, ChangeNote note) {
        long id = write("creating an incident", c -> create(c, facts, reports, note));
        return find(id).orElseThrow();
    }

    /**
     * {@link #create(IncidentFacts, List, ChangeNote)} inside the caller's transaction, returning the new incident's id:
     * for a feature whose own write and the incident it makes must be stored together or not at all (text intake's
     * acceptance). The incident ledger still knows nothing of that feature.
     */
    public long create(Connection c, IncidentFacts facts, List<NewReport> reports, ChangeNote note) throws SQLException {
        Instant now = now();
        long incidentId = idAllocator(c, "incidents").next();
        List<String> texts = reports.stream().map(NewReport::text).toList();
        try (PreparedStatement ps = c.prepareStatement(Sql.INSERT_INCIDENT)) {
            bindNewIncident(ps, incidentId, facts, IncidentStatus.DRAFT, true, SearchText.document(searchParts(facts, texts)), now);
            ps.executeUpdate();
        }
        IdAllocator reportIds = idAllocator(c, "reports");
        List<Long> reportIdsUsed = new ArrayList<>();
        for (NewReport r : reports) {
            long rid = reportIds.next();
            insertReport(c, rid, incidentId, r, now);
            reportIdsUsed.add(rid);
        }
        reindex(c, Long.MAX_VALUE, List.of(incidentId));
        auditLog.append(c, new AuditRecord(note, "incident.create", "incident:" + incidentId, null,
                Snapshot.fields("facts", facts, "status", IncidentStatus.DRAFT, "reports", reportIdsUsed)));
        return incidentId;
    }

    @Override
    public Incident update(long incidentId, IncidentFacts facts, ChangeNote note) {
        write("updating incident " + incidentId, c -> {
            requireIncident(c, incidentId);
            IncidentFacts before = loadIncidents(c, "SELECT * FROM incidents i WHERE i.id = ?", (ps, i) -> ps.setLong(i, incidentId))
                    .getFirst().facts();
            if (isPublished(c, incidentId)) { // the public keeps seeing what a reviewer published (decision 0752)
                IncidentFacts proposedBefore = pending.open(c, incidentId).map(o -> o.revision().factsOver(before)).orElse(before);
                pending.propose(c, incidentId, facts, null, note, now());
                auditLog.append(c, new AuditRecord(note, "revision.propose", "incident:" + incidentId,
                        Snapshot.fields("facts", proposedBefore), Snapshot.fields("facts", facts, "pending", true)));
                return null;
            }
            updateFacts(c, incidentId, facts, true, now());
            reindex(c, Long.MAX_VALUE, List.of(incidentId));
            auditLog.append(c, new AuditRecord(note, "incident.update", "incident:" + incidentId,
                    Snapshot.fields("facts", before), Snapshot.fields("facts", facts)));
            return null;
        });
        return find(incidentId).orElseThrow();
    }

    @Override
    public Report addReport(long incidentId, NewReport report, ChangeNote note) {
        long reportId = write("adding a report to incident " + incidentId, c -> addReport(c, incidentId, report, note));
        if (reportId < 0) return null; // pending: it has no number until it is published
        return read("reading report " + reportId, c -> {
            Map<Long, List<Report>> byIncident = loadReports(c, List.of(incidentId));
            return byIncident.get(incidentId).stream().filter(r -> r.id() == reportId).findFirst().orElseThrow();
        });
    }

    /**
     * {@link #addReport(long, NewReport, ChangeNote)} inside the caller's transaction: the new report's id, or -1 when the
     * incident is published and the report is held in its pending revision for a reviewer (decision 0752).
     */
    public long addReport(Connection c, long incidentId, NewReport report, ChangeNote note) throws SQLException {
        requireIncident(c, incidentId);
        Instant now = now();
        if (isPublished(c, incidentId)) { // held until a reviewer publishes it (decision 0752)
            Long existing = reportIdOf(c, report.originKey());
            if (existing != null || PendingRevisions.holdsOriginKey(c, report.originKey())) {
                throw new IllegalArgumentException("a report with origin key '" + report.originKey() + "' is already stored"
                        + (existing != null ? " (report " + existing + ")" : " (in a pending revision)"));
            }
            pending.propose(c, incidentId, null, report, note, now);
            auditLog.append(c, new AuditRecord(note, "revision.propose", "incident:" + incidentId, null,
                    Snapshot.fields("report", report, "pending", true)));
            return -1L;
        }
        long id = idAllocator(c, "reports").next();
        insertReport(c, id, incidentId, report, now);
        refreshSearchText(c, incidentId);
        touch(c, incidentId, now);
        reindex(c, Long.MAX_VALUE, List.of(incidentId));
        auditLog.append(c, new AuditRecord(note, "report.add", "incident:" + incidentId, null,
                Snapshot.fields("report", id, "originKey", report.originKey(), "source", report.source(), "language", report.language(),
                        "text", report.text())));
        return id;
    }

    @Override
    public Optional<PendingRevision> pendingRevision(long incidentId) {
        return read("reading the pending revision of incident " + incidentId, c -> pending.open(c, incidentId).map(PendingRevisions.Stored::revision));
    }

    @Override
    public Incident publishRevision(long incidentId, ChangeNote note) {
        write("publishing the pending revision of incident " + incidentId, c -> {
            requireIncident(c, incidentId);
            PendingRevisions.Stored open = pending.open(c, incidentId)
                    .orElseThrow(() -> new NoSuchElementException("incident " + incidentId + " has no pending revision"));
            PendingRevision rev = open.revision();
            Instant now = now();
            IncidentFacts before = loadIncidents(c, "SELECT * FROM incidents i WHERE i.id = ?", (ps, i) -> ps.setLong(i, incidentId)).getFirst().facts();
            for (PendingRevision.ImportedRevision h : rev.imported()) applyImported(c, h, now);
            IncidentFacts after = rev.factsOver(before);
            if (rev.byHand()) updateFacts(c, incidentId, after, true, now);
            else if (!after.equals(before)) updateFacts(c, incidentId, after, false, now); // what the re-imported row said
            else if (!rev.imported().isEmpty()) refreshSearchText(c, incidentId);
            List<Long> added = new ArrayList<>();
            if (!rev.reports().isEmpty()) {
                IdAllocator reportIds = idAllocator(c, "reports");
                for (NewReport r : rev.reports()) {
                    long id = reportIds.next();
                    insertReport(c, id, incidentId, r, now);
                    added.add(id);
                }
                refreshSearchText(c, incidentId);
                touch(c, incidentId, now);
            }
            reindex(c, Long.MAX_VALUE, List.of(incidentId));
            pending.decide(c, open.id(), "PUBLISHED", note, now);
            auditLog.append(c, new AuditRecord(note, "revision.publish", "incident:" + incidentId, Snapshot.fields("facts", before),
                    Snapshot.fields("facts", after, "reports", added, "reportRevisions", rev.imported().stream().map(PendingRevision.ImportedRevision::originKey).toList(),
                            "corrections", rev.corrections().size())));
            return null;
        });
        return find(incidentId).orElseThrow();
    }

    @Override
    public void discardRevision(long incidentId, ChangeNote note) {
        write("discarding the pending revision of incident " + incidentId, c -> {
            requireIncident(c, incidentId);
            PendingRevisions.Stored open = pending.open(c, incidentId)
                    .orElseThrow(() -> new NoSuchElementException("incident " + incidentId + " has no pending revision"));
            pending.decide(c, open.id(), "DISCARDED", note, now());
            auditLog.append(c, new AuditRecord(note, "revision.discard", "incident:" + incidentId,
                    Snapshot.fields("facts", open.revision().facts(), "reports", open.revision().reports().size(),
                            "reportRevisions", open.revision().imported().size(),
                            "corrections", open.revision().corrections().size()), null));
            return null;
        });
    }

    /** A held re-imported revision of a report, recorded now as the import read it. */
    private void applyImported(Connection c, PendingRevision.ImportedRevision h, Instant now) throws SQLException {
        int revision;
        try (PreparedStatement ps = c.prepareStatement("SELECT revision_count FROM reports WHERE id = ?")) {
            ps.setLong(1, h.reportId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NoSuchElementException("no report " + h.reportId());
                revision = rs.getInt(1) + 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET source_name = ?, source_dataset = ?, source_url = ?,"
                + " text = ?, language = ?, last_changed = ?, revision_count = ?, content_hash = ? WHERE id = ?")) {
            ps.setString(1, h.source().name());
            ps.setString(2, h.source().dataset());
            ps.setString(3, h.source().url());
            ps.setString(4, h.text());
            ps.setString(5, h.language());
            bindInstant(ps, 6, now);
            ps.setInt(7, revision);
            ps.setString(8, h.contentHash());
            ps.setLong(9, h.reportId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.INSERT_REVISION)) {
            bindRevision(ps, h.reportId(), revision, h.importId(), h.at(), h.contentHash(), Json.fields(h.fields()));
            ps.executeUpdate();
        }
    }

    private static boolean isPublished(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM incidents WHERE id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && IncidentStatus.PUBLISHED.name().equals(rs.getString(1));
            }
        }
    }

    @Override
    public List<ReportRevision> revisions(long reportId) {
        return read("reading revisions of report " + reportId, c -> {
            List<ReportRevision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.*, im.field_names FROM report_revisions r LEFT JOIN imports im ON im.id = r.import_id"
                            + " WHERE r.report_id = ? ORDER BY r.revision")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long importIdValue = rs.getLong("import_id");
                        Long importId = rs.wasNull() ? null : importIdValue;
                        out.add(new ReportRevision(reportId, rs.getInt("revision"), importId,
                                readInstant(rs, "recorded_at"), rs.getString("content_hash"),
                                Json.parseFields(rs.getString("fields"), rs.getString("field_names"))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public ImportWriter beginImport(ImportMeta meta) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            beforeImportTransaction(c);
            c.setAutoCommit(false);
            return newImportWriter(c, meta);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    c.rollback();
                    c.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof RuntimeException re) throw re;
            throw new StoreException("starting the import of " + meta.fileName(), (SQLException) e);
        }
    }

    /** Where an import's new rows go: JDBC batches by default; a store may have a faster way. */
    protected RowSink newRowSink(Connection c, RevisionFields fields) throws SQLException {
        return new BackgroundRowSink(new BatchRowSink(this, c), fields);
    }

    /** The writer for one import on a connection already inside a transaction. */
    protected ImportWriter newImportWriter(Connection c, ImportMeta meta) throws SQLException {
        return new JdbcImportWriter(this, c, meta);
    }

    @Override
    public List<ImportRun> imports() {
        return read("listing imports", c -> {
            List<ImportRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM imports WHERE finished_at IS NOT NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportRun(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
                            rs.getString("file_sha256"), readInstant(rs, "started_at"), readInstant(rs, "finished_at"),
                            rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("unplaced")));
                }
            }
            return out;
        });
    }

    public void close() {
        dataSource.close();
    }

    protected HikariDataSource dataSource() {
        return dataSource;
    }

    // ---- shared pieces for the import writer

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Binds all columns of {@link Sql#INSERT_INCIDENT}; every new incident gets a new {@link PublicId}. */
    void bindNewIncident(PreparedStatement ps, long id, IncidentFacts f, IncidentStatus status, boolean editedByHand,
                         String searchText, Instant now) throws SQLException {
        bindNewIncident(ps, id, factValues(f), status, editedByHand, searchText, now);
    }

    /** As above, with the facts' {@link #factValues} already made (an import makes them on its reading thread). */
    void bindNewIncident(PreparedStatement ps, long id, Object[] factValues, IncidentStatus status, boolean editedByHand,
                         String searchText, Instant now) throws SQLException {
        ps.setLong(1, id);
        int i = bindValues(ps, 2, factValues);
        ps.setString(i++, searchText);
        ps.setString(i++, status.name());
        ps.setBoolean(i++, editedByHand);
        bindInstant(ps, i++, now);
        bindInstant(ps, i++, now);
        ps.setString(i, PublicId.next());
    }

    /** Binds the {@link Sql#FACT_COLUMNS} from {@code first} on and returns the next free index. */
    int bindFacts(PreparedStatement ps, int first, IncidentFacts f) throws SQLException {
        return bindValues(ps, first, factValues(f));
    }

    private int bindValues(PreparedStatement ps, int first, Object[] values) throws SQLException {
        for (int k = 0; k < values.length; k++) bindValue(ps, first + k, values[k], Sql.FACT_TYPES[k]);
        return first + values.length;
    }

    /** Binds one value of the kinds {@link #factValues} gives; {@code sqlType} serves for nulls. */
    protected void bindValue(PreparedStatement ps, int i, Object v, int sqlType) throws SQLException {
        switch (v) {
            case null -> ps.setNull(i, sqlType);
            case String s -> ps.setString(i, s);
            case Integer n -> ps.setInt(i, n);
            case Double d -> ps.setDouble(i, d);
            case LocalDate d -> bindDate(ps, i, d);
            case LocalTime t -> bindTime(ps, i, t);
            case Instant t -> bindInstant(ps, i, t);
            default -> throw new IllegalArgumentException("no binding for " + v.getClass());
        }
    }

    /**
     * The values of {@link Sql#FACT_COLUMNS} for these facts, in order: String, Integer, Double, LocalDate,
     * LocalTime, Instant or null.
     */
    public static Object[] factValues(IncidentFacts f) {
        var d = f.date();
        var l = f.location();
        var cs = f.casualties();
        return new Object[]{
                f.title(), f.summary(), d.firstDay(), d.lastDay(), d.localTime(),
                d.offset() == null ? null : d.offset().getTotalSeconds(), d.precision().name(), d.instantUtc(),
                l.point() == null ? null : l.point().lat(), l.point() == null ? null : l.point().lon(),
                l.precision().name(), l.radiusMetres(), l.placeName(), l.governorate(), SearchText.key(l.governorate()),
                l.district(), l.countryCode(), l.placedBy().name(),
                cs.killed().min(), cs.killed().max(), cs.injured().min(), cs.injured().max(),
                cs.childrenKilled().min(), cs.childrenKilled().max(), cs.womenKilled().min(), cs.womenKilled().max(),
                cs.menKilled().min(), cs.menKilled().max(),
                objectCodes(f), Json.list(f.allegedPerpetrators()), actorSearch(f.allegedPerpetrators()),
                f.weapons().isEmpty() ? "[]" : Json.list(f.weapons()), f.kind().code()};
    }

    private static String objectCodes(IncidentFacts f) {
        if (f.objectsHit().isEmpty()) return "[]";
        return Json.list(f.objectsHit().stream().map(CivilianObject::code).sorted().toList());
    }

    /** The search text of a new incident made from an imported record. */
    public static String searchTextOf(ImportedRecord r) {
        return SearchText.document(searchParts(r.facts(), r.text() == null ? List.of() : List.of(r.text())));
    }

    /**
     * What an incident's search text is made of: its title, summary and place names, and its reports' texts. A
     * report text that repeats the summary word for word (an ACLED row's notes are both) is left out: its words are
     * already there, and every text filter asks only whether a word is present.
     */
    public static List<String> searchParts(IncidentFacts f, List<String> reportTexts) {
        List<String> parts = new ArrayList<>(5 + reportTexts.size());
        parts.add(f.title());
        parts.add(f.summary());
        parts.add(f.location().placeName());
        parts.add(f.location().district());
        parts.add(f.location().governorate());
        for (String t : reportTexts) if (t != null && !t.equals(f.summary())) parts.add(t);
        return parts;
    }

    private static String actorSearch(List<String> perpetrators) {
        if (perpetrators.isEmpty()) return "";
        if (perpetrators.size() == 1) return SearchText.key(perpetrators.get(0));
        StringBuilder b = new StringBuilder();
        for (String p : perpetrators) {
            if (!b.isEmpty()) b.append('\n');
            b.append(SearchText.key(p));
        }
        return b.toString();
    }

    /** Binds all columns of {@link Sql#INSERT_REPORT}. */
    void bindReport(PreparedStatement ps, long id, long incidentId, String originKey, org.groundtruth.incident.Source source,
                    String text, String language, Instant now, String contentHash) throws SQLException {
        ps.setLong(1, id);
        ps.setLong(2, incidentId);
        ps.setString(3, originKey);
        ps.setString(4, source.name());
        ps.setString(5, source.dataset());
        ps.setString(6, source.url());
        ps.setString(7, text);
        ps.setString(8, language);
        bindInstant(ps, 9, now);
        bindInstant(ps, 10, now);
        ps.setInt(11, 1);
        ps.setString(12, contentHash);
    }

    /** Binds all columns of {@link Sql#INSERT_REVISION}. */
    void bindRevision(PreparedStatement ps, long reportId, int revision, Long importId, Instant now, String contentHash,
                      String fieldsJson) throws SQLException {
        ps.setLong(1, reportId);
        ps.setInt(2, revision);
        if (importId == null) ps.setNull(3, java.sql.Types.BIGINT);
        else ps.setLong(3, importId);
        bindInstant(ps, 4, now);
        ps.setString(5, contentHash);
        ps.setString(6, fieldsJson);
    }

    private void insertReport(Connection c, long reportId, long incidentId, NewReport r, Instant now) throws SQLException {
        Long existing = reportIdOf(c, r.originKey());
        if (existing != null) {
            throw new IllegalArgumentException("a report with origin key '" + r.originKey() + "' is already stored (report "
                    + existing + ")");
        }
        String hash = ImportedRecord.hashOf(r.fields());
        try (PreparedStatement ps = c.prepareStatement(Sql.INSERT_REPORT)) {
            bindReport(ps, reportId, incidentId, r.originKey(), r.source(), r.text(), r.language(), now, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.INSERT_REVISION)) {
            bindRevision(ps, reportId, 1, null, now, hash, Json.fields(r.fields()));
            ps.executeUpdate();
        }
    }

    private static Long reportIdOf(Connection c, String originKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE origin_key = ?")) {
            ps.setString(1, originKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void requireIncident(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NoSuchElementException("no incident " + incidentId);
            }
        }
    }

    /** Replaces an incident's facts (and so its search text); {@code byHand} marks it edited by hand. */
    void updateFacts(Connection c, long incidentId, IncidentFacts facts, boolean byHand, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.UPDATE_FACTS + (byHand ? ", edited_by_hand = ?" : "") + " WHERE id = ?")) {
            int i = bindFacts(ps, 1, facts);
            bindInstant(ps, i++, now);
            if (byHand) ps.setBoolean(i++, true);
            ps.setLong(i, incidentId);
            ps.executeUpdate();
        }
        refreshSearchText(c, incidentId);
    }

    /** Recomputes the search text of an incident from its stored facts and all its reports' texts. */
    void refreshSearchText(Connection c, long incidentId) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title, summary, place_name, district, governorate FROM incidents WHERE id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NoSuchElementException("no incident " + incidentId);
                for (int k = 1; k <= 5; k++) parts.add(rs.getString(k));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM reports WHERE incident_id = ? ORDER BY id")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) parts.add(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET search_text = ? WHERE id = ?")) {
            ps.setString(1, SearchText.document(parts));
            ps.setLong(2, incidentId);
            ps.executeUpdate();
        }
    }

    private void touch(Connection c, long incidentId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET updated_at = ? WHERE id = ?")) {
            bindInstant(ps, 1, now);
            ps.setLong(2, incidentId);
            ps.executeUpdate();
        }
    }

    // ---- queries

    /**
     * The filter of a published-only query that an index serves (decision 0420). Every other filter of such a query is
     * written as a row test no index can serve ({@link #unindexed}), so that the planner cannot AND a published-only
     * index with a full one (whose draft entries it would walk): the driver's published twin is then the cheapest path.
     */
    public enum Driver { BBOX, TEXT, GOVERNORATE, PERIOD, ORDER }

    /** The driver of a published-only query: its box, else its governorate, else its period, else the order walk. */
    protected Driver driver(IncidentQuery q) {
        if (q.bbox() != null) return Driver.BBOX;
        if (q.governorate() != null) return Driver.GOVERNORATE;
        if (q.from() != null || q.to() != null) return Driver.PERIOD;
        return Driver.ORDER;
    }

    /** A column or expression written so that no index serves a comparison with it; {@code text} for text values. */
    protected abstract String unindexed(String expression, boolean text);

    private Where where(IncidentQuery q) {
        Where w = new Where();
        boolean published = publishedOnly(q);
        Driver driver = published ? driver(q) : null;
        // the column as it is where an index may serve it: any query but the public's, and the public's driver
        java.util.function.BiFunction<String, Driver, String> col = (column, owner) ->
                !published || driver == owner ? column : unindexed(column, false);
        // merged incidents are kept for undo but hidden: their reports are under the survivor
        w.and(published ? publishedCondition() : "i.merged_into IS NULL");
        BoundingBox b = q.bbox();
        if (b != null) {
            if (!published || driver == Driver.BBOX) spatialPrefilter(w, b, published);
            String lat = col.apply("i.lat", Driver.BBOX), lon = col.apply("i.lon", Driver.BBOX);
            w.and(lat + " >= ? AND " + lat + " <= ?", (ps, i) -> ps.setDouble(i, b.minLat()), (ps, i) -> ps.setDouble(i, b.maxLat()));
            w.and(b.crossesAntimeridian() ? "(" + lon + " >= ? OR " + lon + " <= ?)" : lon + " >= ? AND " + lon + " <= ?",
                    (ps, i) -> ps.setDouble(i, b.minLon()), (ps, i) -> ps.setDouble(i, b.maxLon()));
        }
        if (q.from() != null) w.and(col.apply("i.date_last", Driver.PERIOD) + " >= ?", (ps, i) -> bindDate(ps, i, q.from()));
        if (q.to() != null) w.and(col.apply("i.date_first", Driver.PERIOD) + " <= ?", (ps, i) -> bindDate(ps, i, q.to()));
        if (q.actor() != null) {
            String pattern = "%" + likeEscaped(SearchText.key(q.actor())) + "%";
            w.and("i.actor_search LIKE ? ESCAPE '\\'", (ps, i) -> ps.setString(i, pattern));
        }
        if (q.object() != null) w.and("i.objects_hit LIKE ?", (ps, i) -> ps.setString(i, "%\"" + q.object().code() + "\"%"));
        if (q.governorate() != null) {
            String column = !published || driver == Driver.GOVERNORATE ? "i.governorate_key" : unindexed("i.governorate_key", true);
            w.and(column + " = ?", (ps, i) -> ps.setString(i, SearchText.key(q.governorate())));
        }
        if (q.text() != null) {
            List<String> tokens = SearchText.tokens(q.text());
            if (tokens.isEmpty()) w.and("1 = 0"); // only punctuation: nothing can match it
            else textFilter(w, tokens, !published || driver == Driver.TEXT);
        }
        if (q.placed() != null) {
            String lat = col.apply("i.lat", null);
            w.and(q.placed() ? lat + " IS NOT NULL" : lat + " IS NULL");
        }
        if (q.kinds() != null) {
            List<org.groundtruth.incident.EventKind> kinds = q.kinds().stream().sorted().toList();
            String marks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
            Param[] ps = kinds.stream().map(k -> (Param) (p, i) -> p.setString(i, k.code())).toArray(Param[]::new);
            String kind = published ? unindexed("i.event_kind", true) : "i.event_kind"; // the public's plan stays on its driver
            w.and(kinds.isEmpty() ? "1 = 0" : kind + " IN (" + marks + ")", ps);
        }
        String id = col.apply("i.id", null);
        if (q.grade() != null) {
            w.and(id + " IN (SELECT g.incident_id FROM incident_grades g WHERE g.effective_grade = ?)",
                    (ps, i) -> ps.setString(i, q.grade().toLowerCase(java.util.Locale.ROOT)));
        }
        if (q.party() != null) {
            w.and(id + " IN (SELECT g.incident_id FROM incident_grades g WHERE g.parties LIKE ? ESCAPE '\\')",
                    (ps, i) -> ps.setString(i, "%|" + likeEscaped(q.party().toLowerCase(java.util.Locale.ROOT)) + "|%"));
        }
        if (q.statuses() != null && !published) {
            if (q.statuses().isEmpty()) {
                w.and("1 = 0");
            } else {
                List<IncidentStatus> sts = q.statuses().stream().sorted().toList();
                String marks = String.join(", ", java.util.Collections.nCopies(sts.size(), "?"));
                Param[] ps = sts.stream().map(st -> (Param) (p, i) -> p.setString(i, st.name())).toArray(Param[]::new);
                w.and("i.status IN (" + marks + ")", ps);
            }
        }
        if (q.claimed() != null) {
            w.and((q.claimed() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM claim_matches m WHERE m.incident_id = " + id + ")");
        }
        return w;
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<Incident> loadIncidents(Connection c, String sql, Param binder) throws SQLException {
        return loadIncidents(c, sql, binder, true);
    }

    private List<Incident> loadIncidents(Connection c, String sql, Param binder, boolean reportTexts) throws SQLException {
        List<Incident> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                Rows.Columns cols = new Rows.Columns(rs);
                while (rs.next()) rows.add(Rows.incident(this, rs, cols));
            }
        }
        if (rows.isEmpty()) return rows;
        Map<Long, List<Report>> reports = loadReports(c, rows.stream().map(Incident::id).toList(), reportTexts);
        List<Incident> out = new ArrayList<>(rows.size());
        for (Incident i : rows) {
            out.add(new Incident(i.id(), i.publicId(), i.facts(), i.status(), i.editedByHand(), reports.getOrDefault(i.id(), List.of()),
                    i.createdAt(), i.updatedAt()));
        }
        return out;
    }

    private Map<Long, List<Report>> loadReports(Connection c, List<Long> incidentIds) throws SQLException {
        return loadReports(c, incidentIds, true);
    }

    private Map<Long, List<Report>> loadReports(Connection c, List<Long> incidentIds, boolean texts) throws SQLException {
        Map<Long, List<Report>> out = new HashMap<>();
        String columns = texts ? Rows.REPORT_COLUMNS : Rows.REPORT_COLUMNS_WITHOUT_TEXT;
        for (int from = 0; from < incidentIds.size(); from += 500) {
            List<Long> chunk = incidentIds.subList(from, Math.min(incidentIds.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + columns + " FROM reports WHERE incident_id IN (" + marks + ") ORDER BY incident_id, id")) {
                for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Report r = Rows.report(this, rs);
                        out.computeIfAbsent(r.incidentId(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        return out;
    }

    // ---- connections and transactions

    @Override
    public <T> T read(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }

    @Override
    public <T> T write(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }
}
