package org.groundtruth.incident;

import java.util.Objects;

/** Civilian casualties as ranges; the breakdown of the killed by group is kept where sources give it. */
public record Casualties(CountRange killed, CountRange injured, CountRange childrenKilled, CountRange womenKilled,
                         CountRange menKilled) {
    public static final Casualties UNKNOWN =
            new Casualties(CountRange.UNKNOWN, CountRange.UNKNOWN, CountRange.UNKNOWN, CountRange.UNKNOWN, CountRange.UNKNOWN);

    public Casualties {
        killed = Objects.requireNonNullElse(killed, CountRange.UNKNOWN);
        injured = Objects.requireNonNullElse(injured, CountRange.UNKNOWN);
        childrenKilled = Objects.requireNonNullElse(childrenKilled, CountRange.UNKNOWN);
        womenKilled = Objects.requireNonNullElse(womenKilled, CountRange.UNKNOWN);
        menKilled = Objects.requireNonNullElse(menKilled, CountRange.UNKNOWN);
    }

    public static Casualties killed(CountRange killed) {
        return new Casualties(killed, null, null, null, null);
    }
}
