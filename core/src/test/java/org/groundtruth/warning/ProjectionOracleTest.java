package org.groundtruth.warning;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.groundtruth.place.Coordinates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The indexed projector answers exactly what checking every place answers, on seeded random flights and places. */
class ProjectionOracleTest {
    private static final Instant T0 = Instant.parse("2015-11-29T09:35:00Z");

    /** Places clustered around the flight (as towns are around a front) plus some anywhere on Earth. */
    private static List<PopulatedPlace> places(Random r, Coordinates around, int n) {
        List<PopulatedPlace> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Coordinates c = i % 5 == 0
                    ? new Coordinates(Math.toDegrees(Math.asin(2 * r.nextDouble() - 1)), -180 + 360 * r.nextDouble())
                    : Geodesy.destination(around, 360 * r.nextDouble(), 1500 * Math.sqrt(r.nextDouble()));
            out.add(new PopulatedPlace("p" + i, "Place " + i, null, null, c, "SY", null, null));
        }
        return out;
    }

    private static FlightEstimate flight(Random r, Coordinates origin) {
        double reach = 5 + r.nextDouble() * 1200;
        Sector s = r.nextInt(6) == 0 ? Sector.disc(origin, reach)
                : new Sector(origin, 360 * r.nextDouble(), r.nextDouble() * 40, r.nextDouble() * 10, 40 + r.nextDouble() * 100,
                r.nextInt(3) == 0 ? r.nextDouble() * 20 : 0, reach);
        double min = 100 + r.nextDouble() * 600;
        return new FlightEstimate(T0, s, min, min + r.nextDouble() * 500, "random");
    }

    @Property(tries = 60, seed = "800")
    void indexEqualsScanOnRandomFlights(@ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int seed,
                                        @ForAll @DoubleRange(min = -80, max = 80) double lat,
                                        @ForAll @DoubleRange(min = -180, max = 180) double lon) {
        Random r = new Random(seed);
        Coordinates origin = new Coordinates(lat, lon);
        List<PopulatedPlace> places = places(r, origin, 1500);
        Projector projector = new Projector(places, ProjectionModel.DEFAULT);
        ProjectionScan scan = new ProjectionScan(places, ProjectionModel.DEFAULT.detourFactor());
        for (int q = 0; q < 10; q++) {
            FlightEstimate e = flight(r, q < 5 ? origin : places.get(r.nextInt(places.size())).point());
            assertThat(projector.project(e)).as("seed %d flight %d", seed, q).isEqualTo(scan.project(e));
        }
    }

    @Property(tries = 20, seed = "801")
    void indexEqualsScanAcrossTheAntimeridianAndNearThePoles(@ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int seed,
                                                             @ForAll boolean north, @ForAll boolean polar) {
        Random r = new Random(seed);
        Coordinates origin = polar ? new Coordinates((north ? 1 : -1) * (84 + r.nextDouble() * 5.9), -180 + 360 * r.nextDouble())
                : new Coordinates(-60 + 120 * r.nextDouble(), (north ? 179.9 : -179.9) + (r.nextDouble() - 0.5) * 0.1);
        List<PopulatedPlace> places = places(r, origin, 1500);
        Projector projector = new Projector(places, ProjectionModel.DEFAULT);
        ProjectionScan scan = new ProjectionScan(places, ProjectionModel.DEFAULT.detourFactor());
        for (int q = 0; q < 10; q++) {
            FlightEstimate e = flight(r, origin);
            assertThat(projector.project(e)).as("seed %d flight %d", seed, q).isEqualTo(scan.project(e));
        }
    }

    @Property(tries = 200, seed = "802")
    void placesExactlyOnTheReachAndTheEdgesAreInside(@ForAll @DoubleRange(min = 0, max = 359.9) double heading,
                                                     @ForAll @DoubleRange(min = 20, max = 900) double reach) {
        Coordinates origin = new Coordinates(35.4011, 35.9487);
        Sector s = new Sector(origin, heading, 20, 5, 60, 0, reach);
        double half = s.halfWidthAt(reach * 0.6);
        List<PopulatedPlace> places = List.of(
                new PopulatedPlace("reach", "On the reach", null, null, Geodesy.destination(origin, heading, reach * 0.999999), "SY", null, null),
                new PopulatedPlace("edge", "On the edge", null, null, Geodesy.destination(origin, heading + half * 0.9999, reach * 0.6), "SY", null, null),
                new PopulatedPlace("out", "Just out", null, null, Geodesy.destination(origin, heading + half * 1.02, reach * 0.6), "SY", null, null));
        FlightEstimate e = new FlightEstimate(T0, s, 650, 950, "edges");
        List<Threat> found = new Projector(places, ProjectionModel.DEFAULT).project(e);
        assertThat(found).extracting(t -> t.place().id()).containsExactlyInAnyOrder("reach", "edge");
        assertThat(found).isEqualTo(new ProjectionScan(places, ProjectionModel.DEFAULT.detourFactor()).project(e));
    }
}
