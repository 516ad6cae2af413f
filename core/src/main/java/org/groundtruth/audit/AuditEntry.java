package org.groundtruth.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log as stored: its place in the chain ({@code seq}, from 1), when, who, why, what, before
 * and after, the hash of the entry before it ({@code previousHash}, 64 zeros for the first) and its own hash over
 * {@link AuditChain#canonical(AuditEntry) the canonical form}.
 */
public record AuditEntry(long seq, Instant at, String actor, String reason, String action, String subject,
                         String before, String after, String previousHash, String hash) {
    public AuditEntry {
        if (seq < 1) throw new IllegalArgumentException("audit seq " + seq + " is below 1");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
