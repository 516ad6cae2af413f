package org.groundtruth.account;

import org.groundtruth.store.Port;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.groundtruth.audit.ChangeNote;

/**
 * Users, API tokens and sessions. Implemented in storage for SQLite and PostgreSQL; one contract test runs on both.
 * Every change to users or tokens appends an entry to the audit log in the same transaction (sessions are not
 * audited: logging in is not a change to the ledger).
 */
public interface AccountStore {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<AccountStore> PORT = new Port<>("accounts", AccountStore.class);

    /** Adds a user; refuses a name already taken (case-insensitively) with an IllegalArgumentException. */
    User addUser(String name, Role role, String passwordHash, ChangeNote note);

    Optional<User> user(long id);

    /** Finds a user by name, case-insensitively. */
    Optional<User> user(String name);

    List<User> users();

    long countUsers();

    User changeRole(long userId, Role role, ChangeNote note);

    User changePassword(long userId, String passwordHash, ChangeNote note);

    /** Failed logins, for the login throttle (not audited: a failed login changes nothing). */
    LoginFailures loginFailures();

    /**
     * Replaces a password hash with one of the same password at a higher cost, keeping the user's sessions; only
     * while the stored hash is still {@code expectedHash}, so that a password changed meanwhile is never overwritten.
     * Returns whether it was replaced.
     */
    boolean upgradePasswordHash(long userId, String expectedHash, String newHash, ChangeNote note);

    /** Disables or enables a user; disabling also ends their sessions and revokes their tokens. */
    User setDisabled(long userId, boolean disabled, ChangeNote note);

    ApiToken addToken(long userId, String label, String digest, Instant expiresAt, ChangeNote note);

    /** The token with this digest and its owner, whatever their state (the caller checks usability). */
    Optional<ApiToken> tokenByDigest(String digest);

    List<ApiToken> tokens(long userId);

    /** Revokes a token of this user; false when the user has no such token (another user's token is "no such"). */
    boolean revokeToken(long userId, long tokenId, ChangeNote note);

    void markTokenUsed(long tokenId, Instant at);

    void addSession(Session session);

    Optional<Session> session(String digest);

    void touchSession(String digest, Instant at);

    void removeSession(String digest);

    void removeSessionsOf(long userId);

    /** Removes sessions last seen before {@code idleBefore} or created before {@code createdBefore}. */
    int removeExpiredSessions(Instant idleBefore, Instant createdBefore);
}
