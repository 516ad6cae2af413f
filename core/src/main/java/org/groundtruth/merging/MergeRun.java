package org.groundtruth.merging;

/**
 * What one run of the engine over the store did.
 *
 * @param candidates   pairs the engine found among active incidents
 * @param known        of those, pairs that already had a proposal (left as they were: a reviewer's decision stands)
 * @param proposed     new proposals stored
 * @param applied      new proposals applied automatically (confidence at or above the threshold)
 * @param queued       new proposals left pending for a reviewer
 * @param blocked      sure proposals not applied because they would join incidents a reviewer split
 */
public record MergeRun(int candidates, int known, int proposed, int applied, int queued, int blocked) {
}
