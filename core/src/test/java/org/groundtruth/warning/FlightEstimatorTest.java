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
        assertThat(e.sector().reachKm()).as("an hour at 950 km/h is more than the 615 km radius").isEqualTo(615);
        assertThat(e.basis()).isEqualTo("take-off with heading NE");
    }

    @Test
    void aTakeOffWithoutHeadingThreatensTheWholeDiscWithinReach() {
        FlightEstimate e = estimator.estimate(List.of(takeOff("a", TAKE_OFF, MI8, HMEIMIM, null).observation()));
        assertThat(e.sector().directional()).isFalse();
        assertThat(e.sector().reachKm()).as("a helicopter's radius").isEqualTo(225);
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
        FlightEstimate e = estimator.estimate(List.of(t.observation(), far.observation()));
        double flown = Geodesy.distanceKm(HMEIMIM.point(), far.observation().position());
        assertThat(e.sector().reachKm()).isCloseTo(225 - flown, within(1e-9));
    }
}
