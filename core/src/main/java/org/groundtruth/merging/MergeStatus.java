package org.groundtruth.merging;

/** Where a merge proposal stands. */
public enum MergeStatus {
    /** In the review queue. */
    PENDING,
    /** Applied: the second incident's reports moved under the survivor; can be undone. */
    APPLIED,
    /** A reviewer said these are different strikes (rejected, or split after being applied): never merged again. */
    REJECTED,
    /** Another applied merge already joined both incidents; back to pending if that merge is undone. */
    SUPERSEDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MergeStatus parse(String s) {
        for (MergeStatus m : values()) if (m.code().equalsIgnoreCase(s == null ? "" : s.strip())) return m;
        throw new IllegalArgumentException("unknown merge status (pending, applied, rejected, superseded)");
    }
}
