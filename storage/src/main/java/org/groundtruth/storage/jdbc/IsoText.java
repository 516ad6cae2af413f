package org.groundtruth.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Dates and instants read back from the text SQLite keeps them as ({@code LocalDate.toString()},
 * {@code Instant.toString()}), without {@link java.time.format.DateTimeFormatter}: reading a million incidents for an
 * export parsed two instants and two dates per row through the formatter, an eighth of its time (docs/performance.md,
 * issue 12). The shapes we write are read by hand; anything else goes to the JDK's parser, which stays the oracle
 * ({@code IsoTextTest}).
 */
public final class IsoText {
    private IsoText() {
    }

    /** {@code uuuu-MM-dd}. */
    public static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) return LocalDate.of(y, m, d);
        }
        return LocalDate.parse(s); // month ends, odd shapes and errors: the JDK decides
    }

    /** {@code uuuu-MM-ddTHH:mm:ss[.fraction]Z}, as {@link Instant#toString()} writes it. */
    public static Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && n <= 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z') {
            int y = digits(s, 0, 4), mo = digits(s, 5, 7), d = digits(s, 8, 10), h = digits(s, 11, 13), mi = digits(s, 14, 16), sec = digits(s, 17, 19);
            int nanos = 0;
            boolean ok = y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 28 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59;
            if (ok && n > 20) {
                ok = s.charAt(19) == '.' && n >= 22;
                int f = ok ? digits(s, 20, n - 1) : -1;
                ok = f >= 0;
                if (ok) {
                    nanos = f;
                    for (int k = n - 1 - 20; k < 9; k++) nanos *= 10;
                }
            } else if (ok) {
                ok = s.charAt(19) == 'Z';
            }
            if (ok) {
                long days = LocalDate.of(y, mo, d).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + h * 3_600L + mi * 60L + sec, nanos);
            }
        }
        return Instant.parse(s);
    }

    /** The number the ASCII digits in [from, to) make, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
