package org.groundtruth.storage.jdbc;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hand-written readers against the JDK's parsers (the oracle) on seeded random values and odd shapes. */
class IsoTextTest {
    @Test
    void readsEveryInstantAndDateAsTheJdkDoes() {
        SplittableRandom random = new SplittableRandom(12);
        long min = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), max = Instant.parse("2100-12-31T23:59:59Z").getEpochSecond();
        for (int k = 0; k < 200_000; k++) {
            int nanos = switch (k % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant i = Instant.ofEpochSecond(random.nextLong(min, max), nanos);
            String text = i.toString();
            assertThat(IsoText.instant(text)).as(text).isEqualTo(Instant.parse(text));
            String day = LocalDate.ofEpochDay(random.nextLong(-25_000, 50_000)).toString();
            assertThat(IsoText.date(day)).as(day).isEqualTo(LocalDate.parse(day));
        }
    }

    @Test
    void monthEndsLeapDaysAndBadTextGoToTheJdk() {
        for (String d : List.of("2016-02-29", "2015-12-31", "2000-02-29", "2015-04-30")) assertThat(IsoText.date(d)).isEqualTo(LocalDate.parse(d));
        for (String i : List.of("2016-02-29T23:59:59Z", "2015-12-31T00:00:00.5Z", "2015-11-29T13:45:00+02:00")) {
            assertThat(IsoText.instant(i)).isEqualTo(Instant.parse(i));
        }
        for (String bad : List.of("2015-02-30", "2015-13-01", "2015-1-01", "15-01-01", "2015-00-10", "2015/01/01")) {
            assertThatThrownBy(() -> IsoText.date(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
        for (String odd : List.of("2015-02-30T00:00:00Z", "2015-01-01T24:00:00Z", "2015-01-01T10:00:00.Z", "2015-01-01T10:00Z0",
                "2015-01-01T10:00:00.1234567890Z", "2015-01-01 10:00:00Z", "2015-01-01T1a:00:00Z", "2015-01-01T10:00:60Z")) {
            assertThat(outcome(() -> IsoText.instant(odd))).as(odd).isEqualTo(outcome(() -> Instant.parse(odd)));
        }
    }

    /** The value, or the exception's class: what the two parsers must agree on. */
    private static Object outcome(java.util.function.Supplier<Object> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
