package org.groundtruth.matching;

/**
 * Haversine distance on a sphere of the IUGG mean Earth radius, 6371.0088 km (the radius PostGIS uses for
 * geography with use_spheroid=false, see decision 0503).
 *
 * <p>The index and the oracle both compute distances here, from the same derived values, so that a point
 * exactly on the radius is in or out for both.
 */
public final class GreatCircle {
    public static final double EARTH_RADIUS_KM = 6371.0088;

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
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude spanned by a distance along a meridian. */
    static double latitudeDegrees(double km) {
        return Math.toDegrees(km / EARTH_RADIUS_KM);
    }
}
