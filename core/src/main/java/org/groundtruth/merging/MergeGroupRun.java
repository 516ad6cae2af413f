package org.groundtruth.merging;

/**
 * What one run of the grouping workflow did.
 *
 * @param candidatePairs pairs the engine found among active incidents
 * @param groups         groups proposed by the engine (each a proposed incident of two or more)
 * @param incidents      incidents in those groups
 * @param newGroups      groups with at least one merge not proposed before (stored)
 * @param known          merges already proposed before (left as a reviewer decided)
 * @param appliedGroups  new groups applied automatically (confidence at or above the threshold)
 * @param queuedGroups   new groups left for a reviewer
 * @param blocked        sure merges held back: they would join incidents a reviewer split, or of different review status
 */
public record MergeGroupRun(int candidatePairs, int groups, int incidents, int newGroups, int known, int appliedGroups,
                            int queuedGroups, int blocked) {
}
