package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

/**
 * A cheap test on the sphere that rules out places surely outside a sector, so that only the rest are checked on the
 * WGS84 geodesic (decision 0813): about a tenth of the cost per place. Distances on a sphere of the mean radius differ
 * from the geodesic's by under 0.6%, and bearings by under 0.2° away from the poles; the test allows 1% + 1 km and 1°,
 * and does not apply where the origin or the place lies within 10° of a pole. It only ever rejects: every place it
 * keeps is judged by {@link Sector#contains}, so the result is the same as without it ({@code ProjectionOracleTest}).
 */
final class SphericalBounds {
    private static final double MEAN_RADIUS_KM = 6371.0088;
    private static final double DISTANCE_SLACK = 0.01, DISTANCE_SLACK_KM = 1, BEARING_SLACK_DEG = 1, POLAR_LAT = 80;

    private final Sector sector;
    private final double sinLat, cosLat, lonRad;
    private final boolean applies;

    SphericalBounds(Sector sector) {
        this.sector = sector;
        Coordinates o = sector.origin();
        double lat = Math.toRadians(o.lat());
        this.sinLat = Math.sin(lat);
        this.cosLat = Math.cos(lat);
        this.lonRad = Math.toRadians(o.lon());
        this.applies = Math.abs(o.lat()) < POLAR_LAT;
    }

    /** True only when the place cannot be in the sector; false when it may be (the caller then checks exactly). */
    boolean surelyOutside(PlaceIndex.Entry p) {
        if (!applies || Math.abs(p.place().point().lat()) >= POLAR_LAT) return false;
        double dLon = p.lonRad() - lonRad;
        double cosDLon = Math.cos(dLon);
        double cosAngle = sinLat * p.sinLat() + cosLat * p.cosLat() * cosDLon;
        double km = Math.acos(Math.max(-1, Math.min(1, cosAngle))) * MEAN_RADIUS_KM;
        double nearest = km * (1 - DISTANCE_SLACK) - DISTANCE_SLACK_KM, farthest = km * (1 + DISTANCE_SLACK) + DISTANCE_SLACK_KM;
        if (nearest > sector.reachKm()) return true;
        if (!sector.directional() || nearest <= sector.nearKm()) return false;
        double bearing = Math.toDegrees(Math.atan2(Math.sin(dLon) * p.cosLat(), cosLat * p.sinLat() - sinLat * p.cosLat() * cosDLon));
        double off = Geodesy.angleBetween(bearing, sector.headingDeg()) - BEARING_SLACK_DEG;
        return off > widest(Math.max(nearest, 0), farthest);
    }

    /** The widest half-width the sector has anywhere from {@code fromKm} to {@code toKm}: the cone grows outward, the origin's buffer shrinks. */
    private double widest(double fromKm, double toKm) {
        double cone = Math.min(sector.maxHalfWidthDeg(), sector.halfWidthDeg() + sector.growthDegPer100Km() * toKm / 100.0);
        double near = sector.nearKm();
        return near == 0 ? cone : cone + Math.toDegrees(Math.asin(Math.min(1, near / Math.max(fromKm, near))));
    }
}
