package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The area a flight threatens (decision 0800): from the origin, the bearings within {@link #halfWidthAt} of the
 * heading, out to {@link #reachKm}; the half-width starts at {@code halfWidthDeg} and grows by
 * {@code growthDegPer100Km} every 100 km up to {@code maxHalfWidthDeg}, because a pilot can turn. The origin itself
 * is uncertain by {@code nearKm}: everything that close counts whatever its bearing, and farther out the half-width
 * gains the angle that offset subtends, asin(nearKm ÷ distance), so that the sector holds every point within
 * {@code nearKm} of the cone. With no heading the sector is the whole disc.
 */
public record Sector(Coordinates origin, Double headingDeg, double halfWidthDeg, double growthDegPer100Km, double maxHalfWidthDeg,
                     double nearKm, double reachKm) {
    public Sector {
        Objects.requireNonNull(origin, "origin");
        if (headingDeg != null) headingDeg = Geodesy.normalise(headingDeg);
        if (!(halfWidthDeg >= 0) || !(growthDegPer100Km >= 0) || !(maxHalfWidthDeg >= halfWidthDeg) || !(nearKm >= 0) || !(reachKm >= 0)) {
            throw new IllegalArgumentException("sector: widths, growth, near and reach must be non-negative, max >= start");
        }
    }

    public static Sector disc(Coordinates origin, double reachKm) {
        return new Sector(origin, null, 180, 0, 180, 0, reachKm);
    }

    public boolean directional() {
        return headingDeg != null && maxHalfWidthDeg < 180;
    }

    public double halfWidthAt(double distanceKm) {
        double cone = Math.min(maxHalfWidthDeg, halfWidthDeg + growthDegPer100Km * distanceKm / 100.0);
        return nearKm == 0 ? cone : cone + Math.toDegrees(Math.asin(Math.min(1, nearKm / Math.max(distanceKm, nearKm))));
    }

    /** Whether a point at this distance and bearing from the origin is inside. */
    public boolean contains(double distanceKm, double azimuthDeg) {
        if (distanceKm > reachKm) return false;
        if (distanceKm <= nearKm || !directional()) return true;
        return Geodesy.angleBetween(azimuthDeg, headingDeg) <= halfWidthAt(distanceKm);
    }

    public boolean contains(Coordinates p) {
        Geodesy.Leg leg = Geodesy.leg(origin, p);
        return contains(leg.distanceKm(), leg.azimuthDeg());
    }

    /** The outline as a closed ring (first point repeated last), for maps and CAP: edges, far arc and the near disc's back. */
    public List<Coordinates> outline() {
        List<Coordinates> ring = new ArrayList<>();
        if (!directional()) {
            for (int i = 0; i < 72; i++) ring.add(Geodesy.destination(origin, i * 5.0, reachKm));
        } else {
            int steps = 12;
            double start = Math.min(nearKm, reachKm);
            for (int i = 0; i <= steps; i++) {
                double d = start + (reachKm - start) * i / steps;
                ring.add(Geodesy.destination(origin, headingDeg - halfWidthAt(d), d));
            }
            double far = halfWidthAt(reachKm);
            for (int i = 1; i < steps; i++) ring.add(Geodesy.destination(origin, headingDeg - far + 2 * far * i / steps, reachKm));
            for (int i = steps; i >= (start > 0 ? 0 : 1); i--) {
                double d = start + (reachKm - start) * i / steps;
                ring.add(Geodesy.destination(origin, headingDeg + halfWidthAt(d), d));
            }
            if (start > 0) {
                double from = headingDeg + halfWidthAt(start), to = headingDeg + 360 - halfWidthAt(start);
                for (int i = 1; i < steps; i++) ring.add(Geodesy.destination(origin, from + (to - from) * i / steps, start));
            }
        }
        ring.add(ring.get(0));
        return List.copyOf(ring);
    }
}
