package org.groundtruth.placename;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * From which zoom the map names each place, so that names never overlap and the larger places win: the places are
 * taken largest first, and each is named from the lowest zoom that is at least its own first zoom and at which, from
 * then on, its label box clears the box of every larger place already named there. Label boxes are as wide as
 * each name (at most {@link #MAX_WIDTH_PX}) and {@link #HEIGHT_PX} pixels high, centred on the place, on the Web
 * Mercator map of 256-pixel tiles.
 *
 * <p>A larger place q constrains p only if their boxes overlap at the zoom q is named from (once named, a place stays
 * named at every higher zoom, and boxes only move apart as the zoom grows); p must then wait for the zoom at which
 * they come apart. To find those q without comparing every pair, the places named from zoom z are kept in a grid of
 * cells as wide as the widest box and a box high at zoom z, where an overlapping box lies in one of the nine cells
 * around p
 * ({@code LabelZoomsOracleTest} checks the result against the pairwise rule on seeded random places). Boxes are not
 * carried across the antimeridian.
 */
public final class LabelZooms {
    /** The highest zoom the map offers; a place whose name would only fit beyond it is not named. */
    public static final int MAX_ZOOM = 18;
    /** Marks a place the map never names. */
    public static final int NEVER = Integer.MAX_VALUE;
    /** The widest box a name may take, and the height of every box (a line of the largest names). */
    public static final double MAX_WIDTH_PX = 240;
    public static final double HEIGHT_PX = 22;
    private static final double WORLD_PX = 256;

    private LabelZooms() {
    }

    /**
     * @param x         Web Mercator x of each place, 0 at the antimeridian to 1 ({@link #mercatorX})
     * @param y         Web Mercator y of each place, 0 at the north edge to 1 ({@link #mercatorY})
     * @param widthPx   the width of each place's name on the map, at most {@link #MAX_WIDTH_PX}
     * @param firstZoom the lowest zoom each place may be named at ({@link #NEVER}: not at all)
     * @param order     the places' indexes, largest place first
     * @return the zoom each place is named from, or {@link #NEVER}
     */
    public static int[] shownFrom(double[] x, double[] y, double[] widthPx, int[] firstZoom, int[] order) {
        int n = x.length;
        if (y.length != n || widthPx.length != n || firstZoom.length != n || order.length != n) {
            throw new IllegalArgumentException("x, y, widthPx, firstZoom and order differ in length");
        }
        for (double w : widthPx) if (!(w > 0 && w <= MAX_WIDTH_PX)) throw new IllegalArgumentException("a label width " + w + " is outside (0, " + MAX_WIDTH_PX + "]");
        int[] from = new int[n];
        java.util.Arrays.fill(from, NEVER);
        List<Map<Long, List<Integer>>> namedAt = new ArrayList<>(); // per zoom: box-sized cell -> places named from that zoom
        for (int z = 0; z <= MAX_ZOOM; z++) namedAt.add(new HashMap<>());
        for (int p : order) {
            if (firstZoom[p] > MAX_ZOOM) continue;
            int zoom = Math.max(0, firstZoom[p]);
            for (int z = 0; z <= MAX_ZOOM; z++) {
                Map<Long, List<Integer>> grid = namedAt.get(z);
                if (grid.isEmpty()) continue;
                long cx = cellX(x[p], z), cy = cellY(y[p], z);
                for (long i = cx - 1; i <= cx + 1; i++) {
                    for (long j = cy - 1; j <= cy + 1; j++) {
                        List<Integer> there = grid.get(key(i, j));
                        if (there == null) continue;
                        for (int q : there) {
                            int apart = separationZoom(x[p] - x[q], y[p] - y[q], (widthPx[p] + widthPx[q]) / 2);
                            if (apart > z) zoom = Math.max(zoom, apart);
                        }
                    }
                }
            }
            if (zoom > MAX_ZOOM) continue;
            from[p] = zoom;
            namedAt.get(zoom).computeIfAbsent(key(cellX(x[p], zoom), cellY(y[p], zoom)), k -> new ArrayList<>()).add(p);
        }
        return from;
    }

    /**
     * The lowest zoom at which two label boxes whose centres lie {@code dx}, {@code dy} apart (in Web Mercator units)
     * no longer overlap, {@code halfWidthsPx} being half the sum of their widths; {@link #NEVER} for two places at the
     * same point.
     */
    public static int separationZoom(double dx, double dy, double halfWidthsPx) {
        double ax = Math.abs(dx) * WORLD_PX, ay = Math.abs(dy) * WORLD_PX;
        for (int z = 0; z <= 30; z++) {
            double scale = (double) (1L << z);
            if (ax * scale >= halfWidthsPx || ay * scale >= HEIGHT_PX) return z;
        }
        return NEVER;
    }

    public static double mercatorX(double lon) {
        return (lon + 180) / 360;
    }

    public static double mercatorY(double lat) {
        double phi = Math.toRadians(Math.max(-85.0511287798066, Math.min(85.0511287798066, lat)));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
    }

    private static long cellX(double x, int zoom) {
        return (long) Math.floor(x * WORLD_PX * (1L << zoom) / MAX_WIDTH_PX);
    }

    private static long cellY(double y, int zoom) {
        return (long) Math.floor(y * WORLD_PX * (1L << zoom) / HEIGHT_PX);
    }

    private static long key(long i, long j) {
        return i * 0x1_0000_0000L + j; // at most 2^26 box columns and rows at zoom 18: no two cells share a key
    }
}
