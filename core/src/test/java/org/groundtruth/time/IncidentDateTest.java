package org.groundtruth.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentDateTest {

    @Test
    void exactTimeKeepsLocalTimeAndOffsetAndGivesUtcInstant() {
        IncidentDate ariha = IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(13, 45), ZoneOffset.ofHours(2));
        assertThat(ariha.instantUtc()).isEqualTo(Instant.parse("2015-11-29T11:45:00Z"));
        assertThat(ariha.display()).isEqualTo("2015-11-29 13:45 +02:00");
    }

    @Test
    void dateOnlyHasNoInstantAndDisplaysAsRecorded() {
        IncidentDate day = IncidentDate.onDay(LocalDate.of(2015, 9, 30));
        assertThat(day.instantUtc()).isNull();
        assertThat(day.display()).isEqualTo("2015-09-30");
    }

    @Test
    void monthAndWeekDisplayTheirPrecision() {
        assertThat(IncidentDate.inMonth(2015, 10).display()).isEqualTo("2015-10 (month)");
        assertThat(IncidentDate.between(LocalDate.of(2015, 11, 23), LocalDate.of(2015, 11, 29)).display())
                .isEqualTo("2015-11-23 to 2015-11-29 (week)");
        assertThat(IncidentDate.inYear(2016).display()).isEqualTo("2016 (year)");
    }

    @Test
    void betweenChoosesPrecisionFromTheSpan() {
        assertThat(IncidentDate.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1)).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(IncidentDate.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 7)).precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(IncidentDate.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 8)).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(IncidentDate.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 1)).precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void overlapIsInclusiveAtBothEnds() {
        IncidentDate week = IncidentDate.between(LocalDate.of(2015, 11, 23), LocalDate.of(2015, 11, 29));
        assertThat(week.overlaps(LocalDate.of(2015, 11, 29), null)).isTrue();
        assertThat(week.overlaps(null, LocalDate.of(2015, 11, 23))).isTrue();
        assertThat(week.overlaps(LocalDate.of(2015, 11, 30), null)).isFalse();
        assertThat(week.overlaps(null, LocalDate.of(2015, 11, 22))).isFalse();
    }

    @Test
    void refusesInconsistentWindows() {
        assertThatThrownBy(() -> IncidentDate.between(LocalDate.of(2015, 12, 1), LocalDate.of(2015, 11, 1)))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new IncidentDate(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), LocalTime.NOON, null, DatePrecision.DAY))
                .hasMessageContaining("EXACT_TIME");
        assertThatThrownBy(() -> new IncidentDate(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 2), null, null, DatePrecision.DAY))
                .hasMessageContaining("one day");
    }
}
