package org.groundtruth.incident;

/** A WGS84 box as OGC's bbox parameter gives it: west, south, east, north. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
        if (minLat > maxLat) throw new IllegalArgumentException("bbox south " + minLat + " is north of its north " + maxLat);
        if (minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
            throw new IllegalArgumentException("bbox " + minLon + "," + minLat + "," + maxLon + "," + maxLat + " leaves the world");
        }
    }

    /** True when the box crosses the antimeridian (west edge east of the east edge). */
    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    public boolean contains(double lat, double lon) {
        boolean inLon = crossesAntimeridian() ? lon >= minLon || lon <= maxLon : lon >= minLon && lon <= maxLon;
        return inLon && lat >= minLat && lat <= maxLat;
    }
}
