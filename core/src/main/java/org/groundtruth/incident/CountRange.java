package org.groundtruth.incident;

/**
 * A count known only as a range (sources disagree, or say "at least 40"). Both bounds null means unknown;
 * a null max means "at least min".
 */
public record CountRange(Integer min, Integer max) {
    public static final CountRange UNKNOWN = new CountRange(null, null);

    public CountRange {
        if (min != null && min < 0) throw new IllegalArgumentException("count below zero: " + min);
        if (max != null && max < 0) throw new IllegalArgumentException("count below zero: " + max);
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("count range " + min + "-" + max + " has its maximum below its minimum");
        }
        if (min == null && max != null) min = 0;
    }

    public static CountRange exactly(int n) {
        return new CountRange(n, n);
    }

    public static CountRange of(Integer min, Integer max) {
        return min == null && max == null ? UNKNOWN : new CountRange(min, max);
    }

    public boolean isKnown() {
        return min != null;
    }

    /** "40-49", "12", "at least 3", or "unknown". */
    public String display() {
        if (min == null) return "unknown";
        if (max == null) return "at least " + min;
        return min.equals(max) ? String.valueOf(min) : min + "-" + max;
    }
}
