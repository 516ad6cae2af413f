package org.groundtruth.map;

import org.groundtruth.incident.BoundingBox;

/**
 * Square cells of the Web Mercator plane at one map zoom: {@code 2^(zoom+2)} cells across the world, so each is 64
 * pixels wide on the map's 256-pixel tiles and looks the same size anywhere on screen. Cells are numbered
 * {@code column * cellsAcross + row}, columns from the antimeridian eastwards, rows from the north; latitudes beyond
 * Web Mercator's ±85.0511° fall in the first or last row.
 */
public record MercatorGrid(int zoom) {
    public static final int MAX_ZOOM = 20;
    static final double MAX_LAT = 85.0511287798066;

    public MercatorGrid {
        if (zoom < 0 || zoom > MAX_ZOOM) throw new IllegalArgumentException("zoom " + zoom + " is outside 0.." + MAX_ZOOM);
    }

    public long cellsAcross() {
        return 1L << (zoom + 2);
    }

    public long cellOf(double lat, double lon) {
        return column(lon) * cellsAcross() + row(lat);
    }

    public long column(double lon) {
        return clamp((long) Math.floor((lon + 180) / 360 * cellsAcross()));
    }

    public long row(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        double y = (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
        return clamp((long) Math.floor(y * cellsAcross()));
    }

    public long columnOfCell(long cell) {
        return cell / cellsAcross();
    }

    public long rowOfCell(long cell) {
        return cell % cellsAcross();
    }

    /** The cell's edges in degrees (the inverse projection): west, south, east, north. */
    public BoundingBox bounds(long cell) {
        long n = cellsAcross(), x = columnOfCell(cell), y = rowOfCell(cell);
        return new BoundingBox(lonOfEdge(x, n), latOfEdge(y + 1, n), lonOfEdge(x + 1, n), latOfEdge(y, n));
    }

    private static double lonOfEdge(long x, long n) {
        return (double) x / n * 360 - 180;
    }

    private static double latOfEdge(long y, long n) {
        if (y == 0) return 90; // the first and last rows reach the poles: they hold what lies beyond Mercator's edge
        if (y == n) return -90;
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2.0 * y / n))));
    }

    private long clamp(long i) {
        return Math.max(0, Math.min(cellsAcross() - 1, i));
    }
}
