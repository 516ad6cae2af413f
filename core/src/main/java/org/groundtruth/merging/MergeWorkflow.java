package org.groundtruth.merging;

/** One run of the engine over a store's incidents: propose, store, apply the sure ones. */
public final class MergeWorkflow {
    /** Confidence at which a merge is applied without a reviewer, unless told otherwise. */
    public static final double DEFAULT_AUTO_APPLY_AT = 0.95;

    private MergeWorkflow() {
    }

    public static MergeRun run(MergeLedger ledger, MergeParameters p, double autoApplyAt, String actor) {
        if (!(autoApplyAt >= 0)) throw new IllegalArgumentException("auto-apply threshold " + autoApplyAt + " must be 0..1 (above 1: never)");
        return ledger.record(MergeEngine.propose(ledger.footprints(), p), autoApplyAt, actor);
    }
}
