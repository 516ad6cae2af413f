package org.groundtruth.storage.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.evidence.Analysis;
import org.groundtruth.evidence.CaptureMetadata;
import org.groundtruth.evidence.CustodyAction;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.CustodyEvent;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.evidence.NewEvidence;
import org.groundtruth.evidence.PerceptualHash;
import org.groundtruth.evidence.Recorded;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.storage.jdbc.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The evidence ledger over JDBC, on the database the incident store opened. Tables from migrations
 * {@code sqlite/V6__evidence.sql} and {@code postgres/V7__evidence.sql}. An append reads the chain's last entry
 * and writes the next in one transaction (SQLite: the write lock is taken at BEGIN; PostgreSQL: the evidence row
 * is locked FOR UPDATE), so two appends never chain to the same entry.
 */
public final class JdbcEvidenceLedger implements EvidenceLedger {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() { };

    private final Database db;

    public JdbcEvidenceLedger(Database db) {
        this.db = db;
    }

    @Override
    public Recorded record(NewEvidence e, CustodyEvent acquired) {
        if (acquired.action() != CustodyAction.ACQUIRED) throw new IllegalArgumentException("a chain starts with ACQUIRED, not " + acquired.action());
        Sha256 sha = e.blob().sha256();
        return db.write("recording evidence " + sha, c -> {
            if ("postgresql".equals(db.kind())) {
                // one recording of the same bytes at a time (SQLite's write lock at BEGIN does this for it)
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 6006))")) {
                    ps.setString(1, sha.hex());
                    ps.execute();
                }
            }
            Optional<EvidenceItem> held = select(c, "WHERE sha256 = ?", ps -> ps.setString(1, sha.hex())).stream().findFirst();
            if (held.isPresent()) {
                lock(c, held.get().id());
                appendIn(c, held.get().id(), acquired);
                return new Recorded(held.get(), true);
            }
            Analysis a = e.analysis();
            CaptureMetadata m = a.capture();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (sha256, size_bytes, media_type, name_media_type, original_name,"
                    + " added_at, captured_at, captured_at_source, latitude, longitude, device, metadata_json, perceptual_hash)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING RETURNING id")) {
                ps.setString(1, sha.hex());
                ps.setLong(2, e.blob().sizeBytes());
                ps.setString(3, a.mediaType());
                ps.setString(4, a.nameMediaType());
                ps.setString(5, e.originalName() == null ? sha.hex() : e.originalName());
                db.bindInstant(ps, 6, e.addedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
                ps.setString(7, m.capturedAt());
                ps.setString(8, m.capturedAtSource());
                setDouble(ps, 9, m.latitude());
                setDouble(ps, 10, m.longitude());
                ps.setString(11, m.device());
                ps.setString(12, json(m.fields()));
                ps.setString(13, a.perceptualHash() == null ? null : a.perceptualHash().hex());
                try (ResultSet rs = ps.executeQuery()) {
                    id = rs.next() ? rs.getLong(1) : -1;
                }
            }
            if (id < 0) { // another transaction recorded the same bytes since we looked: add this acquisition to theirs
                EvidenceItem other = select(c, "WHERE sha256 = ?", ps -> ps.setString(1, sha.hex())).getFirst();
                lock(c, other.id());
                appendIn(c, other.id(), acquired);
                return new Recorded(other, true);
            }
            appendIn(c, id, acquired);
            return new Recorded(select(c, "WHERE id = ?", ps -> ps.setLong(1, id)).getFirst(), false);
        });
    }

    @Override
    public Optional<EvidenceItem> find(long evidenceId) {
        return db.read("finding evidence " + evidenceId, c -> select(c, "WHERE id = ?", ps -> ps.setLong(1, evidenceId)).stream().findFirst());
    }

    @Override
    public Optional<EvidenceItem> find(Sha256 sha256) {
        return db.read("finding evidence " + sha256, c -> select(c, "WHERE sha256 = ?", ps -> ps.setString(1, sha256.hex())).stream().findFirst());
    }

    @Override
    public List<EvidenceItem> list() {
        return db.read("listing evidence", c -> select(c, "", ps -> { }));
    }

    @Override
    public List<EvidenceItem> forIncident(long incidentId) {
        return db.read("listing evidence of incident " + incidentId, c -> select(c,
                "WHERE id IN (SELECT evidence_id FROM evidence_incidents WHERE incident_id = ?)", ps -> ps.setLong(1, incidentId)));
    }

    @Override
    public List<Long> incidentsOf(long evidenceId) {
        return db.read("listing incidents of evidence " + evidenceId, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT incident_id FROM evidence_incidents WHERE evidence_id = ? ORDER BY incident_id")) {
                ps.setLong(1, evidenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public boolean link(long evidenceId, long incidentId, CustodyEvent linked) {
        if (linked.action() != CustodyAction.LINKED) throw new IllegalArgumentException("a link is recorded as LINKED, not " + linked.action());
        return db.write("linking evidence " + evidenceId + " to incident " + incidentId, c -> {
            lock(c, evidenceId);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE id = ?")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NoSuchElementException("incident " + incidentId + " does not exist");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM evidence_incidents WHERE evidence_id = ? AND incident_id = ?")) {
                ps.setLong(1, evidenceId);
                ps.setLong(2, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_incidents (evidence_id, incident_id) VALUES (?, ?)")) {
                ps.setLong(1, evidenceId);
                ps.setLong(2, incidentId);
                ps.executeUpdate();
            }
            appendIn(c, evidenceId, linked);
            return true;
        });
    }

    @Override
    public CustodyEntry append(long evidenceId, CustodyEvent event) {
        return db.write("appending to the custody log of evidence " + evidenceId, c -> {
            lock(c, evidenceId);
            return appendIn(c, evidenceId, event);
        });
    }

    @Override
    public List<CustodyEntry> custody(long evidenceId) {
        return db.read("reading the custody log of evidence " + evidenceId, c -> {
            List<CustodyEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM custody_log WHERE evidence_id = ? ORDER BY seq")) {
                ps.setLong(1, evidenceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) entries.add(entry(rs));
                }
            }
            return entries;
        });
    }

    // ---- inside transactions

    /** Checks that the item exists and, on PostgreSQL, locks its row until the transaction ends. */
    private void lock(Connection c, long evidenceId) throws SQLException {
        String sql = "SELECT id FROM evidence WHERE id = ?" + ("postgresql".equals(db.kind()) ? " FOR UPDATE" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, evidenceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NoSuchElementException("evidence " + evidenceId + " does not exist");
            }
        }
    }

    private CustodyEntry appendIn(Connection c, long evidenceId, CustodyEvent event) throws SQLException {
        Sha256 file;
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM evidence WHERE id = ?")) {
            ps.setLong(1, evidenceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NoSuchElementException("evidence " + evidenceId + " does not exist");
                file = new Sha256(rs.getString(1));
            }
        }
        CustodyEntry last = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM custody_log WHERE evidence_id = ? ORDER BY seq DESC LIMIT 1")) {
            ps.setLong(1, evidenceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) last = entry(rs);
            }
        }
        CustodyEntry next = CustodyEntry.next(file, last, event);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO custody_log (evidence_id, seq, file_sha256, at_utc, action, actor,"
                + " details_json, previous_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, evidenceId);
            ps.setInt(2, next.seq());
            ps.setString(3, file.hex());
            db.bindInstant(ps, 4, event.at());
            ps.setString(5, event.action().name());
            ps.setString(6, event.actor());
            ps.setString(7, json(event.details()));
            ps.setString(8, next.previousHash().hex());
            ps.setString(9, next.entryHash().hex());
            ps.executeUpdate();
        }
        return next;
    }

    /**
     * Reads an entry as stored. A row altered in the database still reads (when its text is still well formed), so
     * that verify can name the break; a row no longer readable at all reads as an entry that cannot verify.
     */
    private CustodyEntry entry(ResultSet rs) throws SQLException {
        int seq = rs.getInt("seq");
        Sha256 file = hashOrZero(rs.getString("file_sha256"));
        CustodyAction action;
        try {
            action = CustodyAction.valueOf(rs.getString("action"));
        } catch (IllegalArgumentException | NullPointerException e) {
            action = CustodyAction.ACCESSED; // an unknown action: the recomputed hash will not match
        }
        Map<String, String> details;
        try {
            details = JSON.readValue(rs.getString("details_json"), MAP);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            details = Map.of("unreadable", "true");
        }
        CustodyEvent event;
        try {
            event = new CustodyEvent(action, rs.getString("actor"), db.readInstant(rs, "at_utc"), details);
        } catch (RuntimeException unreadable) {
            // a row changed into something no append could have written: read it as an entry that cannot verify
            event = new CustodyEvent(action, "(unreadable row)", java.time.Instant.EPOCH, Map.of("unreadable", String.valueOf(unreadable.getMessage())));
        }
        return new CustodyEntry(file, Math.max(1, seq), event, hashOrZero(rs.getString("previous_hash")), hashOrZero(rs.getString("entry_hash")));
    }

    private static Sha256 hashOrZero(String s) {
        try {
            return new Sha256(s);
        } catch (RuntimeException e) {
            return Sha256.ZERO;
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<EvidenceItem> select(Connection c, String where, Binder binder) throws SQLException {
        List<EvidenceItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM evidence " + where + " ORDER BY id")) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(item(rs));
            }
        }
        return items;
    }

    private EvidenceItem item(ResultSet rs) throws SQLException {
        Double lat = rs.getObject("latitude") == null ? null : rs.getDouble("latitude");
        Double lon = rs.getObject("longitude") == null ? null : rs.getDouble("longitude");
        Map<String, String> fields;
        try {
            fields = JSON.readValue(rs.getString("metadata_json"), MAP);
        } catch (JsonProcessingException e) {
            fields = Map.of();
        }
        CaptureMetadata capture = new CaptureMetadata(rs.getString("captured_at"), rs.getString("captured_at_source"), lat, lon,
                rs.getString("device"), fields);
        String phash = rs.getString("perceptual_hash");
        return new EvidenceItem(rs.getLong("id"), new Sha256(rs.getString("sha256")), rs.getLong("size_bytes"), rs.getString("media_type"),
                rs.getString("name_media_type"), rs.getString("original_name"), db.readInstant(rs, "added_at"), capture,
                phash == null ? null : PerceptualHash.parse(phash));
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    private static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
