package org.groundtruth.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something to append to a file's chain of custody.
 *
 * @param at      when it happened; kept to the millisecond (the precision every store round-trips)
 * @param actor   who did it (a user name, or "cli:NAME" / "system")
 * @param details what and how, key to text ("sourceUrl", "incidentId", "method", "result", ...)
 */
public record CustodyEvent(CustodyAction action, String actor, Instant at, Map<String, String> details) {
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ACTOR = 200;

    public CustodyEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("a custody entry needs who did it");
        actor = actor.strip();
        if (actor.length() > MAX_ACTOR) throw new IllegalArgumentException("actor name longer than " + MAX_ACTOR + " characters");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        TreeMap<String, String> d = new TreeMap<>();
        if (details != null) {
            for (Map.Entry<String, String> e : details.entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) continue;
                String key = e.getKey();
                if (key == null || !key.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}")) throw new IllegalArgumentException("custody detail key '" + key + "' is not a plain name");
                if (e.getValue().length() > MAX_TEXT) throw new IllegalArgumentException("custody detail " + key + " is longer than " + MAX_TEXT + " characters");
                d.put(key, e.getValue().strip());
            }
        }
        details = Collections.unmodifiableMap(d);
    }

    public static CustodyEvent of(CustodyAction action, String actor, Instant at, Map<String, String> details) {
        return new CustodyEvent(action, actor, at, details);
    }
}
