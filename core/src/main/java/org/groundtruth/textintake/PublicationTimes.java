package org.groundtruth.textintake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads a publication time as people give it (decision 1005), for the command line and the API alike. */
public final class PublicationTimes {
    private PublicationTimes() {
    }

    /**
     * With its UTC offset ("2015-11-30T08:00+02:00"), or a local time or a day, read as UTC (a day at noon, so that its
     * date is the same in every zone the extractor might compare it with).
     *
     * @throws IllegalArgumentException saying which forms are read (never repeating what was given)
     */
    public static OffsetDateTime parse(String s) {
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeException ignored) {
            // not with an offset; try the forms without one
        }
        try {
            return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(t).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date-time (use 2015-11-30T08:00+02:00 or 2015-11-30)");
        }
    }
}
