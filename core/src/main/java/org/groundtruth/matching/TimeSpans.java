package org.groundtruth.matching;

import org.groundtruth.time.IncidentDate;

import java.time.ZoneOffset;

/** Turns dates as recorded into the closed windows of epoch seconds the matcher compares. */
public final class TimeSpans {
    public static final long DAY_SECONDS = 86_400;

    private TimeSpans() {
    }

    /** First second of the window: the clock time when known, the part of the day's start, else 00:00:00 UTC of the first day. */
    public static long firstSecond(IncidentDate date) {
        var part = date.partOfDayUtc();
        if (part != null) return part[0].getEpochSecond();
        var instant = date.instantUtc();
        return instant != null ? instant.getEpochSecond() : date.firstDay().toEpochSecond(java.time.LocalTime.MIDNIGHT, ZoneOffset.UTC);
    }

    /** Last second of the window: the clock time when known, the part of the day's end, else 23:59:59 UTC of the last day. */
    public static long lastSecond(IncidentDate date) {
        var part = date.partOfDayUtc();
        if (part != null) return part[1].getEpochSecond() - 1;
        var instant = date.instantUtc();
        return instant != null ? instant.getEpochSecond()
                : date.lastDay().toEpochSecond(java.time.LocalTime.MIDNIGHT, ZoneOffset.UTC) + DAY_SECONDS - 1;
    }
}
