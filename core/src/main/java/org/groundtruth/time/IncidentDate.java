package org.groundtruth.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an event happened, as precisely as it is known.
 *
 * <p>Dates are kept as the local calendar dates the source gave ({@code firstDay}..{@code lastDay}), so a
 * date-only record never shifts to the day before in any time zone. A clock time, when known, is kept as
 * local time plus the UTC offset it was given in, from which {@link #instantUtc()} follows.
 */
public record IncidentDate(LocalDate firstDay, LocalDate lastDay, LocalTime localTime, ZoneOffset offset,
                           DatePrecision precision) {
    /** How long the window of a {@link DatePrecision#PART_OF_DAY} date is, from its local time. */
    public static final int PART_OF_DAY_HOURS = 6;

    public IncidentDate {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(precision, "precision");
        Years.require(firstDay, null);
        Years.require(lastDay, null);
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("date window ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
        if (precision == DatePrecision.EXACT_TIME || precision == DatePrecision.PART_OF_DAY) {
            String what = precision == DatePrecision.EXACT_TIME ? "an exact-time date" : "a part-of-day date";
            if (localTime == null) throw new IllegalArgumentException(what + " needs a time of day");
            if (!firstDay.equals(lastDay)) throw new IllegalArgumentException(what + " covers one day");
        } else if (localTime != null) {
            throw new IllegalArgumentException("a time of day is only kept with precision EXACT_TIME or PART_OF_DAY, not " + precision);
        }
        if (precision == DatePrecision.DAY && !firstDay.equals(lastDay)) {
            throw new IllegalArgumentException("a day-precision date covers one day, not " + firstDay + ".." + lastDay);
        }
    }

    public static IncidentDate onDay(LocalDate day) {
        return new IncidentDate(day, day, null, null, DatePrecision.DAY);
    }

    public static IncidentDate at(LocalDate day, LocalTime time, ZoneOffset offset) {
        return new IncidentDate(day, day, time, offset, DatePrecision.EXACT_TIME);
    }

    /** A part of a day: the window of {@link #PART_OF_DAY_HOURS} hours from {@code start}, local time. */
    public static IncidentDate partOfDay(LocalDate day, LocalTime start, ZoneOffset offset) {
        return new IncidentDate(day, day, start, offset, DatePrecision.PART_OF_DAY);
    }

    public static IncidentDate between(LocalDate first, LocalDate last) {
        if (first.equals(last)) return onDay(first);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        DatePrecision p = days <= 7 ? DatePrecision.WEEK : days <= 31 ? DatePrecision.MONTH : DatePrecision.YEAR;
        return new IncidentDate(first, last, null, null, p);
    }

    public static IncidentDate inMonth(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new IncidentDate(first, first.withDayOfMonth(first.lengthOfMonth()), null, null, DatePrecision.MONTH);
    }

    public static IncidentDate inYear(int year) {
        return new IncidentDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, DatePrecision.YEAR);
    }

    /** The moment, in UTC, when a clock time is known; null otherwise. A time without offset is read as UTC. */
    public Instant instantUtc() {
        if (localTime == null || precision != DatePrecision.EXACT_TIME) return null;
        return firstDay.atTime(localTime).toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    /**
     * The window in UTC when the part of the day is known: {start, end} (end exclusive, {@link #PART_OF_DAY_HOURS}
     * later); null for other precisions. A time without offset is read as UTC.
     */
    public Instant[] partOfDayUtc() {
        if (precision != DatePrecision.PART_OF_DAY) return null;
        Instant start = firstDay.atTime(localTime).toInstant(offset == null ? ZoneOffset.UTC : offset);
        return new Instant[] {start, start.plusSeconds(PART_OF_DAY_HOURS * 3600L)};
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !lastDay.isBefore(from)) && (to == null || !firstDay.isAfter(to));
    }

    /** The date as recorded, with its precision: "2015-11-29 13:45 +03:00", "2015-11 (month)". */
    public String display() {
        return switch (precision) {
            case EXACT_TIME -> firstDay + " " + localTime.format(DateTimeFormatter.ofPattern("HH:mm"))
                    + (offset == null ? " UTC" : " " + (offset.equals(ZoneOffset.UTC) ? "UTC" : offset.getId()));
            case PART_OF_DAY -> firstDay + " " + PartOfDay.nameOf(localTime) + " ("
                    + localTime.format(DateTimeFormatter.ofPattern("HH:mm")) + "–"
                    + localTime.plusHours(PART_OF_DAY_HOURS).format(DateTimeFormatter.ofPattern("HH:mm"))
                    + (offset == null ? " UTC" : " " + (offset.equals(ZoneOffset.UTC) ? "UTC" : offset.getId())) + ")";
            case DAY -> firstDay.toString();
            case WEEK -> firstDay + " to " + lastDay + " (week)";
            case MONTH -> isWholeMonth() ? firstDay.toString().substring(0, 7) + " (month)"
                    : firstDay + " to " + lastDay + " (month)";
            case YEAR -> isWholeYear() ? firstDay.getYear() + " (year)" : firstDay + " to " + lastDay;
        };
    }

    private boolean isWholeMonth() {
        return firstDay.getDayOfMonth() == 1 && lastDay.equals(firstDay.withDayOfMonth(firstDay.lengthOfMonth()));
    }

    private boolean isWholeYear() {
        return firstDay.getDayOfYear() == 1 && lastDay.equals(firstDay.withDayOfYear(firstDay.lengthOfYear()));
    }
}
