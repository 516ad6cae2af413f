package org.groundtruth.merging;

import java.util.List;

/**
 * One proposed incident: the incidents (each a report or a few) the engine takes for one strike, to be accepted or
 * rejected as a whole (decision 0549).
 *
 * @param incidentIds the members, smallest first (the smallest survives a merge)
 * @param confidence  the weakest of the merges that join the group: the group holds if that one does
 * @param value       what a reviewer's decision settles, for ranking the queue: duplicates removed × confidence
 * @param links       the merges that join the group (a spanning tree of its most confident pairs), each with its reason
 */
public record MergeGroup(List<Long> incidentIds, double confidence, double value, List<MergeCandidate> links) {
    public MergeGroup {
        incidentIds = List.copyOf(incidentIds);
        links = List.copyOf(links);
        if (incidentIds.size() < 2) throw new IllegalArgumentException("a merge group needs at least two incidents");
        if (links.size() != incidentIds.size() - 1) throw new IllegalArgumentException("a group of n incidents is joined by n - 1 merges");
    }

    public int size() {
        return incidentIds.size();
    }
}
