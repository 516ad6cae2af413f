package org.groundtruth.warning;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.groundtruth.place.Coordinates;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.warning.WarningForTest.*;

/**
 * The model against the truth it simulates: a jet that takes off on a heading, or is seen twice on its way, and flies
 * straight at a speed in its band, reaches every town on its path inside that town's ETA window.
 */
class ProjectionTruthTest {
    private final FlightEstimator estimator = new FlightEstimator(ProjectionModel.DEFAULT);

    @Property(tries = 300, seed = "810")
    void aTakeOffWarnsTheTownItFliesToInItsWindow(@ForAll @DoubleRange(min = 0, max = 359.99) double trueHeading,
                                                  @ForAll @DoubleRange(min = -9, max = 9) double headingError,
                                                  @ForAll @DoubleRange(min = 650, max = 950) double speedKmh,
                                                  @ForAll @DoubleRange(min = 10, max = 600) double targetKm) {
        Coordinates target = Geodesy.destination(HMEIMIM.point(), trueHeading, targetKm);
        PopulatedPlace town = new PopulatedPlace("t", "Target", null, null, target, "SY", null, null);
        Sighting s = takeOff("a", TAKE_OFF, SU24, HMEIMIM, String.valueOf(Geodesy.normalise(trueHeading + headingError)));
        FlightEstimate e = estimator.estimate(List.of(s.observation()));
        List<Threat> threats = new Projector(List.of(town), ProjectionModel.DEFAULT).project(e);
        Instant arrival = TAKE_OFF.plusMillis((long) (targetKm / speedKmh * 3_600_000));
        boolean withinHorizon = targetKm <= SU24.speedMaxKmh() * ProjectionModel.DEFAULT.horizonMinutes() / 60;
        if (withinHorizon) {
            assertThat(threats).hasSize(1);
            assertThat(arrival).isBetween(threats.get(0).earliest(), threats.get(0).latest());
        } else {
            assertThat(threats).isEmpty();
        }
    }

    @Property(tries = 300, seed = "811")
    void twoSightingsOfOneFlightWarnTheTownAhead(@ForAll @DoubleRange(min = 0, max = 359.99) double trueHeading,
                                                 @ForAll @DoubleRange(min = 650, max = 950) double speedKmh,
                                                 @ForAll @IntRange(min = 2, max = 6) int minutesBetween,
                                                 @ForAll @DoubleRange(min = 30, max = 300) double aheadKm) {
        Coordinates first = Geodesy.destination(HMEIMIM.point(), trueHeading, 20);
        double legKm = speedKmh * minutesBetween / 60.0;
        Coordinates second = Geodesy.destination(first, Geodesy.leg(HMEIMIM.point(), first).arrivalAzimuthDeg(), legKm);
        double onwardHeading = Geodesy.leg(first, second).arrivalAzimuthDeg();
        Coordinates target = Geodesy.destination(second, onwardHeading, aheadKm);
        Instant t1 = TAKE_OFF.plusSeconds(60), t2 = t1.plusSeconds(60L * minutesBetween);
        Sighting a = seen("a", t1, SU24, EventKind.OVERFLIGHT, first.lat(), first.lon(), null);
        Sighting b = seen("b", t2, SU24, EventKind.OVERFLIGHT, second.lat(), second.lon(), null);
        FlightEstimate e = estimator.estimate(List.of(a.observation(), b.observation()));
        assertThat(e.basis()).startsWith("track of 2");
        PopulatedPlace town = new PopulatedPlace("t", "Target", null, null, target, "SY", null, null);
        List<Threat> threats = new Projector(List.of(town), ProjectionModel.DEFAULT).project(e);
        assertThat(threats).as("a town %s km ahead of a flight seen %s km apart", aheadKm, legKm).hasSize(1);
        Instant arrival = t2.plus(Duration.ofMillis((long) (aheadKm / speedKmh * 3_600_000)));
        // the coarse positions shift the origin by up to a cell: the window holds the arrival within that shift
        Duration slack = Duration.ofMillis((long) (CoarsePosition.UNCERTAINTY_KM / speedKmh * 3_600_000));
        assertThat(arrival).isBetween(threats.get(0).earliest().minus(slack), threats.get(0).latest().plus(slack));
    }
}
