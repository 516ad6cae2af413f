package org.groundtruth.audit;

import org.groundtruth.store.Port;
import java.util.List;
import java.util.Optional;

/**
 * The audit log port. Writers elsewhere in storage append inside their own transaction; this port appends a
 * change that stands alone, reads, and verifies.
 */
public interface AuditLog {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<AuditLog> PORT = new Port<>("audit log", AuditLog.class);

    /** Appends one entry in its own transaction and returns it as stored. */
    AuditEntry append(AuditRecord record);

    /**
     * Entries with seq greater than {@code afterSeq}, oldest first, at most {@code limit}; filtered by subject
     * ("incident:42") or action prefix ("review.") when those are not null.
     */
    List<AuditEntry> entries(long afterSeq, int limit, String subject, String actionPrefix);

    /** Entries about one subject, oldest first. */
    default List<AuditEntry> about(String subject) {
        return entries(0, 10_000, subject, null);
    }

    long count();

    /** Walks the whole chain; empty when intact, else the first break, precisely. */
    Optional<String> verify();
}
