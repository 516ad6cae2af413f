package org.groundtruth.merging;

import org.groundtruth.store.Port;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The persisted merge workflow (implemented in storage for SQLite and PostgreSQL; one contract suite runs on both).
 * Every change is one transaction. No operation deletes or rewrites a report: applying a merge moves the merged
 * incident's reports under the survivor and keeps the merged incident (marked merged, hidden from search); undo
 * moves exactly those reports back.
 *
 * <p>Errors: an unknown proposal is a {@link java.util.NoSuchElementException}; an operation the proposal's status
 * does not allow (undoing a pending proposal, applying a rejected one, a merge that would join incidents a
 * reviewer split) is an {@link IllegalStateException} saying why.
 */
public interface MergeLedger {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<MergeLedger> PORT = new Port<>("merges", MergeLedger.class);

    /** Footprints of the active (not merged away), placed incidents, with their reports' text signatures. */
    List<MergeFootprint> footprints();

    /**
     * Stores the candidates that have no proposal yet as pending, then applies those with confidence at or above
     * {@code autoApplyAt} (highest first) as {@code actor}; pairs a reviewer rejected are never proposed again.
     * An {@code autoApplyAt} above 1 applies nothing.
     */
    MergeRun record(List<MergeCandidate> candidates, double autoApplyAt, String actor);

    /** Proposals with this status: pending ones by confidence (highest first), others by id. */
    List<MergeProposal> list(MergeStatus status, int limit, int offset);

    long count(MergeStatus status);

    Optional<MergeProposal> find(long proposalId);

    /** Applies a pending proposal: the later of the two incidents (after earlier merges) moves into the earlier. */
    MergeProposal apply(long proposalId, String actor);

    /** Undoes an applied merge exactly; the proposal goes back to pending. */
    MergeProposal undo(long proposalId, String actor);

    /** Rejects a pending proposal, or splits an applied one (undo, then reject): the pair is never merged again. */
    MergeProposal reject(long proposalId, String actor, String note);

    List<MergeEvent> history(long proposalId);

    /**
     * Stores the groups (decision 0549): each group's merges that have no proposal yet, as pending proposals of that
     * group, then applies the groups whose confidence is at or above {@code autoApplyAt}, merge by merge, as
     * {@code actor}. A merge a reviewer rejected is never proposed again.
     */
    MergeGroupRun recordGroups(int candidatePairs, List<MergeGroup> groups, double autoApplyAt, String actor);

    /** Groups with a pending merge, most valuable first, whose confidence lies in [minConfidence, maxConfidence]. */
    List<MergeGroupView> pendingGroups(double minConfidence, double maxConfidence, int limit, int offset);

    long countPendingGroups();

    Optional<MergeGroupView> group(long groupId);

    /** Accepts a whole group: applies every pending merge of it, in one transaction (all or none). */
    MergeGroupView applyGroup(long groupId, String actor);

    /** Rejects a whole group: every pending merge of it becomes a cannot-link; applied ones stay (split them one by one). */
    MergeGroupView rejectGroup(long groupId, String actor, String note);

    /** The incident this one is merged into, if it is merged. */
    OptionalLong mergedInto(long incidentId);
}
