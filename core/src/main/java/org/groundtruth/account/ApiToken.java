package org.groundtruth.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token for scripts, as stored: its SHA-256 digest (the token itself is shown once and never kept), whose it
 * is, and whether it still works.
 *
 * @param expiresAt null for a token that lasts until revoked
 * @param revokedAt null while not revoked
 */
public record ApiToken(long id, long userId, String label, String digest, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {
    public ApiToken {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(createdAt, "createdAt");
        if (label.length() > 200) throw new IllegalArgumentException("token label is longer than 200 characters");
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    @Override
    public String toString() {
        return "ApiToken[" + id + " of user " + userId + " '" + label + "']";
    }
}
