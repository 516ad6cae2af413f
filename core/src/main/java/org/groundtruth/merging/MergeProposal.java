package org.groundtruth.merging;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored proposal to merge two incidents, with what happened to it.
 *
 * @param survivorId while applied, the incident that holds both incidents' reports (else null)
 * @param mergedId   while applied, the incident merged into the survivor, kept but hidden from search (else null)
 * @param automatic  applied by the engine because its confidence was above the threshold
 * @param decidedBy  who last applied, undid or rejected it ("system:merge" for automatic merges), null while never decided
 * @param note       the reviewer's note, or why the engine could not apply it
 */
public record MergeProposal(long id, long firstId, long secondId, double confidence, double distanceKm, long gapSeconds,
                            String reason, MergeStatus status, Long survivorId, Long mergedId, boolean automatic,
                            Instant proposedAt, Instant decidedAt, String decidedBy, String note) {
    public MergeProposal {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        if (firstId >= secondId) throw new IllegalArgumentException("first id must be below second id");
        if ((status == MergeStatus.APPLIED) != (survivorId != null && mergedId != null)) {
            throw new IllegalArgumentException("survivor and merged incident are set exactly while applied");
        }
    }
}
