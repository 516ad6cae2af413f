package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Populated places in cells of {@value #CELL_DEG}° of latitude and longitude, so that a projection reads only the
 * cells a disc can touch instead of every place. The cells to read come from a latitude extent of radius ÷ 110 km
 * per degree (a degree of latitude is never shorter than 110.57 km) and a longitude extent of that ÷ cos of the
 * highest latitude reached, plus one cell on every side; near a pole every longitude is read. The cell walk wraps
 * at the antimeridian. {@code ProjectionOracleTest} compares the result with reading every place.
 */
final class PlaceIndex {
    static final double CELL_DEG = 0.5;
    private static final int LON_CELLS = (int) Math.round(360 / CELL_DEG);
    private static final int LAT_CELLS = (int) Math.round(180 / CELL_DEG);

    /** A place, its position in the list the index was made from, and what the spherical pre-test needs, worked out once. */
    record Entry(PopulatedPlace place, int ordinal, double sinLat, double cosLat, double lonRad) {
        static Entry of(PopulatedPlace p, int ordinal) {
            double lat = Math.toRadians(p.point().lat());
            return new Entry(p, ordinal, Math.sin(lat), Math.cos(lat), Math.toRadians(p.point().lon()));
        }

        static Entry of(PopulatedPlace p) {
            return of(p, 0);
        }
    }

    private final Map<Long, List<Entry>> cells = new HashMap<>();

    PlaceIndex(List<PopulatedPlace> places) {
        for (int i = 0; i < places.size(); i++) {
            PopulatedPlace p = places.get(i);
            cells.computeIfAbsent(key(latCell(p.point().lat()), Math.floorMod(lonCell(p.point().lon()), LON_CELLS)), k -> new ArrayList<>()).add(Entry.of(p, i));
        }
    }

    /** Every place that may lie within {@code radiusKm} of the centre (and others: the caller checks exactly). */
    void near(Coordinates centre, double radiusKm, Consumer<Entry> visit) {
        double dLat = radiusKm / 110.0;
        double latMin = centre.lat() - dLat, latMax = centre.lat() + dLat;
        int rowMin = Math.max(0, latCell(latMin) - 1), rowMax = Math.min(LAT_CELLS - 1, latCell(latMax) + 1);
        double highest = Math.max(Math.abs(latMin), Math.abs(latMax)) + CELL_DEG;
        boolean allLongitudes = highest >= 89;
        double dLon = allLongitudes ? 180 : dLat / Math.cos(Math.toRadians(highest));
        int colFirst, colCount;
        if (allLongitudes || dLon >= 179) {
            colFirst = 0;
            colCount = LON_CELLS;
        } else {
            colFirst = lonCell(centre.lon() - dLon) - 1;
            colCount = Math.min(LON_CELLS, lonCell(centre.lon() + dLon) + 1 - colFirst + 1);
        }
        for (int row = rowMin; row <= rowMax; row++) {
            for (int i = 0; i < colCount; i++) {
                List<Entry> in = cells.get(key(row, Math.floorMod(colFirst + i, LON_CELLS)));
                if (in != null) in.forEach(visit);
            }
        }
    }

    private static int latCell(double lat) {
        return Math.min(LAT_CELLS - 1, Math.max(0, (int) Math.floor((lat + 90) / CELL_DEG)));
    }

    /** Unwrapped: longitudes beyond ±180 give cells outside 0..LON_CELLS, wrapped by the caller. */
    private static int lonCell(double lon) {
        return (int) Math.floor((lon + 180) / CELL_DEG);
    }

    private static long key(int row, int col) {
        return (long) row * LON_CELLS + col;
    }
}
