package org.groundtruth.storage.sqlite;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Reads back the ISO-8601 texts the SQLite store writes ({@link Instant#toString}, {@link LocalDate#toString},
 * {@link LocalTime#toString}) by their fixed shape, without java.time's general formatter, which cost about a sixth
 * of a public list request's CPU (decision 0422). A text of any other shape, or out of range, goes to java.time's
 * own parser, which gives the same value or makes the error, so the result is always what {@code Instant.parse} /
 * {@code LocalDate.parse} / {@code LocalTime.parse} would give.
 */
final class IsoText {
    private IsoText() {
    }

    /** "2015-11-29T10:15:30Z", with 1 to 9 digits of fraction or none, as {@link Instant#parse}. */
    static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(10) == 'T' && s.charAt(n - 1) == 'Z' && (n == 20 || s.charAt(19) == '.' && n <= 30 && n >= 22)) {
            LocalDate day = fastDate(s);
            int h = twoDigits(s, 11), m = twoDigits(s, 14), sec = twoDigits(s, 17);
            int nanos = n == 20 ? 0 : fraction(s, 20, n - 1);
            if (day != null && s.charAt(13) == ':' && s.charAt(16) == ':' && h >= 0 && h < 24 && m >= 0 && m < 60
                    && sec >= 0 && sec < 60 && nanos >= 0) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + h * 3600 + m * 60 + sec, nanos);
            }
        }
        return Instant.parse(s);
    }

    /** "2015-11-29", as {@link LocalDate#parse}. */
    static LocalDate date(String s) {
        LocalDate day = s.length() == 10 ? fastDate(s) : null;
        return day != null ? day : LocalDate.parse(s);
    }

    /** "10:15", "10:15:30" or "10:15:30.5" (1 to 9 digits of fraction), as {@link LocalTime#parse}. */
    static LocalTime time(String s) {
        int n = s.length();
        if ((n == 5 || n == 8 || n >= 10 && n <= 18 && s.charAt(8) == '.') && s.charAt(2) == ':') {
            int h = twoDigits(s, 0), m = twoDigits(s, 3);
            int sec = n == 5 ? 0 : s.charAt(5) == ':' ? twoDigits(s, 6) : -1;
            int nanos = n <= 8 ? 0 : fraction(s, 9, n);
            if (h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60 && nanos >= 0) return LocalTime.of(h, m, sec, nanos);
        }
        return LocalTime.parse(s);
    }

    /** The day in "yyyy-MM-dd" at the start of {@code s}, or null where it is not exactly that or no such day. */
    private static LocalDate fastDate(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int y = twoDigits(s, 0), y2 = twoDigits(s, 2), m = twoDigits(s, 5), d = twoDigits(s, 8);
        if (y < 0 || y2 < 0 || m < 1 || m > 12 || d < 1) return null;
        try {
            return LocalDate.of(y * 100 + y2, m, d);
        } catch (DateTimeException e) { // the 30th of February: let java.time's parser say so
            return null;
        }
    }

    /** The two ASCII digits at {@code at} as a number, or -1. */
    private static int twoDigits(String s, int at) {
        int a = s.charAt(at) - '0', b = s.charAt(at + 1) - '0';
        return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
    }

    /** The digits from {@code from} to {@code to} (1 to 9 of them) as nanoseconds of a fraction, or -1. */
    private static int fraction(String s, int from, int to) {
        int digits = to - from;
        if (digits < 1 || digits > 9) return -1;
        int v = 0;
        for (int i = from; i < to; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) return -1;
            v = v * 10 + c;
        }
        for (int k = digits; k < 9; k++) v *= 10;
        return v;
    }
}
