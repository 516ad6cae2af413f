package org.groundtruth.merging;

import java.time.Instant;
import java.util.Objects;

/** One step in a proposal's history: proposed, applied, undone, rejected, split, superseded, reopened. */
public record MergeEvent(long proposalId, String action, String actor, Instant at, String note) {
    public MergeEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
