package org.groundtruth.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStats;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.NewReport;
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
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET public_id = ? WHERE id = ? AND public_id IS NULL")) {
                int n = 0;
                for (long id : missing) {
                    ps.setString(1, PublicId.next());
                    ps.setLong(2, id);
                    ps.addBatch();
                    if (++n % 5_000 == 0) ps.executeBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
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

    public abstract LocalDate readDate(ResultSet rs, String column) throws SQLException;

    public abstract void bindTime(PreparedStatement ps, int i, LocalTime time) throws SQLException;

    public abstract LocalTime readTime(ResultSet rs, String column) throws SQLException;

    public abstract void bindInstant(PreparedStatement ps, int i, Instant instant) throws SQLException;

    public abstract Instant readInstant(ResultSet rs, String column) throws SQLException;

    /** Adds the index-backed part of a bbox filter; the exact test on lat/lon is added by the caller. */
    protected abstract void spatialPrefilter(Where where, BoundingBox bbox);

    /** Adds a full-text filter: every token must start a word of the incident's search text. */
    protected abstract void textFilter(Where where, List<String> tokens);

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
            Where where = where(query);
            long matched = count(c, where);
            if (query.limit() == 0 || matched <= query.offset()) return new SearchResult(List.of(), matched);
            String sql = "SELECT * FROM incidents i" + where.sql() + " ORDER BY " + orderBy(query.sort()) + " LIMIT ? OFFSET ?";
            List<Incident> items = loadIncidents(c, sql, (ps, first) -> {
                int next = where.bind(ps, first);
                ps.setInt(next, query.limit());
                ps.setLong(next + 1, query.offset());
            });
            return new SearchResult(items, matched);
        });
    }

    /** Streams only lat and lon; PostgreSQL's driver streams (rather than holding every row) only inside a transaction. */
    @Override
    public void forEachPoint(IncidentQuery query, PointConsumer consumer) {
        read("reading incident points", c -> {
            Where where = where(query.withPlaced(true));
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT i.lat, i.lon FROM incidents i" + where.sql())) {
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
     * The columns of a sort, then the id, all in its direction, so that equal dates still page without overlap. Strikes
     * on one day go by their local time where known, a day without one before them (said as a key of its own: NULLs
     * sort differently in SQLite and PostgreSQL).
     */
    static String orderBy(org.groundtruth.incident.IncidentSort sort) {
        String columns = switch (sort) {
            case DATE, DATE_NEWEST -> "i.date_first %1$s, (i.local_time IS NOT NULL) %1$s, i.local_time %1$s, i.date_last %1$s, i.id %1$s";
            case RECORDED, RECORDED_NEWEST -> "i.created_at %1$s, i.id %1$s";
            case UPDATED, UPDATED_NEWEST -> "i.updated_at %1$s, i.id %1$s";
        };
        return columns.formatted(sort.newestFirst() ? "DESC" : "ASC");
    }

    @Override
    public IncidentStats stats(IncidentQuery query) {
        return read("counting incidents", c -> {
            Where where = where(query);
            long total;
            long placed;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(i.lat) FROM incidents i" + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                    placed = rs.getLong(2);
                }
            }
            TreeMap<LocalDate, Long> perDay = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT i.date_first, count(*) AS n FROM incidents i" + where.sql() + " GROUP BY i.date_first")) {
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
            try (PreparedStatement ps = c.prepareStatement(sums + " FROM incidents i" + where.sql())) {
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
                    + " WHERE r.incident_id IN (SELECT i.id FROM incidents i" + where.sql() + ") GROUP BY r.source_dataset ORDER BY n DESC, d")) {
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
        long id = write("creating an incident", c -> {
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
        });
        return find(id).orElseThrow();
    }

    @Override
    public Incident update(long incidentId, IncidentFacts facts, ChangeNote note) {
        write("updating incident " + incidentId, c -> {
            requireIncident(c, incidentId);
            IncidentFacts before = loadIncidents(c, "SELECT * FROM incidents i WHERE i.id = ?", (ps, i) -> ps.setLong(i, incidentId))
                    .getFirst().facts();
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
        long reportId = write("adding a report to incident " + incidentId, c -> {
            requireIncident(c, incidentId);
            Instant now = now();
            long id = idAllocator(c, "reports").next();
            insertReport(c, id, incidentId, report, now);
            refreshSearchText(c, incidentId);
            touch(c, incidentId, now);
            reindex(c, Long.MAX_VALUE, List.of(incidentId));
            auditLog.append(c, new AuditRecord(note, "report.add", "incident:" + incidentId, null,
                    Snapshot.fields("report", id, "originKey", report.originKey(), "source", report.source(), "language", report.language(),
                            "text", report.text())));
            return id;
        });
        return read("reading report " + reportId, c -> {
            Map<Long, List<Report>> byIncident = loadReports(c, List.of(incidentId));
            return byIncident.get(incidentId).stream().filter(r -> r.id() == reportId).findFirst().orElseThrow();
        });
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
                f.weapons().isEmpty() ? "[]" : Json.list(f.weapons())};
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

    private Where where(IncidentQuery q) {
        Where w = new Where();
        w.and("i.merged_into IS NULL"); // merged incidents are kept for undo but hidden: their reports are under the survivor
        BoundingBox b = q.bbox();
        if (b != null) {
            spatialPrefilter(w, b);
            w.and("i.lat >= ? AND i.lat <= ?", (ps, i) -> ps.setDouble(i, b.minLat()), (ps, i) -> ps.setDouble(i, b.maxLat()));
            w.and(b.crossesAntimeridian() ? "(i.lon >= ? OR i.lon <= ?)" : "i.lon >= ? AND i.lon <= ?",
                    (ps, i) -> ps.setDouble(i, b.minLon()), (ps, i) -> ps.setDouble(i, b.maxLon()));
        }
        if (q.from() != null) w.and("i.date_last >= ?", (ps, i) -> bindDate(ps, i, q.from()));
        if (q.to() != null) w.and("i.date_first <= ?", (ps, i) -> bindDate(ps, i, q.to()));
        if (q.actor() != null) {
            String pattern = "%" + likeEscaped(SearchText.key(q.actor())) + "%";
            w.and("i.actor_search LIKE ? ESCAPE '\\'", (ps, i) -> ps.setString(i, pattern));
        }
        if (q.object() != null) w.and("i.objects_hit LIKE ?", (ps, i) -> ps.setString(i, "%\"" + q.object().code() + "\"%"));
        if (q.governorate() != null) w.and("i.governorate_key = ?", (ps, i) -> ps.setString(i, SearchText.key(q.governorate())));
        if (q.text() != null) {
            List<String> tokens = SearchText.tokens(q.text());
            if (tokens.isEmpty()) w.and("1 = 0"); // only punctuation: nothing can match it
            else textFilter(w, tokens);
        }
        if (q.placed() != null) w.and(q.placed() ? "i.lat IS NOT NULL" : "i.lat IS NULL");
        if (q.grade() != null) {
            w.and("i.id IN (SELECT g.incident_id FROM incident_grades g WHERE g.effective_grade = ?)",
                    (ps, i) -> ps.setString(i, q.grade().toLowerCase(java.util.Locale.ROOT)));
        }
        if (q.party() != null) {
            w.and("i.id IN (SELECT g.incident_id FROM incident_grades g WHERE g.parties LIKE ? ESCAPE '\\')",
                    (ps, i) -> ps.setString(i, "%|" + likeEscaped(q.party().toLowerCase(java.util.Locale.ROOT)) + "|%"));
        }
        if (q.statuses() != null) {
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
            w.and((q.claimed() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM claim_matches m WHERE m.incident_id = i.id)");
        }
        return w;
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long count(Connection c, Where where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM incidents i" + where.sql())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<Incident> loadIncidents(Connection c, String sql, Param binder) throws SQLException {
        List<Incident> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(Rows.incident(this, rs));
            }
        }
        if (rows.isEmpty()) return rows;
        Map<Long, List<Report>> reports = loadReports(c, rows.stream().map(Incident::id).toList());
        List<Incident> out = new ArrayList<>(rows.size());
        for (Incident i : rows) {
            out.add(new Incident(i.id(), i.publicId(), i.facts(), i.status(), i.editedByHand(), reports.getOrDefault(i.id(), List.of()),
                    i.createdAt(), i.updatedAt()));
        }
        return out;
    }

    private Map<Long, List<Report>> loadReports(Connection c, List<Long> incidentIds) throws SQLException {
        Map<Long, List<Report>> out = new HashMap<>();
        for (int from = 0; from < incidentIds.size(); from += 500) {
            List<Long> chunk = incidentIds.subList(from, Math.min(incidentIds.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM reports WHERE incident_id IN (" + marks + ") ORDER BY incident_id, id")) {
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
