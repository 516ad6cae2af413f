package org.groundtruth.intake.interpret;

import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Date patterns tried in order, built once and reused for every row. Resolution is strict, so that an impossible
 * date such as 2015-02-30 is refused instead of silently becoming 2015-02-28. A pattern without a day ("uuuu-MM")
 * yields a month-precision date, one without a month a year-precision date.
 */
public final class DateFormats {
    private final List<DateTimeFormatter> formatters;
    private final List<String> patterns;
    private final boolean isoFirst;

    private DateFormats(List<String> patterns) {
        if (patterns.isEmpty()) throw new IllegalArgumentException("no date pattern given");
        this.patterns = List.copyOf(patterns);
        List<DateTimeFormatter> list = new ArrayList<>();
        for (String p : patterns) list.add(formatter(p));
        this.formatters = List.copyOf(list);
        this.isoFirst = patterns.get(0).equals("uuuu-MM-dd") || patterns.get(0).equals("yyyy-MM-dd");
    }

    /** 2015-11-29: the commonest form, read without the formatter machinery (a million rows, a million dates). */
    private static boolean isIsoShape(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) return false;
        return true;
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (t.charAt(i) - '0');
        return n;
    }

    /** @throws IllegalArgumentException naming the pattern when one is not a valid java.time pattern */
    public static DateFormats of(String... patterns) {
        return new DateFormats(List.of(patterns));
    }

    public static DateFormats of(List<String> patterns) {
        return new DateFormats(patterns);
    }

    public static final DateFormats ISO = of("uuuu-MM-dd");

    /** Builds one strict formatter; "yyyy" is read as the proleptic year "uuuu" (strict mode needs an era for "yyyy"). */
    public static DateTimeFormatter formatter(String pattern) {
        String p = pattern.contains("G") ? pattern : pattern.replace('y', 'u');
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid date pattern '" + pattern + "': " + e.getMessage());
        }
    }

    /** A day; a value matching only a month or year pattern is refused here. */
    public LocalDate day(String text) {
        IncidentDate d = date(text);
        if (d.precision() != DatePrecision.DAY) {
            throw new IllegalArgumentException("'" + text + "' is not a single day");
        }
        return d.firstDay();
    }

    /** A day, a month or a year, as precise as the matching pattern. */
    public IncidentDate date(String text) {
        String t = text.strip();
        if (isoFirst && isIsoShape(t)) {
            try {
                return IncidentDate.onDay(LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("impossible date '" + text + "': " + e.getMessage());
            }
        }
        String impossible = null;
        for (DateTimeFormatter f : formatters) {
            TemporalAccessor parsed;
            try {
                parsed = f.parse(t);
            } catch (DateTimeParseException e) {
                if (isResolveError(e) && impossible == null) impossible = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                continue;
            }
            return toDate(parsed);
        }
        if (impossible != null) throw new IllegalArgumentException("impossible date '" + text + "': " + impossible);
        throw new IllegalArgumentException("'" + text + "' is not a date in the expected form ("
                + String.join(" or ", patterns) + ")");
    }

    /** A time of day with the first pattern that matches. */
    public static LocalTime time(String text, List<DateTimeFormatter> formatters) {
        for (DateTimeFormatter f : formatters) {
            try {
                return LocalTime.from(f.parse(text.strip()));
            } catch (DateTimeParseException e) {
                // try the next one
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a time of day (like 13:45)");
    }

    private static IncidentDate toDate(TemporalAccessor t) {
        int year = t.get(ChronoField.YEAR);
        if (!t.isSupported(ChronoField.MONTH_OF_YEAR)) return IncidentDate.inYear(year);
        int month = t.get(ChronoField.MONTH_OF_YEAR);
        if (!t.isSupported(ChronoField.DAY_OF_MONTH)) return IncidentDate.inMonth(year, month);
        return IncidentDate.onDay(LocalDate.of(year, month, t.get(ChronoField.DAY_OF_MONTH)));
    }

    /** Parsed in form but refused when resolving: the text had the right shape, the date does not exist. */
    private static boolean isResolveError(DateTimeParseException e) {
        return e.getCause() != null && e.getErrorIndex() == 0 && e.getMessage().contains("could not be parsed:");
    }
}
