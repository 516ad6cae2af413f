package org.groundtruth.storage.warning;

import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.warning.AlertLedger;
import org.groundtruth.warning.AlertLevel;
import org.groundtruth.warning.AlertState;
import org.groundtruth.warning.StoredAlert;
import org.groundtruth.warning.Webhook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link AlertLedger} in tables {@code alerts} and {@code alert_webhooks} (V801). */
public final class JdbcAlertLedger implements AlertLedger {
    private static final String COLUMNS = "id, state, level, theatre, issued_ms, updated_ms, expires_ms, published";
    private final Database db;

    public JdbcAlertLedger(Database db) {
        this.db = db;
    }

    @Override
    public void save(StoredAlert a) {
        save(a, null);
    }

    @Override
    public void save(StoredAlert a, long sequence) {
        if (sequence <= 0) throw new IllegalArgumentException("a delivery sequence number starts at 1, not " + sequence);
        save(a, (Long) sequence);
    }

    /** @param sequence the change's number, or null to keep the stored one (0 for a new row) */
    private void save(StoredAlert a, Long sequence) {
        db.write("saving an alert", c -> {
            // one row per alert, replaced: an UPDATE first, an INSERT when there was none (the same in both dialects)
            try (PreparedStatement ps = c.prepareStatement("UPDATE alerts SET state = ?, level = ?, theatre = ?, issued_ms = ?, updated_ms = ?,"
                    + " expires_ms = ?, published = ?, sequence = COALESCE(?, sequence) WHERE id = ?")) {
                bind(ps, a, 1);
                ps.setObject(8, sequence, java.sql.Types.BIGINT);
                ps.setString(9, a.id());
                if (ps.executeUpdate() == 1) return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alerts (state, level, theatre, issued_ms, updated_ms, expires_ms, published, sequence, id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, a, 1);
                ps.setLong(8, sequence == null ? 0 : sequence);
                ps.setString(9, a.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long lastSequence() {
        return db.read("reading the last alert sequence number", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sequence), 0) FROM alerts"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void bind(PreparedStatement ps, StoredAlert a, int from) throws SQLException {
        ps.setString(from, a.state().code());
        ps.setString(from + 1, a.level().code());
        ps.setString(from + 2, a.theatre());
        ps.setLong(from + 3, a.issuedAt().toEpochMilli());
        ps.setLong(from + 4, a.updatedAt().toEpochMilli());
        ps.setLong(from + 5, a.expiresAt().toEpochMilli());
        ps.setString(from + 6, a.published());
    }

    @Override
    public Optional<StoredAlert> find(String id) {
        List<StoredAlert> found = query("SELECT " + COLUMNS + " FROM alerts WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<StoredAlert> active() {
        return query("SELECT " + COLUMNS + " FROM alerts WHERE state = 'active' ORDER BY issued_ms, id");
    }

    @Override
    public List<StoredAlert> updatedBetween(Instant from, Instant to, int limit) {
        return query("SELECT " + COLUMNS + " FROM alerts WHERE updated_ms >= ? AND updated_ms < ? ORDER BY updated_ms, id LIMIT " + Math.max(0, limit),
                from.toEpochMilli(), to.toEpochMilli());
    }

    @Override
    public List<StoredAlert> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM alerts ORDER BY updated_ms DESC, id LIMIT " + Math.max(0, limit));
    }

    private List<StoredAlert> query(String sql, Object... args) {
        return db.read("reading alerts", c -> {
            List<StoredAlert> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredAlert(rs.getString("id"), AlertState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                                AlertLevel.valueOf(rs.getString("level").toUpperCase(Locale.ROOT)), rs.getString("theatre"),
                                Instant.ofEpochMilli(rs.getLong("issued_ms")), Instant.ofEpochMilli(rs.getLong("updated_ms")),
                                Instant.ofEpochMilli(rs.getLong("expires_ms")), rs.getString("published")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Webhook addWebhook(String url, String secret, String country, Instant at) {
        Webhook checked = new Webhook(0, url, secret, country, at);
        return db.write("adding a webhook", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_webhooks (url, secret, country, created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, checked.url());
                ps.setString(2, checked.secret());
                ps.setString(3, checked.country());
                db.bindInstant(ps, 4, at);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Webhook(rs.getLong(1), checked.url(), checked.secret(), checked.country(), at);
                }
            }
        });
    }

    @Override
    public List<Webhook> webhooks() {
        return db.read("reading webhooks", c -> {
            List<Webhook> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, url, secret, country, created_at FROM alert_webhooks WHERE removed_at IS NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Webhook(rs.getLong("id"), rs.getString("url"), rs.getString("secret"), rs.getString("country"), db.readInstant(rs, "created_at")));
                }
            }
            return out;
        });
    }

    @Override
    public boolean removeWebhook(long id) {
        return db.write("removing a webhook", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert_webhooks SET removed_at = ? WHERE id = ? AND removed_at IS NULL")) {
                db.bindInstant(ps, 1, Instant.now());
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
