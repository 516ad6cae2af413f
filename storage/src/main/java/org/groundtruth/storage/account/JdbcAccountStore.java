package org.groundtruth.storage.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.LoginFailures;
import org.groundtruth.account.ApiToken;
import org.groundtruth.account.Role;
import org.groundtruth.account.Session;
import org.groundtruth.account.User;
import org.groundtruth.account.UserNames;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.storage.jdbc.Database;

/** Users, tokens and sessions in tables users, api_tokens and sessions; user and token changes are audited. */
public final class JdbcAccountStore implements AccountStore {
    private final Database db;
    private final JdbcAuditLog audit;
    private final LoginFailures loginFailures;

    public JdbcAccountStore(Database db, JdbcAuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.loginFailures = new JdbcLoginFailures(db);
    }

    @Override
    public LoginFailures loginFailures() {
        return loginFailures;
    }

    @Override
    public User addUser(String name, Role role, String passwordHash, ChangeNote note) {
        UserNames.check(name);
        return db.write("adding user " + name, c -> {
            if (userByName(c, name).isPresent()) throw new IllegalArgumentException("a user named '" + name + "' already exists");
            Instant now = Instant.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (name, name_key, role, password_hash, disabled, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, key(name));
                ps.setString(3, role.name());
                ps.setString(4, passwordHash);
                ps.setBoolean(5, false);
                db.bindInstant(ps, 6, now);
                ps.executeUpdate();
                id = generatedId(ps);
            }
            User u = userById(c, id).orElseThrow();
            audit.append(c, new AuditRecord(note, "user.add", "user:" + id, null, snapshot(u)));
            return u;
        });
    }

    @Override
    public Optional<User> user(long id) {
        return db.read("reading user " + id, c -> userById(c, id));
    }

    @Override
    public Optional<User> user(String name) {
        return db.read("reading a user", c -> userByName(c, name));
    }

    @Override
    public List<User> users() {
        return db.read("listing users", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users ORDER BY name_key")) {
                return users(ps);
            }
        });
    }

    @Override
    public long countUsers() {
        return db.read("counting users", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM users"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public User changeRole(long userId, Role role, ChangeNote note) {
        return changeUser(userId, "user.role", "UPDATE users SET role = ? WHERE id = ?", ps -> ps.setString(1, role.name()), note);
    }

    @Override
    public User changePassword(long userId, String passwordHash, ChangeNote note) {
        User u = changeUser(userId, "user.password", "UPDATE users SET password_hash = ? WHERE id = ?", ps -> ps.setString(1, passwordHash), note);
        removeSessionsOf(userId);
        return u;
    }

    @Override
    public boolean upgradePasswordHash(long userId, String expectedHash, String newHash, ChangeNote note) {
        return db.write("upgrading the password hash of user " + userId, c -> {
            User before = userById(c, userId).orElseThrow(() -> new NoSuchElementException("no user " + userId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?")) {
                ps.setString(1, newHash);
                ps.setLong(2, userId);
                ps.setString(3, expectedHash);
                if (ps.executeUpdate() == 0) return false;
            }
            audit.append(c, new AuditRecord(note, "user.password.rehash", "user:" + userId, snapshot(before), snapshot(userById(c, userId).orElseThrow())));
            return true;
        });
    }

    @Override
    public User setDisabled(long userId, boolean disabled, ChangeNote note) {
        return db.write("changing user " + userId, c -> {
            User before = userById(c, userId).orElseThrow(() -> new NoSuchElementException("no user " + userId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE users SET disabled = ? WHERE id = ?")) {
                ps.setBoolean(1, disabled);
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            if (disabled) {
                deleteSessionsOf(c, userId);
                try (PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")) {
                    db.bindInstant(ps, 1, Instant.now());
                    ps.setLong(2, userId);
                    ps.executeUpdate();
                }
            }
            User after = userById(c, userId).orElseThrow();
            audit.append(c, new AuditRecord(note, disabled ? "user.disable" : "user.enable", "user:" + userId, snapshot(before), snapshot(after)));
            return after;
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private User changeUser(long userId, String action, String sql, Binder binder, ChangeNote note) {
        return db.write("changing user " + userId, c -> {
            User before = userById(c, userId).orElseThrow(() -> new NoSuchElementException("no user " + userId));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            User after = userById(c, userId).orElseThrow();
            audit.append(c, new AuditRecord(note, action, "user:" + userId, snapshot(before), snapshot(after)));
            return after;
        });
    }

    @Override
    public ApiToken addToken(long userId, String label, String digest, Instant expiresAt, ChangeNote note) {
        return db.write("adding a token for user " + userId, c -> {
            userById(c, userId).orElseThrow(() -> new NoSuchElementException("no user " + userId));
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (user_id, label, digest, created_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, label);
                ps.setString(3, digest);
                db.bindInstant(ps, 4, Instant.now());
                db.bindInstant(ps, 5, expiresAt);
                ps.executeUpdate();
                id = generatedId(ps);
            }
            ApiToken t = token(c, "SELECT * FROM api_tokens WHERE id = ?", id).orElseThrow();
            audit.append(c, new AuditRecord(note, "token.add", "token:" + id, null, snapshot(t)));
            return t;
        });
    }

    @Override
    public Optional<ApiToken> tokenByDigest(String digest) {
        return db.read("reading a token", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_tokens WHERE digest = ?")) {
                ps.setString(1, digest);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(token(rs)) : Optional.<ApiToken>empty();
                }
            }
        });
    }

    @Override
    public List<ApiToken> tokens(long userId) {
        return db.read("listing tokens of user " + userId, c -> {
            List<ApiToken> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(token(rs));
                }
            }
            return out;
        });
    }

    @Override
    public boolean revokeToken(long userId, long tokenId, ChangeNote note) {
        return db.write("revoking token " + tokenId, c -> {
            Optional<ApiToken> before = token(c, "SELECT * FROM api_tokens WHERE id = ?", tokenId);
            if (before.isEmpty() || before.get().userId() != userId) return false;
            if (before.get().revokedAt() != null) return true;
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ?")) {
                db.bindInstant(ps, 1, Instant.now());
                ps.setLong(2, tokenId);
                ps.executeUpdate();
            }
            ApiToken after = token(c, "SELECT * FROM api_tokens WHERE id = ?", tokenId).orElseThrow();
            audit.append(c, new AuditRecord(note, "token.revoke", "token:" + tokenId, snapshot(before.get()), snapshot(after)));
            return true;
        });
    }

    @Override
    public void markTokenUsed(long tokenId, Instant at) {
        db.write("marking token " + tokenId + " used", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")) {
                db.bindInstant(ps, 1, at);
                ps.setLong(2, tokenId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void addSession(Session s) {
        db.write("starting a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (digest, user_id, csrf_token, created_at, last_seen_at)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, s.digest());
                ps.setLong(2, s.userId());
                ps.setString(3, s.csrfToken());
                db.bindInstant(ps, 4, s.createdAt());
                db.bindInstant(ps, 5, s.lastSeenAt());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Session> session(String digest) {
        return db.read("reading a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sessions WHERE digest = ?")) {
                ps.setString(1, digest);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<Session>empty();
                    return Optional.of(new Session(rs.getString("digest"), rs.getLong("user_id"), rs.getString("csrf_token"),
                            db.readInstant(rs, "created_at"), db.readInstant(rs, "last_seen_at")));
                }
            }
        });
    }

    @Override
    public void touchSession(String digest, Instant at) {
        db.write("touching a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE digest = ?")) {
                db.bindInstant(ps, 1, at);
                ps.setString(2, digest);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void removeSession(String digest) {
        db.write("ending a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE digest = ?")) {
                ps.setString(1, digest);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void removeSessionsOf(long userId) {
        db.write("ending the sessions of user " + userId, c -> deleteSessionsOf(c, userId));
    }

    @Override
    public int removeExpiredSessions(Instant idleBefore, Instant createdBefore) {
        return db.write("removing expired sessions", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")) {
                db.bindInstant(ps, 1, idleBefore);
                db.bindInstant(ps, 2, createdBefore);
                return ps.executeUpdate();
            }
        });
    }

    // ---- rows

    private static int deleteSessionsOf(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The audit snapshot of a user: everything but the password hash (which changes are still recorded as such). */
    private static String snapshot(User u) {
        return Snapshot.fields("id", u.id(), "name", u.name(), "role", u.role().code(), "disabled", u.disabled(), "createdAt", u.createdAt());
    }

    /** The audit snapshot of a token: never its digest. */
    private static String snapshot(ApiToken t) {
        return Snapshot.fields("id", t.id(), "userId", t.userId(), "label", t.label(), "createdAt", t.createdAt(),
                "expiresAt", t.expiresAt(), "revokedAt", t.revokedAt());
    }

    private Optional<User> userById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            List<User> found = users(ps);
            return found.stream().findFirst();
        }
    }

    private Optional<User> userByName(Connection c, String name) throws SQLException {
        if (name == null) return Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM users WHERE name_key = ?")) {
            ps.setString(1, key(name));
            List<User> found = users(ps);
            return found.stream().findFirst();
        }
    }

    private List<User> users(PreparedStatement ps) throws SQLException {
        List<User> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new User(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash"),
                        rs.getBoolean("disabled"), db.readInstant(rs, "created_at")));
            }
        }
        return out;
    }

    private Optional<ApiToken> token(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(token(rs)) : Optional.empty();
            }
        }
    }

    private ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("label"), rs.getString("digest"),
                db.readInstant(rs, "created_at"), db.readInstant(rs, "expires_at"), db.readInstant(rs, "revoked_at"),
                db.readInstant(rs, "last_used_at"));
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("no id was generated");
            return keys.getLong(1);
        }
    }
}
