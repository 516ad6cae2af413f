package org.groundtruth.merging;

/** One run of the engine over a store's incidents: propose, store, apply the sure ones. */
public final class MergeWorkflow {
    /** Confidence at which a merge is applied without a reviewer, unless told otherwise. */
    public static final double DEFAULT_AUTO_APPLY_AT = 0.95;

    private MergeWorkflow() {
    }

    /** Proposes groups (decision 0549): one proposed incident per group, the sure ones applied. */
    public static MergeGroupRun propose(MergeLedger ledger, MergeParameters p, double autoApplyAt, String actor) {
        if (!(autoApplyAt >= 0)) throw new IllegalArgumentException("auto-apply threshold " + autoApplyAt + " must be 0..1 (above 1: never)");
        java.util.List<MergeFootprint> footprints = ledger.footprints();
        CandidatePairs pairs = MergeEngine.pairs(footprints, p);
        return ledger.recordGroups(pairs.size(), MergeGroups.propose(footprints, pairs, MergeGroups.DEFAULT_LINK_AT), autoApplyAt, actor);
    }

    /** Every candidate pair as its own proposal (the workflow before groups; kept for comparison in `bench merge`). */
    public static MergeRun run(MergeLedger ledger, MergeParameters p, double autoApplyAt, String actor) {
        if (!(autoApplyAt >= 0)) throw new IllegalArgumentException("auto-apply threshold " + autoApplyAt + " must be 0..1 (above 1: never)");
        return ledger.record(MergeEngine.propose(ledger.footprints(), p), autoApplyAt, actor);
    }
}
