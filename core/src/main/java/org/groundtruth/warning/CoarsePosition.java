package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

/**
 * Positions that may be published: a point snapped to the centre of its cell of {@value #CELL_DEG}° (about 11 km by
 * 9 km in Syria and Ukraine), so that an alert's sector, its places and its ETAs cannot be traced back to the post
 * a spotter watched from any closer than the cell (decision 0802). Bases are public and are not snapped.
 */
public final class CoarsePosition {
    public static final double CELL_DEG = 0.1;
    /** Half the diagonal of a cell at the equator, the most a snapped point moves: the projection adds it as uncertainty. */
    public static final double UNCERTAINTY_KM = Math.hypot(CELL_DEG * 111.32, CELL_DEG * 110.57) / 2;

    private CoarsePosition() {
    }

    public static Coordinates of(Coordinates exact) {
        double lat = centre(exact.lat(), -90, 90);
        double lon = centre(exact.lon(), -180, 180);
        return new Coordinates(lat, lon);
    }

    private static double centre(double v, double min, double max) {
        double cell = Math.floor((v - min) / CELL_DEG);
        double c = min + (cell + 0.5) * CELL_DEG;
        if (c > max) c = max - CELL_DEG / 2;
        return Math.round(c * 1e6) / 1e6;
    }
}
