package org.groundtruth.warning;

import java.util.Locale;

/** How pressing an alert is; it only rises while the alert lives (decision 0801). */
public enum AlertLevel {
    /** One spotter, no direction yet (a take-off without heading). */
    INFO,
    /** A direction is known, or several spotters saw it. */
    WATCH,
    /** Several spotters and a direction, or aircraft circling or striking. */
    URGENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AlertLevel atLeast(AlertLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
