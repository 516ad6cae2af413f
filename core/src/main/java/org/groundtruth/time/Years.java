package org.groundtruth.time;

import java.time.LocalDate;

/**
 * The years a date in the ledger may fall in: 1900 to 2100 (decision 0614). A year 0000, a negative year or 9999 is
 * a placeholder or a slip (a missing date filled with zeros, "9999-12-31" for "unknown"), never the day of a strike,
 * an interview or a statement; java.time accepts all of them, so the domain types refuse them. The message names the
 * range, not the value given.
 */
public final class Years {
    public static final int FIRST = 1900;
    public static final int LAST = 2100;

    private Years() {
    }

    /** What is wrong with the year of {@code day}, or null when it is in range. */
    public static String problem(LocalDate day) {
        if (day == null || (day.getYear() >= FIRST && day.getYear() <= LAST)) return null;
        return "the year is outside " + FIRST + "–" + LAST + " (a year 0000, a negative year or 9999 stands for a missing date, not a real one)";
    }

    /** {@code day}, or an IllegalArgumentException naming {@code what} (if not null) when its year is out of range. */
    public static LocalDate require(LocalDate day, String what) {
        String p = problem(day);
        if (p != null) throw new IllegalArgumentException(what == null ? p : what + ": " + p);
        return day;
    }
}
