package org.groundtruth.intake.interpret;

import org.groundtruth.incident.CountRange;

/** Counts of people as sources write them: "12", "12.0" (R exports), "3-5", "3–5". */
public final class Counts {
    private Counts() {
    }

    /** A whole, non-negative number. */
    public static int count(String text) {
        String t = text.strip();
        if (t.endsWith(".0")) t = t.substring(0, t.length() - 2);
        int n = 0;
        if (t.isEmpty() || t.length() > 9) throw notACount(text);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') throw notACount(text);
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** "12" (exactly 12) or a range "3-5" / "3–5". */
    public static CountRange range(String text) {
        String t = text.strip();
        int dash = indexOfDash(t);
        if (dash <= 0) {
            int n = count(t);
            return CountRange.exactly(n);
        }
        int min = count(t.substring(0, dash));
        int max = count(t.substring(dash + 1));
        if (max < min) throw new IllegalArgumentException("count range '" + text + "' has its maximum below its minimum");
        return CountRange.of(min, max);
    }

    private static int indexOfDash(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') return i;
        }
        return -1;
    }

    private static IllegalArgumentException notACount(String text) {
        return new IllegalArgumentException("'" + text + "' is not a count (a whole number of people, like 12)");
    }
}
