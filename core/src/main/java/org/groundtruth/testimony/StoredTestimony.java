package org.groundtruth.testimony;

import java.time.Instant;
import java.util.Objects;

/** A statement as the ledger holds it: the open part, and the identity still sealed. */
public record StoredTestimony(long id, long incidentId, Statement statement, SealedIdentity identity, Instant createdAt) {
    public StoredTestimony {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
