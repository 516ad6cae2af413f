package org.groundtruth.warning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a spotter saw an aircraft do. */
public enum EventKind {
    TAKE_OFF, OVERFLIGHT, HEADING, CIRCLING, STRIKE_SEEN, STRIKE_HEARD, LANDING, RETURNED_TO_BASE;

    /** The wire code: "take_off", "returned_to_base". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A landing or a return to base ends the flight and cancels its alert. */
    public boolean endsFlight() {
        return this == LANDING || this == RETURNED_TO_BASE;
    }

    /** The aircraft is attacking or about to, here: the threat is to the places around it, now. */
    public boolean isLocalThreat() {
        return this == CIRCLING || this == STRIKE_SEEN || this == STRIKE_HEARD;
    }

    /** Accepts the code, any case, with hyphens or spaces for underscores ("take-off", "Take off", "takeoff"). */
    public static Optional<EventKind> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (key.equals("TAKEOFF")) key = "TAKE_OFF";
        for (EventKind k : values()) if (k.name().equals(key)) return Optional.of(k);
        return Optional.empty();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(EventKind::code).toList());
    }
}
