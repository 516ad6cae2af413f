package org.groundtruth.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser session as stored: the SHA-256 digest of its id (the id itself lives only in the user's cookie), whose
 * it is, its CSRF token, and the times that decide its expiry.
 */
public record Session(String digest, long userId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    /** Idle and absolute lifetimes of a session. */
    public record Policy(Duration idle, Duration absolute) {
        public static final Policy DEFAULT = new Policy(Duration.ofHours(2), Duration.ofHours(12));

        public Policy {
            if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
                throw new IllegalArgumentException("session lifetimes: idle " + idle + " must be positive and at most absolute " + absolute);
            }
        }
    }

    public Session {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    public boolean liveAt(Instant now, Policy policy) {
        return now.isBefore(lastSeenAt.plus(policy.idle())) && now.isBefore(createdAt.plus(policy.absolute()));
    }

    @Override
    public String toString() {
        return "Session[of user " + userId + " since " + createdAt + "]";
    }
}
