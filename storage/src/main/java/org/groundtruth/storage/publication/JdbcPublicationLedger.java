package org.groundtruth.storage.publication;

import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.grading.Grade;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.Source;
import org.groundtruth.publication.Publishable;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.StoredReport;
import org.groundtruth.publication.Selection;
import org.groundtruth.publication.SourceLicence;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.jdbc.Param;
import org.groundtruth.storage.jdbc.Rows;
import org.groundtruth.storage.jdbc.SearchText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Publication on SQLite and PostgreSQL. Published incidents are read in windows of {@value #CHUNK} ids (the window
 * from the primary key, then its published incidents, then the reports whose incident ids fall in its range), so no
 * connection or cursor stays open between chunks, both dialects behave alike, and memory holds one chunk whatever
 * the store's size. Report texts are never read: an export has no use for them.
 */
public final class JdbcPublicationLedger implements PublicationLedger {
    static final int CHUNK = 2_000;
    /** Windows read side by side ahead of the caller (decision 0932). */
    private static final int READERS = 2;
    private static final int MAX_PUSHED_IDS = 500;
    private static final String INCIDENT_COLUMNS = "i.id, i.public_id, i.title, i.summary, i.date_first, i.date_last, i.local_time,"
            + " i.utc_offset_seconds, i.date_precision, i.lat, i.lon, i.location_precision, i.radius_m, i.place_name, i.governorate,"
            + " i.district, i.country_code, i.placed_by, i.killed_min, i.killed_max, i.injured_min, i.injured_max,"
            + " i.children_killed_min, i.children_killed_max, i.women_killed_min, i.women_killed_max, i.men_killed_min,"
            + " i.men_killed_max, i.objects_hit, i.perpetrators, i.weapons, i.event_kind, i.status, i.merged_into, i.edited_by_hand, i.created_at, i.updated_at,"
            + " g.effective_grade, g.override_grade, g.parties";

    private final Database db;
    private final JdbcAuditLog audit;
    private final int chunk;
    private final JdbcReportDocuments reports;

    public JdbcPublicationLedger(Database db, JdbcAuditLog audit) {
        this(db, audit, CHUNK);
    }

    /** With chunks of {@code chunk} incidents (tests use small ones to cross chunk edges). */
    public JdbcPublicationLedger(Database db, JdbcAuditLog audit, int chunk) {
        if (chunk < 1) throw new IllegalArgumentException("chunk must be positive");
        this.db = db;
        this.audit = audit;
        this.chunk = chunk;
        this.reports = new JdbcReportDocuments(db, audit);
    }

    @Override
    public Stream<Publishable> published(Selection selection) {
        Filter filter = filter(selection);
        ReadAhead chunks = new ReadAhead(filter);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(chunks::finish);
    }

    /**
     * The chunks in id order, the next {@value #READERS} read on their own threads while the caller formats this one
     * (decisions 0931, 0932): an export's reading is most of its work, and two readers and the writer keep both of the
     * machine's cores busy, where a database's dump uses one. Each window of ids is planned first from the primary key
     * (cheap), so that windows can be read side by side; their rows come back in id order. At most {@value #READERS}
     * chunks are read ahead; closing the stream waits for reads in flight, so that nothing reads the store after close.
     */
    private final class ReadAhead implements Iterator<Publishable> {
        private final Filter filter;
        private final ArrayDeque<CompletableFuture<List<Publishable>>> inFlight = new ArrayDeque<>();
        private long plannedUpTo = Long.MIN_VALUE;
        private boolean allPlanned;
        private List<Publishable> rows = List.of();
        private int next;

        ReadAhead(Filter filter) {
            this.filter = filter;
            plan();
        }

        /** Plans windows and starts reading them until {@value #READERS} are in flight or the table ends. */
        private void plan() {
            while (!allPlanned && inFlight.size() < READERS) {
                Window w = window(plannedUpTo);
                if (w.ids() == 0) {
                    allPlanned = true;
                    break;
                }
                long after = plannedUpTo;
                plannedUpTo = w.upToId();
                allPlanned = w.ids() < chunk;
                inFlight.add(CompletableFuture.supplyAsync(() -> readWindow(filter, after, w.upToId()),
                        r -> Thread.ofPlatform().daemon().name("publication-read-ahead").start(r)));
            }
        }

        @Override
        public boolean hasNext() {
            while (next >= rows.size() && !inFlight.isEmpty()) {
                CompletableFuture<List<Publishable>> first = inFlight.poll();
                try {
                    rows = first.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    throw e;
                }
                next = 0;
                plan();
            }
            return next < rows.size();
        }

        @Override
        public Publishable next() {
            if (!hasNext()) throw new NoSuchElementException();
            return rows.get(next++);
        }

        void finish() {
            allPlanned = true;
            for (CompletableFuture<List<Publishable>> f : inFlight) {
                try {
                    f.join();
                } catch (RuntimeException ignored) {
                    // the reader is gone; what it failed to read is not wanted
                }
            }
            inFlight.clear();
        }
    }

    /** The store-side part of a selection: published, not merged, period, area, governorates, listed ids. */
    private record Filter(String sql, List<Param> params) {
    }

    private Filter filter(Selection s) {
        // status and merged_into are checked on each row read (below), not here: an index on status must never be chosen
        // over the window of ids, whatever the statistics say
        List<String> clauses = new ArrayList<>(List.of("i.id > ?", "i.id <= ?"));
        List<Param> params = new ArrayList<>();
        if (s.from() != null) {
            clauses.add("i.date_last >= ?");
            params.add((ps, k) -> db.bindDate(ps, k, s.from()));
        }
        if (s.to() != null) {
            clauses.add("i.date_first <= ?");
            params.add((ps, k) -> db.bindDate(ps, k, s.to()));
        }
        BoundingBox b = s.area();
        if (b != null) {
            clauses.add("i.lat >= ? AND i.lat <= ?");
            params.add((ps, k) -> ps.setDouble(k, b.minLat()));
            params.add((ps, k) -> ps.setDouble(k, b.maxLat()));
            clauses.add(b.crossesAntimeridian() ? "(i.lon >= ? OR i.lon <= ?)" : "i.lon >= ? AND i.lon <= ?");
            params.add((ps, k) -> ps.setDouble(k, b.minLon()));
            params.add((ps, k) -> ps.setDouble(k, b.maxLon()));
        }
        // governorates are matched on the redacted value too; here only narrowed by the stored key where that is exact
        if (!s.governorates().isEmpty() && !s.governorates().contains("unknown")) {
            List<String> keys = s.governorates().stream().map(SearchText::key).distinct().toList();
            clauses.add("i.governorate_key IN (" + marks(keys.size()) + ")");
            for (String key : keys) params.add((ps, k) -> ps.setString(k, key));
        }
        if (!s.publicIds().isEmpty() && s.publicIds().size() <= MAX_PUSHED_IDS) {
            clauses.add("i.public_id IN (" + marks(s.publicIds().size()) + ")");
            for (String id : s.publicIds()) params.add((ps, k) -> ps.setString(k, id));
        }
        return new Filter(" WHERE " + String.join(" AND ", clauses), List.copyOf(params));
    }

    /** A window of ids: how many ids it spans (fewer than a chunk: the table ends there) and its last id. */
    private record Window(int ids, long upToId) {
    }

    /**
     * The window is taken from the primary key alone ({@code id > last ORDER BY id LIMIT n}), then its rows are filtered
     * ({@link #readWindow}): a query that filtered and limited at once let PostgreSQL, with statistics older than a bulk
     * publication, plan a bitmap of the status index and a sort of every remaining row for each chunk (quadratic over a
     * million incidents).
     */
    private Window window(long afterId) {
        return db.read("reading published incidents", c -> {
            long upTo = afterId;
            int ids = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents WHERE id > ? ORDER BY id LIMIT " + chunk)) {
                ps.setLong(1, afterId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        upTo = rs.getLong(1);
                        ids++;
                    }
                }
            }
            return new Window(ids, upTo);
        });
    }

    /** The published incidents with ids in (afterId, upToId], in id order, with their grades and their reports' sources. */
    private List<Publishable> readWindow(Filter filter, long afterId, long upToId) {
        return db.read("reading published incidents", c -> {
            List<Incident> incidents = new ArrayList<>(chunk);
            List<GradeSummary> grades = new ArrayList<>(chunk);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + INCIDENT_COLUMNS
                    + " FROM incidents i LEFT JOIN incident_grades g ON g.incident_id = i.id" + filter.sql() + " ORDER BY i.id")) {
                ps.setLong(1, afterId);
                ps.setLong(2, upToId);
                int k = 3;
                for (Param p : filter.params()) p.bind(ps, k++);
                try (ResultSet rs = ps.executeQuery()) {
                    Rows.Columns cols = new Rows.Columns(rs);
                    int status = rs.findColumn("status"), mergedInto = rs.findColumn("merged_into");
                    int effective = rs.findColumn("effective_grade"), override = rs.findColumn("override_grade"), parties = rs.findColumn("parties");
                    while (rs.next()) {
                        if (!"PUBLISHED".equals(rs.getString(status))) continue;
                        rs.getLong(mergedInto);
                        if (!rs.wasNull()) continue; // merged away: its reports are under the survivor
                        Incident i = Rows.incident(db, rs, cols);
                        incidents.add(i);
                        grades.add(grade(i.id(), rs.getString(effective), rs.getString(override) != null, rs.getString(parties)));
                    }
                }
            }
            if (incidents.isEmpty()) return List.of();
            Map<Long, List<Report>> reports = reports(c, incidents.get(0).id(), incidents.get(incidents.size() - 1).id());
            List<Publishable> out = new ArrayList<>(incidents.size());
            for (int k = 0; k < incidents.size(); k++) {
                Incident i = incidents.get(k);
                List<Report> sources = reports.getOrDefault(i.id(), List.of());
                out.add(new Publishable(new Incident(i.id(), i.publicId(), i.facts(), i.status(), i.editedByHand(), sources, i.createdAt(),
                        i.updatedAt()), grades.get(k)));
            }
            return out;
        });
    }

    /** The reports (sources only, no texts) of every incident whose id lies in the range; the caller keeps its own. */
    private Map<Long, List<Report>> reports(Connection c, long firstId, long lastId) throws SQLException {
        Map<Long, List<Report>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, incident_id, origin_key, source_name, source_dataset, source_url"
                + " FROM reports WHERE incident_id >= ? AND incident_id <= ? ORDER BY incident_id, id")) {
            ps.setLong(1, firstId);
            ps.setLong(2, lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Report r = new Report(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            new Source(rs.getString(4), rs.getString(5), rs.getString(6)), null, null, null, null, 0);
                    out.computeIfAbsent(r.incidentId(), x -> new ArrayList<>(2)).add(r);
                }
            }
        }
        return out;
    }

    private static GradeSummary grade(long incidentId, String effective, boolean overridden, String parties) {
        if (effective == null && parties == null) return null;
        Grade g = effective == null ? null : Grade.parse(effective).orElse(null);
        List<String> codes = parties == null ? List.of()
                : List.of(parties.split("\\|")).stream().filter(p -> !p.isBlank()).toList();
        return new GradeSummary(incidentId, g, overridden, codes);
    }

    /** Read from the early-warning tables (V800) as they are: publication only needs the words to refuse. */
    @Override
    public List<String> spotterNames() {
        return db.read("reading spotters' names", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pseudonym FROM spotters UNION SELECT code FROM spotter_posts");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    @Override
    public List<SourceLicence> licenceMarks() {
        return db.read("reading licence marks", c -> {
            List<SourceLicence> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT dataset, terms, licence, attribution FROM publication_licences ORDER BY dataset");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(licence(rs));
            }
            return out;
        });
    }

    @Override
    public SourceLicence mark(SourceLicence mark, ChangeNote note) {
        String dataset = mark.dataset().strip().toLowerCase(Locale.ROOT);
        return db.write("recording the licence mark of " + dataset, c -> {
            SourceLicence before = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT dataset, terms, licence, attribution FROM publication_licences WHERE dataset = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) before = licence(rs);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(before == null
                    ? "INSERT INTO publication_licences (terms, licence, attribution, marked_by, marked_at, dataset) VALUES (?, ?, ?, ?, ?, ?)"
                    : "UPDATE publication_licences SET terms = ?, licence = ?, attribution = ?, marked_by = ?, marked_at = ? WHERE dataset = ?")) {
                ps.setString(1, mark.terms().code());
                ps.setString(2, mark.licence());
                ps.setString(3, mark.attribution());
                ps.setString(4, note.actor());
                db.bindInstant(ps, 5, JdbcIncidentStore.now());
                ps.setString(6, dataset);
                ps.executeUpdate();
            }
            SourceLicence after = new SourceLicence(dataset, mark.terms(), mark.licence(), mark.attribution());
            audit.append(c, new AuditRecord(note, "licence.mark", "dataset:" + dataset, before == null ? null : json(before), json(after)));
            return after;
        });
    }

    private static SourceLicence licence(ResultSet rs) throws SQLException {
        Republication terms = Republication.parse(rs.getString("terms"))
                .orElseThrow(() -> new IllegalStateException("stored licence terms are not known"));
        return new SourceLicence(rs.getString("dataset"), terms, rs.getString("licence"), rs.getString("attribution"));
    }

    private static String json(SourceLicence l) {
        return org.groundtruth.storage.jdbc.Json.fields(orderedFields(l));
    }

    private static Map<String, String> orderedFields(SourceLicence l) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("dataset", l.dataset());
        m.put("terms", l.terms().code());
        if (l.licence() != null) m.put("licence", l.licence());
        if (l.attribution() != null) m.put("attribution", l.attribution());
        return m;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    // ---- reports as documents: JdbcReportDocuments

    @Override
    public StoredReport createReport(ReportDraft draft, ChangeNote note) {
        return reports.create(draft, note);
    }

    @Override
    public StoredReport updateReport(long reportId, ReportDraft draft, int expectedRevision, ChangeNote note) {
        return reports.update(reportId, draft, expectedRevision, note);
    }

    @Override
    public java.util.Optional<StoredReport> report(long reportId) {
        return reports.find(reportId);
    }

    @Override
    public List<StoredReport> reports() {
        return reports.all();
    }

    @Override
    public StoredReport moveReport(long reportId, org.groundtruth.incident.IncidentStatus to, org.groundtruth.account.Role role, String reason,
                                   ChangeNote note) {
        return reports.move(reportId, to, role, reason, note);
    }

    @Override
    public ReportVersion publishVersion(long reportId, ReportVersion.Frozen frozen, org.groundtruth.account.Role role, ChangeNote note) {
        return reports.publish(reportId, frozen, role, note);
    }

    @Override
    public List<ReportVersion> versions(long reportId) {
        return reports.versions(reportId);
    }

    @Override
    public java.util.Optional<byte[]> versionFile(long reportId, int version, ReportVersion.Format format) {
        return reports.file(reportId, version, format);
    }
}
