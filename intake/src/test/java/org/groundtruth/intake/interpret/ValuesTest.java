package org.groundtruth.intake.interpret;

import org.groundtruth.incident.CountRange;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    @Test
    void datesAreStrict() {
        DateFormats f = DateFormats.of("uuuu-MM-dd", "d MMMM yyyy");
        assertThat(f.day("2015-11-29")).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(f.day("29 november 2015")).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(f.day("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThatThrownBy(() -> f.day("2015-02-29")).hasMessageStartingWith("impossible date '2015-02-29'");
        assertThatThrownBy(() -> f.day("31 April 2015")).hasMessageStartingWith("impossible date '31 April 2015'");
        assertThatThrownBy(() -> f.day("2015/11/29")).hasMessageContaining("is not a date in the expected form");
        assertThatThrownBy(() -> DateFormats.of("uuuu-MM-dd", "bb")).hasMessageContaining("invalid date pattern 'bb'");
    }

    @Test
    void monthAndYearPatternsGiveCoarserDates() {
        DateFormats f = DateFormats.of("uuuu-MM-dd", "MMMM uuuu", "uuuu");
        assertThat(f.date("February 2016").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(f.date("February 2016").lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(f.date("2016").precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void counts() {
        assertThat(Counts.count("12")).isEqualTo(12);
        assertThat(Counts.count("12.0")).isEqualTo(12);
        assertThat(Counts.range("40–49")).isEqualTo(CountRange.of(40, 49));
        assertThat(Counts.range("3-5")).isEqualTo(CountRange.of(3, 5));
        assertThat(Counts.range("7")).isEqualTo(CountRange.exactly(7));
        assertThatThrownBy(() -> Counts.count("12.5")).hasMessageContaining("is not a count");
        assertThatThrownBy(() -> Counts.count("-1")).hasMessageContaining("is not a count");
        assertThatThrownBy(() -> Counts.range("9-3")).hasMessageContaining("maximum below its minimum");
    }

    @Test
    void coordinates() {
        assertThat(CoordinateCheck.check(36.6, 35.4, "Syria").lat()).isEqualTo(36.6);
        assertThat(CoordinateCheck.check(36.6, 95, null).lon()).isEqualTo(95); // no country named: only the world is checked
        assertThatThrownBy(() -> CoordinateCheck.check(36.6, 95, "SY")).hasMessageContaining("far outside Syria");
        assertThatThrownBy(() -> CoordinateCheck.check(95, 36.6, "SY")).hasMessageContaining("swapped");
        assertThatThrownBy(() -> CoordinateCheck.check(0, 0, "SYR")).hasMessageContaining("0, 0 usually means the coordinates are missing");
        assertThatThrownBy(() -> CoordinateCheck.check(30.5, 50.4, "Ukraine")).hasMessageContaining("swapped");
        assertThatThrownBy(() -> CoordinateCheck.degrees("36,6")).hasMessageContaining("not a number of degrees");
    }

    @Test
    void countries() {
        assertThat(Countries.alpha2("Syria")).hasValue("SY");
        assertThat(Countries.alpha2("SYR")).hasValue("SY");
        assertThat(Countries.alpha2("760")).hasValue("SY");
        assertThat(Countries.alpha2("ukraine")).hasValue("UA");
        assertThat(Countries.alpha2("Atlantis")).isEmpty();
    }

    @Test
    void casualtyPhrases() {
        assertThat(CasualtyPhrases.killed("6 civilians killed and many wounded")).isEqualTo(new CountRange(6, null));
        assertThat(CasualtyPhrases.killed("caused 8 martyrs")).isEqualTo(new CountRange(8, null));
        assertThat(CasualtyPhrases.killed("killing 40 civilians and injuring more than 100")).isEqualTo(new CountRange(40, null));
        assertThat(CasualtyPhrases.injured("4 killed, 6 injured in Russian bombardment")).isEqualTo(new CountRange(6, null));
        assertThat(CasualtyPhrases.killed("5 civilians killed and wounded in Kafr Naha")).isEqualTo(CountRange.UNKNOWN);
    }

    @Test
    void texts() {
        assertThat(Texts.titleCaseIfUpper("DEIR EZZOR")).isEqualTo("Deir Ezzor");
        assertThat(Texts.titleCaseIfUpper("KafrZita")).isEqualTo("KafrZita");
        assertThat(Texts.shorten("a  b c", 10)).isEqualTo("a b c");
        assertThat(Texts.shorten("Russian warplanes struck the market", 20)).isEqualTo("Russian warplanes…");
        assertThat(Texts.split("a; b;;c ", ";")).containsExactly("a", "b", "c");
    }
}
