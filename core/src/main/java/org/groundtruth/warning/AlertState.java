package org.groundtruth.warning;

import java.util.Locale;

/** An alert is active until its flight lands or returns to base (cancelled) or no sighting refreshes it (expired). */
public enum AlertState {
    ACTIVE, CANCELLED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
