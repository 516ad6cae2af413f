package org.groundtruth.merging;

import org.groundtruth.matching.GreatCircle;

/**
 * Great-circle distance on the sphere PostGIS uses for geography with use_spheroid=false (decision 0503), from
 * precomputed radians and cosines. The grid and the oracle both call it with values derived the same way, so a
 * pair exactly on the radius is in or out for both.
 */
final class Haversine {
    private Haversine() {
    }

    static double km(double latRad1, double lonRad1, double cosLat1, double latRad2, double lonRad2, double cosLat2) {
        double sinHalfLat = Math.sin((latRad2 - latRad1) * 0.5);
        double sinHalfLon = Math.sin((lonRad2 - lonRad1) * 0.5);
        double a = sinHalfLat * sinHalfLat + cosLat1 * cosLat2 * sinHalfLon * sinHalfLon;
        return 2 * GreatCircle.EARTH_RADIUS_KM * asin(Math.min(1, Math.sqrt(a)));
    }

    static double km(MergeFootprint a, MergeFootprint b) {
        double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
        return km(p1, Math.toRadians(a.lon()), Math.cos(p1), p2, Math.toRadians(b.lon()), Math.cos(p2));
    }

    /** Arc sine; below 0.01 by its Taylor series to x^11 (as exact as StrictMath's there, and much faster). */
    private static double asin(double x) {
        if (x >= 0.01) return StrictMath.asin(x);
        double x2 = x * x;
        return x + x * x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456 + x2 * (945.0 / 42240)))));
    }
}
