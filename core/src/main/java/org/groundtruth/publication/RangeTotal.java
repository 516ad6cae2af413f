package org.groundtruth.publication;

import org.groundtruth.incident.CountRange;

/**
 * A sum of count ranges, kept honest: the lowest total, the highest (or open when any incident's count is "at
 * least"), and how many incidents gave no count at all, so "40-49" never hides that three incidents were not counted.
 *
 * @param min     sum of the known minimums
 * @param max     sum of the known maximums, or -1 when a count was open-ended ("at least")
 * @param counted incidents whose count is known
 * @param unknown incidents whose count is unknown
 */
public record RangeTotal(long min, long max, int counted, int unknown) {
    public static final RangeTotal NONE = new RangeTotal(0, 0, 0, 0);

    public RangeTotal {
        if (min < 0 || counted < 0 || unknown < 0 || max < -1) throw new IllegalArgumentException("negative total");
        if (max != -1 && max < min) throw new IllegalArgumentException("total maximum " + max + " below its minimum " + min);
    }

    public RangeTotal plus(CountRange r) {
        if (!r.isKnown()) return new RangeTotal(min, max, counted, unknown + 1);
        long newMax = max == -1 || r.max() == null ? -1 : max + r.max();
        return new RangeTotal(min + r.min(), newMax, counted + 1, unknown);
    }

    public RangeTotal plus(RangeTotal o) {
        long newMax = max == -1 || o.max == -1 ? -1 : max + o.max;
        return new RangeTotal(min + o.min, newMax, counted + o.counted, unknown + o.unknown);
    }

    public boolean openEnded() {
        return max == -1;
    }

    /** "40-49", "12", "at least 40", or "unknown" when no incident was counted. */
    public String range() {
        if (counted == 0) return "unknown";
        if (max == -1) return "at least " + min;
        return min == max ? String.valueOf(min) : min + "-" + max;
    }
}
