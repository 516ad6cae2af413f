package org.groundtruth.matching;

import org.groundtruth.claim.ClaimForTest;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchScoreTest {
    private static final MatchParameters P = MatchParameters.withinKmAndDays(25, 1);

    private static MatchCandidate only(IncidentFootprint i, ClaimFootprint c) {
        List<MatchCandidate> found = new GridMatcher(P).match(List.of(i), List.of(c));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void reasonLineNamesDistancePrecisionsTimeAndTargets() {
        double[] p = FootprintForTest.destination(36.2, 37.15, 3.2, 45);
        var i = FootprintForTest.incident(1).radiusKm(5).hit(CivilianObject.MARKET).incident();
        var c = FootprintForTest.claim(2).at(p[0], p[1]).radiusKm(10).claiming("terrorist command post").claim();
        MatchCandidate m = only(i, c);
        assertThat(m.reason()).isEqualTo("3.2 km apart (claim error 10 km, incident town-level 5 km), same day; "
                + "claimed 'terrorist command post', a market was hit; likelihood ratio 26 (place ×8.5, time ×3.4, target ×1, kind unknown ×0.9)");
        assertThat(m.offsetSeconds()).isZero();
        assertThat(m.distanceKm()).isCloseTo(3.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void neighbouringDaysAreOneDayApartAndScoreLess() {
        var i = FootprintForTest.incident(1).onDay("2016-09-19").incident();
        var sameDay = only(i, FootprintForTest.claim(2).onDay("2016-09-19").claim());
        var nextDay = only(i, FootprintForTest.claim(3).onDay("2016-09-20").claim());
        assertThat(nextDay.offsetDays()).isEqualTo(1);
        assertThat(nextDay.reason()).contains("claimed strike 1 day after the incident");
        assertThat(nextDay.score()).isLessThan(sameDay.score());
        assertThat(new GridMatcher(P).match(List.of(i), List.of(FootprintForTest.claim(4).onDay("2016-09-21").claim()))).isEmpty();
        var dayBefore = only(i, FootprintForTest.claim(5).onDay("2016-09-18").claim());
        assertThat(dayBefore.offsetDays()).isEqualTo(-1);
        assertThat(dayBefore.reason()).contains("1 day before the incident");
    }

    @Test
    void clockTimesGiveHoursAndExactEdgesAreIncluded() {
        long t = FootprintForTest.day("2016-09-19") + 13 * 3600;
        var i = FootprintForTest.incident(1).atSecond(t).incident();
        var edge = only(i, FootprintForTest.claim(2).atSecond(t + P.windowSeconds()).claim());
        assertThat(edge.reason()).contains("claimed strike 24.0 h after the incident");
        assertThat(new GridMatcher(P).match(List.of(i), List.of(FootprintForTest.claim(3).atSecond(t + P.windowSeconds() + 1).claim()))).isEmpty();
        var early = only(i, FootprintForTest.claim(4).atSecond(t - 2 * 3600 - 1800).claim());
        assertThat(early.reason()).contains("claimed strike 2.5 h before the incident");
    }

    @Test
    void scoreRewardsCloserPlacesSharperDatesAndNamedKinds() {
        var i = FootprintForTest.incident(1).radiusKm(1).hit(CivilianObject.MEDICAL).incident();
        double[] near = FootprintForTest.destination(36.2, 37.15, 1, 0), far = FootprintForTest.destination(36.2, 37.15, 20, 0);
        var close = only(i, FootprintForTest.claim(2).at(near[0], near[1]).radiusKm(5).claim());
        var distant = only(i, FootprintForTest.claim(3).at(far[0], far[1]).radiusKm(5).claim());
        assertThat(close.score()).isGreaterThan(distant.score());
        long d = FootprintForTest.day("2016-09-01");
        var vague = only(i, FootprintForTest.claim(4).at(near[0], near[1]).radiusKm(5).between(d, d + 30 * 86400 - 1, DatePrecision.MONTH).claim());
        assertThat(vague.score()).isLessThan(close.score());
        assertThat(vague.reason()).contains("date windows overlap (incident day, claim month)");
        var hospital = only(i, FootprintForTest.claim(5).at(near[0], near[1]).radiusKm(5).claiming("مستشفى used as headquarters").claim());
        assertThat(hospital.score()).isGreaterThan(close.score());
        var school = only(i, FootprintForTest.claim(6).at(near[0], near[1]).radiusKm(5).claiming("school").claim());
        assertThat(school.score()).isLessThan(close.score());
        assertThat(close.score()).isBetween(0.0, 1.0);
    }

    @Test
    void footprintsComeFromIncidentsAndClaimsWithTheirWindows() {
        var loc = new Location(new Coordinates(36.2, 37.15), LocationPrecision.TOWN, null, "Aleppo", null, null, "SY", PlacedBy.SOURCE);
        var i = IncidentFootprint.of(9, loc, IncidentDate.inMonth(2016, 9), Set.of());
        assertThat(i.radiusKm()).isEqualTo(5);
        assertThat(i.lastSecond() - i.firstSecond() + 1).isEqualTo(30 * TimeSpans.DAY_SECONDS);
        var c = ClaimFootprint.of(ClaimForTest.by("X").on("2016-09-19").claim());
        assertThat(c.radiusKm()).isEqualTo(10);
        assertThat(c.firstSecond()).isEqualTo(FootprintForTest.day("2016-09-19"));
        assertThat(c.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThatThrownBy(() -> IncidentFootprint.of(3, Location.unplaced("x", null, null, null), IncidentDate.onDay(LocalDate.now()), Set.of()))
                .hasMessageContaining("incident 3 is not placed");
        assertThatThrownBy(() -> new IncidentFootprint(4, 36, 37, 5, 10, 5, DatePrecision.DAY, Set.of()))
                .hasMessageContaining("incident 4: time window ends before it starts");
    }

    @Test
    void parametersRefuseNonsense() {
        assertThatThrownBy(() -> new MatchParameters(0, 10)).hasMessageContaining("between 0.1 and 5000 km");
        assertThatThrownBy(() -> new MatchParameters(25, -1)).hasMessageContaining("between 0 and 366 days");
    }
}
