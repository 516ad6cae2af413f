package org.groundtruth.warning;

import java.util.ArrayList;
import java.util.List;

/**
 * The threat-projection engine: the populated places inside a flight's sector, each with its ETA window, in order
 * of arrival. Reads candidate places from a {@link PlaceIndex}, rules out on the sphere those surely outside
 * ({@link SphericalBounds}), and checks the rest on the WGS84 geodesic (decision 0813). Flights start again and
 * again from the same points (a base, the centre of a coarse cell), so the geodesics from the most recent
 * {@value #ORIGINS_KEPT} origins are kept as they are computed ({@link LegCache}): the same numbers, not recomputed.
 * One projection at a time (the desk's caller serialises them; {@link #project} is synchronized besides).
 */
public final class Projector {
    static final int ORIGINS_KEPT = 64;
    private final PlaceIndex index;
    private final ProjectionModel model;
    private final int placeCount;
    private final LegCache legs;

    public Projector(List<PopulatedPlace> places, ProjectionModel model) {
        this.index = new PlaceIndex(places);
        this.model = model;
        this.placeCount = places.size();
        this.legs = new LegCache(places.size(), ORIGINS_KEPT);
    }

    public ProjectionModel model() {
        return model;
    }

    public int placeCount() {
        return placeCount;
    }

    public synchronized List<Threat> project(FlightEstimate estimate) {
        Sector sector = estimate.sector();
        List<Threat> out = new ArrayList<>();
        SphericalBounds bounds = new SphericalBounds(sector);
        double[] from = legs.from(sector.origin());
        index.near(sector.origin(), sector.reachKm(), e -> {
            if (bounds.surelyOutside(e)) return;
            int i = 2 * e.ordinal();
            if (Double.isNaN(from[i])) {
                Geodesy.Leg leg = Geodesy.leg(sector.origin(), e.place().point());
                from[i] = leg.distanceKm();
                from[i + 1] = leg.azimuthDeg();
            }
            if (sector.contains(from[i], from[i + 1])) out.add(Threat.of(e.place(), from[i], estimate, model.detourFactor()));
        });
        out.sort(Threat.BY_ARRIVAL);
        return List.copyOf(out);
    }
}
