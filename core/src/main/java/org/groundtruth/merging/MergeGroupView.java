package org.groundtruth.merging;

import java.time.Instant;
import java.util.List;

/**
 * A stored merge group (decision 0549): one proposed incident, its members and the merges that join them, each with
 * its own status.
 *
 * @param members the incidents the group would make one, smallest first
 */
public record MergeGroupView(long id, double confidence, double value, List<Long> members, Instant proposedAt,
                             List<MergeProposal> merges) {
    public MergeGroupView {
        members = List.copyOf(members);
        merges = List.copyOf(merges);
    }

    /** Pending while any of its merges waits for a reviewer. */
    public boolean pending() {
        return merges.stream().anyMatch(m -> m.status() == MergeStatus.PENDING);
    }
}
