package org.groundtruth.warning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.groundtruth.warning.WarningForTest.*;

class FlightEstimatorTest {
    private final FlightEstimator estimator = new FlightEstimator(ProjectionModel.DEFAULT);

    @Test
    void aTakeOffWithACompassPointIsASectorFromTheBaseWidenedByThePointsPrecision() {
        FlightEstimate e = estimator.estimate(List.of(takeOff("a", TAKE_OFF, SU24, HMEIMIM, "NE").observation()));
        assertThat(e.sector().origin()).isEqualTo(HMEIMIM.point());
        assertThat(e.sector().headingDeg()).isEqualTo(45);
        assertThat(e.sector().halfWidthDeg()).isEqualTo(10 + 22.5);
        assertThat(e.sector().nearKm()).as("a base is exact").isZero();
        assertThat(e.sector().reachKm()).as("20 minutes at 950 km/h, within the 615 km radius").isCloseTo(950 / 3.0, within(1e-9));
        assertThat(e.basis()).isEqualTo("take-off with heading NE");
    }

    @Test
    void aTakeOffWithoutHeadingThreatensTheWholeDiscWithinReach() {
        FlightEstimate e = estimator.estimate(List.of(takeOff("a", TAKE_OFF, MI8, HMEIMIM, null).observation()));
        assertThat(e.sector().directional()).isFalse();
        assertThat(e.sector().reachKm()).as("20 minutes at a helicopter's 250 km/h").isCloseTo(250 / 3.0, within(1e-9));
    }

    @Test
    void twoSpottersHeadingsOfOneTakeOffNarrowEachOther() {
        FlightEstimate e = estimator.estimate(List.of(takeOff("a", TAKE_OFF, SU24, HMEIMIM, "NE").observation(),
                takeOff("b", TAKE_OFF.plusSeconds(40), SU24, HMEIMIM, "ENE").observation()));
        // NE: 45 ± 32.5 = 12.5..77.5; ENE: 67.5 ± 21.25 = 46.25..88.75; both: 46.25..77.5
        assertThat(e.sector().headingDeg()).isCloseTo((46.25 + 77.5) / 2, within(1e-9));
        assertThat(e.sector().halfWidthDeg()).isCloseTo((77.5 - 46.25) / 2, within(1e-9));
        assertThat(e.basis()).isEqualTo("take-off with heading NE and ENE");
        FlightEstimate apart = estimator.estimate(List.of(takeOff("a", TAKE_OFF, SU24, HMEIMIM, "NE").observation(),
                takeOff("b", TAKE_OFF.plusSeconds(240), SU24, HMEIMIM, "ENE").observation()));
        assertThat(apart.sector().halfWidthDeg()).as("four minutes apart: the latest only").isEqualTo(10 + 11.25);
        FlightEstimate disagree = estimator.estimate(List.of(takeOff("a", TAKE_OFF, SU24, HMEIMIM, "N").observation(),
                takeOff("b", TAKE_OFF.plusSeconds(40), SU24, HMEIMIM, "SE").observation()));
        // N: -32.5..32.5; SE: 102.5..167.5; they share nothing, so both are covered: -32.5..167.5
        assertThat(disagree.sector().headingDeg()).isCloseTo(67.5, within(1e-9));
        assertThat(disagree.sector().halfWidthDeg()).isCloseTo(100, within(1e-9));
    }

    @Test
    void aHeadingSeenWithTheTracksLastPositionNarrowsTheTrack() {
        Sighting a = seen("a", TAKE_OFF.plusSeconds(120), SU24, EventKind.OVERFLIGHT, 35.55, 36.15, null);
        Sighting b = seen("b", TAKE_OFF.plusSeconds(240), SU24, EventKind.HEADING, 35.65, 36.35, "ENE");
        FlightEstimate e = estimator.estimate(List.of(a.observation(), b.observation()));
        Geodesy.Leg leg = Geodesy.leg(a.observation().position(), b.observation().position());
        double trackHalf = 5 + Math.toDegrees(Math.asin(2 * CoarsePosition.UNCERTAINTY_KM / leg.distanceKm()));
        double lo = Math.max(leg.arrivalAzimuthDeg() - trackHalf, 67.5 - 21.25), hi = Math.min(leg.arrivalAzimuthDeg() + trackHalf, 67.5 + 21.25);
        assertThat(e.sector().headingDeg()).isCloseTo((lo + hi) / 2, within(1e-9));
        assertThat(e.sector().halfWidthDeg()).isCloseTo((hi - lo) / 2, within(1e-9)).isLessThan(trackHalf);
        assertThat(e.basis()).isEqualTo("track of 2 positions, heading ENE");
    }

    @Test
    void twoPositionsGiveTheHeadingAndNarrowTheSpeed() {
        Sighting a = seen("a", TAKE_OFF.plusSeconds(120), SU24, EventKind.OVERFLIGHT, 35.55, 36.15, null);
        Sighting b = seen("b", TAKE_OFF.plusSeconds(240), SU24, EventKind.OVERFLIGHT, 35.65, 36.35, null);
        FlightEstimate e = estimator.estimate(List.of(b.observation(), a.observation()));
        double expected = Geodesy.leg(a.observation().position(), b.observation().position()).arrivalAzimuthDeg();
        assertThat(e.sector().headingDeg()).isCloseTo(expected, within(1e-9));
        assertThat(e.sector().origin()).isEqualTo(b.observation().position());
        double measured = Geodesy.distanceKm(a.observation().position(), b.observation().position()) / (2 / 60.0);
        assertThat(e.speedMinKmh()).isEqualTo(Math.max(650, measured / 1.5));
        assertThat(e.speedMaxKmh()).isEqualTo(Math.min(950, measured * 1.5));
        assertThat(e.sector().nearKm()).isEqualTo(CoarsePosition.UNCERTAINTY_KM);
        assertThat(e.basis()).isEqualTo("track of 2 positions");
    }

    @Test
    void circlingOrAStrikeThreatensTheLocalDiscNow() {
        FlightEstimate e = estimator.estimate(List.of(seen("a", TAKE_OFF, SU24, EventKind.CIRCLING, 35.81, 36.61, "NE").observation()));
        assertThat(e.sector().directional()).isFalse();
        assertThat(e.sector().reachKm()).isEqualTo(25 + CoarsePosition.UNCERTAINTY_KM);
        assertThat(e.basis()).isEqualTo("circling");
    }

    @Test
    void theReachIsWhatIsLeftOfTheRadiusAfterTheDistanceFlown() {
        Sighting t = takeOff("a", TAKE_OFF, MI8, HMEIMIM, "E");
        Sighting far = seen("b", TAKE_OFF.plusSeconds(1800), MI8, EventKind.HEADING, 35.45, 37.0, "E");
        FlightEstimate e = new FlightEstimator(ProjectionModel.DEFAULT.withSector(10, 5, 60, 60, 5, 3)).estimate(List.of(t.observation(), far.observation()));
        double flown = Geodesy.distanceKm(HMEIMIM.point(), far.observation().position());
        assertThat(e.sector().reachKm()).isCloseTo(225 - flown, within(1e-9));
    }
}
