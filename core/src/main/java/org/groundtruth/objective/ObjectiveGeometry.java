package org.groundtruth.objective;

import org.groundtruth.place.Coordinates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A point (base, checkpoint), a line (front line) or an area (polygon without holes) in WGS84, with the distance
 * from a point to it in km. Distances to lines and area edges are computed in a local equirectangular projection
 * around the incident, exact to well under 1% within a few hundred km, which is all a "nearest objective" needs.
 * Stored and exchanged as WKT ("POINT (36.6 35.9)", longitude first).
 */
public sealed interface ObjectiveGeometry {

    double distanceKm(Coordinates from);

    /** A representative point (the point itself, the first vertex) for maps and lists. */
    Coordinates anchor();

    String wkt();

    record Point(Coordinates at) implements ObjectiveGeometry {
        public Point {
            if (at == null) throw new IllegalArgumentException("a point needs coordinates");
        }

        public double distanceKm(Coordinates from) {
            return from.distanceKm(at);
        }

        public Coordinates anchor() {
            return at;
        }

        public String wkt() {
            return "POINT (" + pair(at) + ")";
        }
    }

    record Line(List<Coordinates> vertices) implements ObjectiveGeometry {
        public Line {
            vertices = List.copyOf(vertices);
            if (vertices.size() < 2) throw new IllegalArgumentException("a line needs at least 2 points, got " + vertices.size());
        }

        public double distanceKm(Coordinates from) {
            return toSegments(from, vertices);
        }

        public Coordinates anchor() {
            return vertices.getFirst();
        }

        public String wkt() {
            return "LINESTRING (" + pairs(vertices) + ")";
        }
    }

    /** A polygon's outer ring, closed (first point repeated last). */
    record Area(List<Coordinates> ring) implements ObjectiveGeometry {
        public Area {
            ring = List.copyOf(ring);
            if (ring.size() < 4) throw new IllegalArgumentException("an area needs a closed ring of at least 4 points, got " + ring.size());
            if (!ring.getFirst().equals(ring.getLast())) {
                throw new IllegalArgumentException("an area's ring must be closed: first point " + pair(ring.getFirst())
                        + " differs from last " + pair(ring.getLast()));
            }
        }

        public double distanceKm(Coordinates from) {
            return contains(from) ? 0 : toSegments(from, ring);
        }

        public boolean contains(Coordinates p) {
            boolean inside = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                Coordinates a = ring.get(i), b = ring.get(j);
                if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                        && p.lon() < (b.lon() - a.lon()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lon()) inside = !inside;
            }
            return inside;
        }

        public Coordinates anchor() {
            return ring.getFirst();
        }

        public String wkt() {
            return "POLYGON ((" + pairs(ring) + "))";
        }
    }

    /** Shortest distance from a point to a chain of segments, in a local projection centred on the point. */
    private static double toSegments(Coordinates from, List<Coordinates> chain) {
        double kmPerDegLat = Math.toRadians(org.groundtruth.matching.GreatCircle.EARTH_RADIUS_KM);
        double kmPerDegLon = kmPerDegLat * Math.cos(Math.toRadians(from.lat()));
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < chain.size(); i++) {
            double ax = (chain.get(i).lon() - from.lon()) * kmPerDegLon, ay = (chain.get(i).lat() - from.lat()) * kmPerDegLat;
            double bx = (chain.get(i + 1).lon() - from.lon()) * kmPerDegLon, by = (chain.get(i + 1).lat() - from.lat()) * kmPerDegLat;
            double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            double px = ax + t * dx, py = ay + t * dy;
            best = Math.min(best, Math.sqrt(px * px + py * py));
        }
        return best;
    }

    private static String pair(Coordinates c) {
        return num(c.lon()) + " " + num(c.lat());
    }

    private static String pairs(List<Coordinates> cs) {
        StringBuilder b = new StringBuilder();
        for (Coordinates c : cs) {
            if (!b.isEmpty()) b.append(", ");
            b.append(pair(c));
        }
        return b.toString();
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.7f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Reads POINT, LINESTRING and POLYGON (outer ring only) WKT; the message names what is wrong. */
    static ObjectiveGeometry parseWkt(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("geometry is empty");
        String t = text.strip();
        int open = t.indexOf('(');
        if (open < 0 || !t.endsWith(")")) throw new IllegalArgumentException("geometry: not WKT like POINT (lon lat)");
        String type = t.substring(0, open).strip().toUpperCase(Locale.ROOT);
        String body = t.substring(open + 1, t.length() - 1).strip();
        return switch (type) {
            case "POINT" -> new Point(coords(body).getFirst());
            case "LINESTRING" -> new Line(coords(body));
            case "POLYGON" -> {
                if (!body.startsWith("(")) throw new IllegalArgumentException("polygon '" + t + "' needs ((...)) around its ring");
                int close = body.indexOf(')');
                yield new Area(coords(body.substring(1, close)));
            }
            default -> throw new IllegalArgumentException("geometry type '" + type + "' is not POINT, LINESTRING or POLYGON");
        };
    }

    static ObjectiveGeometry wkt(String text) {
        return parseWkt(text);
    }

    private static List<Coordinates> coords(String body) {
        List<Coordinates> out = new ArrayList<>();
        for (String pair : body.split(",")) {
            String[] xy = pair.strip().split("\\s+");
            if (xy.length < 2) throw new IllegalArgumentException("'" + pair.strip() + "' is not a 'lon lat' pair");
            try {
                out.add(new Coordinates(Double.parseDouble(xy[1]), Double.parseDouble(xy[0])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not a pair of numbers");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("geometry has no coordinates");
        return out;
    }
}
