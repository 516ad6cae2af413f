package org.groundtruth.matching;

/**
 * Haversine distance on a sphere of the WGS84 mean radius (2a+b)/3 = 6371.0087714 km, the radius PostGIS uses for
 * geography with use_spheroid=false (decision 0503). {@code Coordinates.distanceKm} uses 6371.0088 km, 4.5e-9 apart.
 *
 * <p>The index and the oracle both compute distances here, from the same derived values, so that a point
 * exactly on the radius is in or out for both.
 */
public final class GreatCircle {
    public static final double EARTH_RADIUS_KM = 6371.0087714;

    private GreatCircle() {
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1), phi2 = Math.toRadians(lat2);
        return distanceKm(phi1, Math.toRadians(lon1), Math.cos(phi1), phi2, Math.toRadians(lon2), Math.cos(phi2));
    }

    /** From precomputed radians and cosines of the latitudes (the index keeps them per record). */
    static double distanceKm(double latRad1, double lonRad1, double cosLat1, double latRad2, double lonRad2, double cosLat2) {
        double sinHalfLat = Math.sin((latRad2 - latRad1) * 0.5);
        double sinHalfLon = Math.sin((lonRad2 - lonRad1) * 0.5);
        double a = sinHalfLat * sinHalfLat + cosLat1 * cosLat2 * sinHalfLon * sinHalfLon;
        return 2 * EARTH_RADIUS_KM * asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Arc sine; below 0.01 (distances under about 127 km) by its Taylor series to x^11, whose first omitted
     * term is under 1e-22 of x, so the result is as exact as StrictMath's and about ten times faster (the
     * JDK has no intrinsic for asin, and it was most of the matching time).
     */
    static double asin(double x) {
        if (x >= 0.01) return StrictMath.asin(x);
        double x2 = x * x;
        return x + x * x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456 + x2 * (945.0 / 42240)))));
    }

    /** Degrees of latitude spanned by a distance along a meridian. */
    static double latitudeDegrees(double km) {
        return Math.toDegrees(km / EARTH_RADIUS_KM);
    }
}
