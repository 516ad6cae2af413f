package org.groundtruth.warning;

import java.util.Locale;

/**
 * What one sighting (or the passing of time) did to the alerts.
 *
 * @param kind   issued, updated, raised (updated to a higher level), cancelled, expired, or ignored
 * @param alert  the alert as it now is; null when ignored
 * @param reason in words, for logs and the spotter's reply ("landing matched no active flight")
 */
public record AlertChange(Kind kind, Alert alert, String reason) {
    public enum Kind {
        ISSUED, UPDATED, RAISED, CANCELLED, EXPIRED, IGNORED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AlertChange {
        if ((alert == null) != (kind == Kind.IGNORED)) throw new IllegalArgumentException("only an ignored sighting has no alert");
    }

    public static AlertChange ignored(String reason) {
        return new AlertChange(Kind.IGNORED, null, reason);
    }

    /** Whether subscribers must hear of it. */
    public boolean delivered() {
        return kind != Kind.IGNORED;
    }
}
