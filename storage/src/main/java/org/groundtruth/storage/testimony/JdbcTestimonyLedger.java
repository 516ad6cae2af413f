package org.groundtruth.storage.testimony;

import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.Json;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.KeyCheck;
import org.groundtruth.testimony.Sealed;
import org.groundtruth.testimony.SealedIdentity;
import org.groundtruth.testimony.Statement;
import org.groundtruth.testimony.StoredTestimony;
import org.groundtruth.testimony.TestimonyLedger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * {@link TestimonyLedger} over JDBC, for both dialects. A new statement's id is taken inside the write transaction
 * (the next rowid on SQLite, whose write transactions hold the lock from BEGIN; the serial's next value on
 * PostgreSQL), handed to the sealer, and the row is written with its envelopes in the same transaction.
 */
public final class JdbcTestimonyLedger implements TestimonyLedger {
    private static final String COLUMNS = "id, incident_id, pseudonym, interviewer, interviewed_on, language, statement_text, consent, "
            + "identity_key_id, name_sealed, contact_sealed, created_at";

    private final Database db;
    private final JdbcAuditLog audit;

    public JdbcTestimonyLedger(Database db, JdbcAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public StoredTestimony add(long incidentId, Statement s, KeyCheck sealedWith, ChangeNote note, Sealer sealer) {
        long id = db.write("adding a statement to incident " + incidentId, c -> {
            requireIncident(c, incidentId);
            long newId = nextId(c);
            SealedIdentity identity = sealer.seal(newId);
            requireSealedWith(identity, sealedWith);
            recordKey(c, sealedWith);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO testimonies (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, newId);
                ps.setLong(2, incidentId);
                ps.setString(3, s.pseudonym());
                ps.setString(4, s.interviewer());
                db.bindDate(ps, 5, s.interviewedOn());
                ps.setString(6, s.language());
                ps.setString(7, s.text());
                ps.setString(8, s.consent().name());
                ps.setString(9, sealedWith.keyId());
                ps.setBytes(10, identity.name().envelope());
                if (identity.contact() == null) ps.setNull(11, Types.BINARY); else ps.setBytes(11, identity.contact().envelope());
                db.bindInstant(ps, 12, JdbcIncidentStore.now());
                ps.executeUpdate();
            }
            audit.append(c, new AuditRecord(note, "testimony.add", "incident:" + incidentId, null, auditView(newId, s, sealedWith)));
            return newId;
        });
        return find(id).orElseThrow();
    }

    @Override
    public Optional<StoredTestimony> find(long testimonyId) {
        return db.read("reading statement " + testimonyId, c -> {
            List<StoredTestimony> found = select(c, "WHERE id = ?", testimonyId);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<StoredTestimony> byIncident(long incidentId) {
        return db.read("reading the statements of incident " + incidentId, c -> select(c, "WHERE incident_id = ? ORDER BY id", incidentId));
    }

    @Override
    public List<StoredTestimony> all() {
        return db.read("reading every statement", c -> select(c, "ORDER BY id", null));
    }

    @Override
    public long count() {
        return db.read("counting statements", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM testimonies"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public boolean hasPseudonym(String pseudonym) {
        return db.read("looking up a witness pseudonym", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM testimonies WHERE pseudonym = ? LIMIT 1")) {
                ps.setString(1, pseudonym);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<KeyCheck> keyChecks() {
        return db.read("reading the testimony key checks", c -> {
            List<KeyCheck> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key_id, check_value FROM testimony_keys ORDER BY recorded_at, key_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new KeyCheck(rs.getString(1), rs.getString(2)));
            }
            return out;
        });
    }

    @Override
    public Set<String> keyIdsInUse() {
        return db.read("reading the keys in use", c -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT identity_key_id FROM testimonies ORDER BY identity_key_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    @Override
    public void reseal(long testimonyId, SealedIdentity identity, KeyCheck sealedWith, ChangeNote note) {
        requireSealedWith(identity, sealedWith);
        db.write("re-sealing statement " + testimonyId, c -> {
            recordKey(c, sealedWith);
            String before;
            long incidentId;
            try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, identity_key_id FROM testimonies WHERE id = ?")) {
                ps.setLong(1, testimonyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NoSuchElementException("no statement " + testimonyId);
                    incidentId = rs.getLong(1);
                    before = Json.fields(java.util.Map.of("testimonyId", Long.toString(testimonyId), "identityKeyId", rs.getString(2)));
                }
            }
            audit.append(c, new AuditRecord(note, "testimony.reseal", "incident:" + incidentId, before,
                    Json.fields(java.util.Map.of("testimonyId", Long.toString(testimonyId), "identityKeyId", sealedWith.keyId()))));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE testimonies SET identity_key_id = ?, name_sealed = ?, contact_sealed = ? WHERE id = ?")) {
                ps.setString(1, sealedWith.keyId());
                ps.setBytes(2, identity.name().envelope());
                if (identity.contact() == null) ps.setNull(3, Types.BINARY); else ps.setBytes(3, identity.contact().envelope());
                ps.setLong(4, testimonyId);
                if (ps.executeUpdate() != 1) throw new NoSuchElementException("no statement " + testimonyId);
            }
            return null;
        });
    }

    /** What the audit log keeps of a new statement: the open part, the text only as its SHA-256, no identity. */
    private static String auditView(long id, Statement s, KeyCheck sealedWith) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("testimonyId", Long.toString(id));
        m.put("pseudonym", s.pseudonym());
        m.put("interviewer", s.interviewer());
        m.put("interviewedOn", s.interviewedOn().toString());
        if (s.language() != null) m.put("language", s.language());
        m.put("consent", s.consent().code());
        m.put("textSha256", sha256(s.text()));
        m.put("identity", "sealed with key " + sealedWith.keyId());
        return Json.fields(m);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireSealedWith(SealedIdentity identity, KeyCheck sealedWith) {
        boolean ok = identity.name().keyId().equals(sealedWith.keyId())
                && (identity.contact() == null || identity.contact().keyId().equals(sealedWith.keyId()));
        if (!ok) throw new IllegalArgumentException("the identity was not sealed with key " + sealedWith.keyId());
    }

    private void recordKey(Connection c, KeyCheck k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT check_value FROM testimony_keys WHERE key_id = ?")) {
            ps.setString(1, k.keyId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(k.checkValue())) {
                        throw new IllegalStateException("key " + k.keyId() + " has a different check value on record; refusing to seal with it");
                    }
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO testimony_keys (key_id, check_value, recorded_at) VALUES (?, ?, ?)")) {
            ps.setString(1, k.keyId());
            ps.setString(2, k.checkValue());
            db.bindInstant(ps, 3, JdbcIncidentStore.now());
            ps.executeUpdate();
        }
    }

    private long nextId(Connection c) throws SQLException {
        String sql = db.kind().equals("postgresql")
                ? "SELECT nextval(pg_get_serial_sequence('testimonies', 'id'))"
                : "SELECT coalesce(max(id), 0) + 1 FROM testimonies";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
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

    private List<StoredTestimony> select(Connection c, String tail, Long parameter) throws SQLException {
        List<StoredTestimony> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM testimonies " + tail)) {
            if (parameter != null) ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Statement s = new Statement(rs.getString("pseudonym"), rs.getString("interviewer"), db.readDate(rs, "interviewed_on"),
                            rs.getString("language"), rs.getString("statement_text"), Consent.valueOf(rs.getString("consent")));
                    byte[] contact = rs.getBytes("contact_sealed");
                    SealedIdentity identity = new SealedIdentity(new Sealed(rs.getBytes("name_sealed")), contact == null ? null : new Sealed(contact));
                    Instant created = db.readInstant(rs, "created_at");
                    out.add(new StoredTestimony(rs.getLong("id"), rs.getLong("incident_id"), s, identity, created));
                }
            }
        }
        return out;
    }
}
