package org.groundtruth.storage.sqlite;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed-shape parsers against java.time's own, the oracle: the same value, or an error where it errs. */
class IsoTextTest {
    private static final String CHARS = "0123456789-:.TZz+ ";

    @Test
    void instantsAsInstantParseReadsThem() {
        Random random = new Random(422);
        for (int k = 0; k < 200_000; k++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), nanos(random));
            String text = t.toString();
            assertThat(IsoText.instant(text)).isEqualTo(t);
            sameAsOracle(mutated(text, random), IsoText::instant, Instant::parse);
        }
    }

    @Test
    void datesAsLocalDateParseReadsThem() {
        Random random = new Random(4221);
        for (int k = 0; k < 200_000; k++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(-719_528, 2_932_897));
            assertThat(IsoText.date(d.toString())).isEqualTo(d);
            sameAsOracle(mutated(d.toString(), random), IsoText::date, LocalDate::parse);
        }
    }

    @Test
    void timesAsLocalTimeParseReadsThem() {
        Random random = new Random(4222);
        for (int k = 0; k < 200_000; k++) {
            LocalTime t = LocalTime.ofSecondOfDay(random.nextInt(86_400)).withNano(nanos(random));
            if (random.nextInt(4) == 0) t = t.withSecond(0).withNano(0); // "HH:mm"
            assertThat(IsoText.time(t.toString())).isEqualTo(t);
            sameAsOracle(mutated(t.toString(), random), IsoText::time, LocalTime::parse);
        }
    }

    @Test
    void edgesThatOnlyTheGeneralParserTakesOrRefuses() {
        for (String s : List.of("2015-11-29T24:00:00Z", "2016-12-31T23:59:60Z", "2015-02-29T10:00:00Z", "2015-11-29T10:15:30.Z",
                "2015-11-29T10:15:30.1234567891Z", "2015-11-29T10:15:30+01:00", "+12015-11-29T10:15:30Z", "2015-11-29t10:15:30z",
                "0000-01-01T00:00:00Z", "2015-13-01T00:00:00Z", "2015-00-10T00:00:00Z", "2015-11-00T00:00:00Z")) {
            sameAsOracle(s, IsoText::instant, Instant::parse);
        }
        for (String s : List.of("2015-02-29", "2016-02-29", "+12015-11-29", "-0001-01-01", "2015-1-29", "0000-01-01")) {
            sameAsOracle(s, IsoText::date, LocalDate::parse);
        }
        for (String s : List.of("24:00", "23:59:60", "10:15:30.", "10:15:30.1234567891", "1:15", "10:15:3", "10:15:30.5")) {
            sameAsOracle(s, IsoText::time, LocalTime::parse);
        }
    }

    private static int nanos(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }

    /** The text with one character changed, dropped or added, or (a quarter of the time) as it was. */
    private static String mutated(String s, Random random) {
        int at = random.nextInt(s.length());
        char c = CHARS.charAt(random.nextInt(CHARS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, at) + c + s.substring(at + 1);
            case 1 -> s.substring(0, at) + s.substring(at + 1);
            case 2 -> s.substring(0, at) + c + s.substring(at);
            default -> s;
        };
    }

    private static <T> void sameAsOracle(String s, Function<String, T> fast, Function<String, T> oracle) {
        Object expected, actual;
        try {
            expected = oracle.apply(s);
        } catch (RuntimeException e) {
            expected = e.getClass();
        }
        try {
            actual = fast.apply(s);
        } catch (RuntimeException e) {
            actual = e.getClass();
        }
        assertThat(actual).as(s).isEqualTo(expected);
    }
}
