package org.groundtruth.evidence;

import java.time.Instant;
import java.util.Objects;

/** A stored file and what was found in it, to be recorded in the ledger. */
public record NewEvidence(StoredBlob blob, String originalName, Analysis analysis, Instant addedAt) {
    public NewEvidence {
        Objects.requireNonNull(blob, "blob");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(addedAt, "addedAt");
        originalName = EvidenceNames.clean(originalName);
    }
}
