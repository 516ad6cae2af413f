package org.groundtruth.warning;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.groundtruth.place.Coordinates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spherical pre-test never rules out a place the geodesic test keeps: on seeded random origins up to the polar
 * limit and across the antimeridian, with places drawn close to the sector's reach and edges, where the sphere and
 * the ellipsoid disagree most. (ProjectionOracleTest checks the whole projection against the brute-force scan.)
 */
class SphericalBoundsTest {
    @Property(tries = 5000, seed = "813")
    void neverRulesOutAPlaceTheGeodesicKeeps(@ForAll @DoubleRange(min = -79.9, max = 79.9) double lat,
                                             @ForAll @DoubleRange(min = -180, max = 180) double lon,
                                             @ForAll @DoubleRange(min = 0, max = 359.99) double bearing,
                                             @ForAll @DoubleRange(min = 0.05, max = 2500) double km,
                                             @ForAll @DoubleRange(min = 0, max = 60) double halfWidth,
                                             @ForAll @DoubleRange(min = -3, max = 3) double edgeDeg,
                                             @ForAll @DoubleRange(min = 0.97, max = 1.03) double reachFactor,
                                             @ForAll @DoubleRange(min = 0, max = 20) double nearKm,
                                             @ForAll boolean disc) {
        Coordinates origin = new Coordinates(lat, lon);
        Coordinates place = Geodesy.destination(origin, bearing, km);
        if (Math.abs(place.lat()) >= 80) return;
        double heading = bearing + (halfWidth + edgeDeg) * (edgeDeg >= 0 ? 1 : -1);
        Sector s = disc ? Sector.disc(origin, km * reachFactor) : new Sector(origin, heading, halfWidth, 5, Math.max(60, halfWidth), nearKm, km * reachFactor);
        boolean inside = s.contains(place);
        boolean ruledOut = new SphericalBounds(s).surelyOutside(PlaceIndex.Entry.of(new PopulatedPlace("p", "P", null, null, place, "SY", null, null)));
        if (inside) assertThat(ruledOut).as("a place inside, %.3f km at %.3f°, sector %s", km, bearing, s).isFalse();
    }

    @Property(tries = 200, seed = "814")
    void rulesOutPlacesClearlyOutside(@ForAll @DoubleRange(min = -70, max = 70) double lat, @ForAll @DoubleRange(min = 0, max = 359.99) double heading,
                                      @ForAll @DoubleRange(min = 50, max = 600) double reach) {
        Coordinates origin = new Coordinates(lat, 36);
        Sector s = new Sector(origin, heading, 20, 5, 60, 0, reach);
        PlaceIndex.Entry behind = PlaceIndex.Entry.of(new PopulatedPlace("b", "B", null, null, Geodesy.destination(origin, heading + 180, reach / 2), "SY", null, null));
        PlaceIndex.Entry beyond = PlaceIndex.Entry.of(new PopulatedPlace("f", "F", null, null, Geodesy.destination(origin, heading, reach * 1.2), "SY", null, null));
        assertThat(new SphericalBounds(s).surelyOutside(behind)).isTrue();
        assertThat(new SphericalBounds(s).surelyOutside(beyond)).isTrue();
    }
}
