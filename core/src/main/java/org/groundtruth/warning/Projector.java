package org.groundtruth.warning;

import java.util.ArrayList;
import java.util.List;

/**
 * The threat-projection engine: the populated places inside a flight's sector, each with its ETA window, in order
 * of arrival. Reads candidate places from a {@link PlaceIndex}, rules out on the sphere those surely outside
 * ({@link SphericalBounds}), and checks the rest on the WGS84 geodesic.
 */
public final class Projector {
    private final PlaceIndex index;
    private final ProjectionModel model;
    private final int placeCount;

    public Projector(List<PopulatedPlace> places, ProjectionModel model) {
        this.index = new PlaceIndex(places);
        this.model = model;
        this.placeCount = places.size();
    }

    public ProjectionModel model() {
        return model;
    }

    public int placeCount() {
        return placeCount;
    }

    public List<Threat> project(FlightEstimate estimate) {
        Sector sector = estimate.sector();
        List<Threat> out = new ArrayList<>();
        SphericalBounds bounds = new SphericalBounds(sector);
        index.near(sector.origin(), sector.reachKm(), e -> {
            if (bounds.surelyOutside(e)) return;
            Geodesy.Leg leg = Geodesy.leg(sector.origin(), e.place().point());
            if (sector.contains(leg.distanceKm(), leg.azimuthDeg())) out.add(Threat.of(e.place(), leg.distanceKm(), estimate, model.detourFactor()));
        });
        out.sort(Threat.BY_ARRIVAL);
        return List.copyOf(out);
    }
}
