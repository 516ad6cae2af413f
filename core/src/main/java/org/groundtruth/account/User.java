package org.groundtruth.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person with an account. {@code passwordHash} is an encoded Argon2id hash (PHC string format), never a password.
 *
 * @param disabled a disabled user can neither log in nor use tokens; kept so that the audit log's names stay meaningful
 */
public record User(long id, String name, Role role, String passwordHash, boolean disabled, Instant createdAt) {
    public User {
        name = UserNames.check(name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Never prints the hash. */
    @Override
    public String toString() {
        return "User[" + id + " " + name + " " + role.code() + (disabled ? " disabled" : "") + "]";
    }
}
