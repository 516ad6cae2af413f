package org.groundtruth.warning;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.groundtruth.place.Coordinates;

/** Geodesics on the WGS84 ellipsoid (GeographicLib, decision 0800): distances, bearings, destinations. */
public final class Geodesy {
    private static final int DISTANCE_AND_AZIMUTHS = GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH;

    private Geodesy() {
    }

    /**
     * The shortest path from one point to another.
     *
     * @param distanceKm    its length
     * @param azimuthDeg    the bearing it leaves {@code from} on, 0 to 360 clockwise from north
     * @param arrivalAzimuthDeg the bearing it arrives at {@code to} on (the way a flight from there goes on)
     */
    public record Leg(double distanceKm, double azimuthDeg, double arrivalAzimuthDeg) {
    }

    public static Leg leg(Coordinates from, Coordinates to) {
        GeodesicData g = Geodesic.WGS84.Inverse(from.lat(), from.lon(), to.lat(), to.lon(), DISTANCE_AND_AZIMUTHS);
        return new Leg(g.s12 / 1000.0, normalise(g.azi1), normalise(g.azi2));
    }

    public static double distanceKm(Coordinates from, Coordinates to) {
        return Geodesic.WGS84.Inverse(from.lat(), from.lon(), to.lat(), to.lon(), GeodesicMask.DISTANCE).s12 / 1000.0;
    }

    public static Coordinates destination(Coordinates from, double azimuthDeg, double distanceKm) {
        GeodesicData g = Geodesic.WGS84.Direct(from.lat(), from.lon(), azimuthDeg, distanceKm * 1000.0);
        return new Coordinates(Math.max(-90, Math.min(90, g.lat2)), wrapLongitude(g.lon2));
    }

    /** The smaller angle between two bearings, 0 to 180. */
    public static double angleBetween(double aDeg, double bDeg) {
        double d = Math.abs(normalise(aDeg) - normalise(bDeg));
        return d > 180 ? 360 - d : d;
    }

    public static double normalise(double deg) {
        double d = deg % 360;
        return d < 0 ? d + 360 : d;
    }

    private static double wrapLongitude(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 && lon > 0 ? 180 : l;
    }
}
