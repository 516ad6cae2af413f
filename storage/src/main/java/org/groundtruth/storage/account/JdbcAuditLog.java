package org.groundtruth.storage.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.groundtruth.audit.AuditChain;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.storage.jdbc.Database;

/**
 * The audit log in table audit_log, chained through audit_head. Other stores append inside their own transaction
 * with {@link #append(Connection, AuditRecord)}, so that a change and its entry are stored together or not at all.
 */
public final class JdbcAuditLog implements AuditLog {
    private static final int VERIFY_PAGE = 5_000;
    private final Database db;

    public JdbcAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(AuditRecord record) {
        return db.write("recording " + record.action() + " in the audit log", c -> append(c, record));
    }

    /**
     * Appends inside the caller's transaction. Updating audit_head first takes its row lock (PostgreSQL) or the
     * write lock (SQLite) before the last hash is read, so concurrent appends queue instead of forking the chain.
     */
    public AuditEntry append(Connection c, AuditRecord record) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET seq = seq + 1 WHERE id = 1")) {
            if (ps.executeUpdate() != 1) throw new SQLException("audit_head is missing its row");
        }
        long seq;
        String previousHash;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previousHash = rs.getString(2);
        }
        AuditEntry e = AuditChain.next(seq, previousHash, Instant.now(), record);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (seq, at, actor, reason, action, subject, before, after,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.seq());
            db.bindInstant(ps, 2, e.at());
            ps.setString(3, e.actor());
            ps.setString(4, e.reason());
            ps.setString(5, e.action());
            ps.setString(6, e.subject());
            ps.setString(7, e.before());
            ps.setString(8, e.after());
            ps.setString(9, e.previousHash());
            ps.setString(10, e.hash());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
            ps.setString(1, e.hash());
            ps.executeUpdate();
        }
        return e;
    }

    @Override
    public List<AuditEntry> entries(long afterSeq, int limit, String subject, String actionPrefix) {
        if (limit < 0 || limit > 10_000) throw new IllegalArgumentException("limit " + limit + " is outside 0..10000");
        return db.read("reading the audit log", c -> {
            StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE seq > ?");
            if (subject != null) sql.append(" AND subject = ?");
            if (actionPrefix != null) sql.append(" AND action LIKE ? ESCAPE '\\'");
            sql.append(" ORDER BY seq LIMIT ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, afterSeq);
                if (subject != null) ps.setString(i++, subject);
                if (actionPrefix != null) ps.setString(i++, actionPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                ps.setInt(i, limit);
                return read(ps);
            }
        });
    }

    @Override
    public long count() {
        return db.read("counting the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<String> verify() {
        return db.read("verifying the audit log", c -> {
            long seq = 1;
            String prev = AuditChain.GENESIS;
            while (true) {
                List<AuditEntry> page;
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?")) {
                    ps.setLong(1, seq);
                    ps.setInt(2, VERIFY_PAGE);
                    page = read(ps);
                }
                if (page.isEmpty()) break;
                Optional<String> broken = AuditChain.firstBreak(page, seq, prev);
                if (broken.isPresent()) return broken;
                AuditEntry last = page.getLast();
                seq = last.seq() + 1;
                prev = last.hash();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.of("audit_head is missing");
                long headSeq = rs.getLong(1);
                if (headSeq != seq - 1) return Optional.of("the log ends at entry " + (seq - 1) + " but its head says " + headSeq + " (entries removed from the end?)");
                if (!rs.getString(2).equals(prev)) return Optional.of("the head's hash " + rs.getString(2) + " differs from the last entry's " + prev);
            }
            return Optional.<String>empty();
        });
    }

    private List<AuditEntry> read(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong("seq"), db.readInstant(rs, "at"), rs.getString("actor"), rs.getString("reason"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("before"), rs.getString("after"),
                        rs.getString("prev_hash"), rs.getString("hash")));
            }
        }
        return out;
    }
}
