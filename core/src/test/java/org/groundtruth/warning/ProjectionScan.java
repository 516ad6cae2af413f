package org.groundtruth.warning;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The brute-force oracle of {@link Projector}: every place checked, the sector's rule written out again from
 * decision 0800 rather than called, so that a mistake in the engine's index or in {@link Sector} shows.
 */
final class ProjectionScan {
    private final List<PopulatedPlace> places;
    private final double detourFactor;

    ProjectionScan(List<PopulatedPlace> places, double detourFactor) {
        this.places = places;
        this.detourFactor = detourFactor;
    }

    List<Threat> project(FlightEstimate e) {
        Sector s = e.sector();
        List<Threat> out = new ArrayList<>();
        for (PopulatedPlace p : places) {
            GeodesicData g = Geodesic.WGS84.Inverse(s.origin().lat(), s.origin().lon(), p.point().lat(), p.point().lon());
            double km = g.s12 / 1000;
            if (km > s.reachKm()) continue;
            boolean inside;
            if (km <= s.nearKm() || s.headingDeg() == null || s.maxHalfWidthDeg() >= 180) {
                inside = true;
            } else {
                double off = Math.abs(((g.azi1 - s.headingDeg()) % 360 + 540) % 360 - 180);
                double buffer = s.nearKm() == 0 ? 0 : Math.toDegrees(Math.asin(s.nearKm() / km));
                inside = off <= Math.min(s.maxHalfWidthDeg(), s.halfWidthDeg() + s.growthDegPer100Km() * km / 100) + buffer;
            }
            if (!inside) continue;
            Instant earliest = e.at().plusSeconds(60 * (long) Math.floor(km / e.speedMaxKmh() * 60));
            Instant latest = e.at().plusSeconds(60 * (long) Math.ceil(km * detourFactor / e.speedMinKmh() * 60));
            out.add(new Threat(p, km, earliest, latest));
        }
        out.sort(Comparator.comparing(Threat::earliest).thenComparing(Threat::latest).thenComparingDouble(Threat::distanceKm)
                .thenComparing(t -> t.place().id()));
        return out;
    }
}
