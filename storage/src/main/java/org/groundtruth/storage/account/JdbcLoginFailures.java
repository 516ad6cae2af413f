package org.groundtruth.storage.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.account.LoginFailures;
import org.groundtruth.storage.jdbc.Database;

/**
 * Failed logins in table login_failures (key digest, time in epoch milliseconds, so that both stores order them as
 * numbers). Rows older than the throttle's window are deleted as new failures arrive; an attempt's rows are taken
 * back by id when its password was right.
 */
final class JdbcLoginFailures implements LoginFailures {
    private final Database db;

    JdbcLoginFailures(Database db) {
        this.db = db;
    }

    @Override
    public List<Long> add(List<String> keys, Instant at) {
        return db.write("recording a failed login", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_failures (key_digest, at_ms) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (String key : keys) {
                    ps.setString(1, key);
                    ps.setLong(2, at.toEpochMilli());
                    ps.executeUpdate();
                    ids.add(JdbcAccountStore.generatedId(ps));
                }
            }
            return ids;
        });
    }

    @Override
    public void remove(List<Long> ids) {
        db.write("taking back a counted login", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_failures WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public List<Instant> since(String key, Instant after) {
        return db.read("reading failed logins", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at_ms FROM login_failures WHERE key_digest = ? AND at_ms > ? ORDER BY at_ms")) {
                ps.setString(1, key);
                ps.setLong(2, after.toEpochMilli());
                List<Instant> times = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) times.add(Instant.ofEpochMilli(rs.getLong(1)));
                }
                return times;
            }
        });
    }

    @Override
    public void clear(String key) {
        db.write("clearing failed logins", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_failures WHERE key_digest = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int forgetUpTo(Instant cutoff) {
        return db.write("forgetting old failed logins", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_failures WHERE at_ms <= ?")) {
                ps.setLong(1, cutoff.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}
