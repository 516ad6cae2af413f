package org.groundtruth.storage.jdbc;

import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.UpsertOutcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import in one transaction. Rows are written in JDBC batches with ids handed out up front; the origin keys
 * and content hashes already stored are read once at the start, so deciding INSERTED / UNCHANGED / UPDATED costs a
 * map lookup. The full-text index is filled in bulk at commit (SQLite; per batch it is several times slower, decision
 * 0109) or kept by the database (PostgreSQL); in an empty store the secondary indexes are built once at commit.
 */
class JdbcImportWriter implements ImportWriter {
    /** At debug level, where an import's time went (rows, indexes, commit). */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcImportWriter.class);

    /** A report already stored (or written earlier in this import). */
    record Known(long reportId, long incidentId, String contentHash) {
    }

    private final JdbcIncidentStore store;
    private final Connection c;
    private final ImportMeta meta;
    private final long importId;
    private final Instant startedAt;
    private final long begun;
    private final long newIdsAbove;
    private final Map<String, Known> known;
    private final IdAllocator incidentIds;
    private final IdAllocator reportIds;
    private final RowSink sink;
    private final RevisionFields revisionFields = new RevisionFields();
    private final List<JdbcIncidentStore.Deferred> deferred;
    private final Set<Long> changed = new LinkedHashSet<>();
    private long inserted;
    private long updated;
    private long unchanged;
    private long unplaced;
    private boolean finished;

    JdbcImportWriter(JdbcIncidentStore store, Connection c, ImportMeta meta) throws SQLException {
        this.store = store;
        this.c = c;
        this.meta = meta;
        this.startedAt = JdbcIncidentStore.now();
        this.begun = System.nanoTime();
        this.importId = store.idAllocator(c, "imports").next();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO imports (id, file_name, format, file_sha256, started_at,"
                + " inserted, updated, unchanged, unplaced, actor) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?)")) {
            ps.setLong(1, importId);
            ps.setString(2, meta.fileName());
            ps.setString(3, meta.format());
            ps.setString(4, meta.fileSha256());
            store.bindInstant(ps, 5, startedAt);
            ps.setString(6, meta.actor()); // who ran it: the demo publishes only what its own imports loaded (decision 0750)
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM incidents")) {
            rs.next();
            this.newIdsAbove = rs.getLong(1);
        }
        this.known = loadKnown(c);
        // Into an empty store, building indexes (and checking foreign keys) once at commit beats doing it row by row.
        this.deferred = known.isEmpty() && newIdsAbove == 0 ? store.dropForBulkLoad(c) : List.of();
        store.beforeImport(c);
        this.incidentIds = store.idAllocator(c, "incidents");
        this.reportIds = store.idAllocator(c, "reports");
        this.sink = store.newRowSink(c, revisionFields);
    }

    private static Map<String, Known> loadKnown(Connection c) throws SQLException {
        Map<String, Known> map = new HashMap<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000); // PostgreSQL streams the rows instead of holding them all (we are in a transaction)
            try (ResultSet rs = s.executeQuery("SELECT origin_key, id, incident_id, content_hash FROM reports")) {
                while (rs.next()) map.put(rs.getString(1), new Known(rs.getLong(2), rs.getLong(3), rs.getString(4)));
            }
        }
        return map;
    }

    @Override
    public UpsertOutcome upsert(ImportedRecord r) {
        if (finished) throw new IllegalStateException("this import is already committed or closed");
        try {
            if (!r.facts().location().isPlaced()) unplaced++;
            Known k = known.get(r.originKey());
            if (k == null) {
                insert(r);
                inserted++;
                return UpsertOutcome.INSERTED;
            }
            if (k.contentHash().equals(r.contentHash())) {
                unchanged++;
                return UpsertOutcome.UNCHANGED;
            }
            revise(k, r);
            updated++;
            return UpsertOutcome.UPDATED;
        } catch (SQLException e) {
            abandon();
            throw new StoreException("importing " + meta.fileName() + " (record " + r.originKey() + ")", e);
        }
    }

    private void insert(ImportedRecord r) throws SQLException {
        long incidentId = incidentIds.next();
        long reportId = reportIds.next();
        sink.add(incidentId, reportId, importId, startedAt, r);
        known.put(r.originKey(), new Known(reportId, incidentId, r.contentHash()));
    }

    /** A known record said something new: a revision, the report updated, the facts too unless a person set them. */
    private void revise(Known k, ImportedRecord r) throws SQLException {
        flush();
        int revisionCount;
        boolean editedByHand;
        try (PreparedStatement ps = c.prepareStatement("SELECT r.revision_count, i.edited_by_hand FROM reports r"
                + " JOIN incidents i ON i.id = r.incident_id WHERE r.id = ?")) {
            ps.setLong(1, k.reportId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                revisionCount = rs.getInt(1);
                editedByHand = rs.getBoolean(2);
            }
        }
        int revision = revisionCount + 1;
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET source_name = ?, source_dataset = ?, source_url = ?,"
                + " text = ?, language = ?, last_changed = ?, revision_count = ?, content_hash = ? WHERE id = ?")) {
            ps.setString(1, r.source().name());
            ps.setString(2, r.source().dataset());
            ps.setString(3, r.source().url());
            ps.setString(4, r.text());
            ps.setString(5, r.language());
            store.bindInstant(ps, 6, startedAt);
            ps.setInt(7, revision);
            ps.setString(8, r.contentHash());
            ps.setLong(9, k.reportId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.INSERT_REVISION)) {
            store.bindRevision(ps, k.reportId(), revision, importId, startedAt, r.contentHash(), revisionFields.json(r.fields()));
            ps.executeUpdate();
        }
        if (editedByHand) store.refreshSearchText(c, k.incidentId());
        else store.updateFacts(c, k.incidentId(), r.facts(), false, startedAt);
        changed.add(k.incidentId());
        known.put(r.originKey(), new Known(k.reportId(), k.incidentId(), r.contentHash()));
    }

    private void flush() throws SQLException {
        sink.flush();
    }

    @Override
    public ImportRun commit() {
        if (finished) throw new IllegalStateException("this import is already committed or closed");
        try {
            flush();
            long t1 = System.nanoTime();
            store.reindex(c, newIdsAbove, changed);
            long t2 = System.nanoTime();
            store.rebuild(c, deferred);
            long t3 = System.nanoTime();
            Instant finishedAt = JdbcIncidentStore.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE imports SET finished_at = ?, inserted = ?, updated = ?,"
                    + " unchanged = ?, unplaced = ?, field_names = ? WHERE id = ?")) {
                store.bindInstant(ps, 1, finishedAt);
                ps.setLong(2, inserted);
                ps.setLong(3, updated);
                ps.setLong(4, unchanged);
                ps.setLong(5, unplaced);
                ps.setString(6, revisionFields.namesJson());
                ps.setLong(7, importId);
                ps.executeUpdate();
            }
            store.auditLog().append(c, new org.groundtruth.audit.AuditRecord(new org.groundtruth.audit.ChangeNote(meta.actor(), null),
                    "import.run", "import:" + importId, null, org.groundtruth.storage.account.Snapshot.fields(
                            "file", meta.fileName(), "format", meta.format(), "fileSha256", meta.fileSha256(), "inserted", inserted,
                            "updated", updated, "unchanged", unchanged, "unplaced", unplaced, "status", "draft")));
            c.commit();
            long t4 = System.nanoTime();
            if (LOG.isDebugEnabled()) {
                LOG.debug(String.format(java.util.Locale.ROOT, "import %d (%s): rows %.1f s, text index at commit %.1f s,"
                                + " indexes rebuilt %.1f s, commit %.1f s", importId, meta.fileName(), (t1 - begun) / 1e9,
                        (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9));
            }
            finished = true;
            release();
            return new ImportRun(importId, meta.fileName(), meta.format(), meta.fileSha256(), startedAt, finishedAt,
                    inserted, updated, unchanged, unplaced);
        } catch (SQLException e) {
            abandon();
            throw new StoreException("committing the import of " + meta.fileName(), e);
        }
    }

    @Override
    public void close() {
        if (!finished) abandon();
    }

    /** Rolls everything back and gives the connection back. */
    private void abandon() {
        finished = true;
        sink.close(); // first: it may still be writing on the connection
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is going away anyway; closing it below ends the transaction
        }
        release();
    }

    private void release() {
        try {
            sink.close();
            c.setAutoCommit(true);
            store.afterImport(c);
        } catch (SQLException ignored) {
            // nothing left to keep consistent: the transaction is committed or rolled back
        } finally {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection
            }
        }
    }
}
