package org.groundtruth.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.groundtruth.incident.BoundingBox;

/** Counts points into the cells of one grid, in one pass and memory per occupied cell. Not thread-safe. */
public final class CellCounter {
    private final MercatorGrid grid;
    private final Map<Long, Cell> cells = new HashMap<>();
    private long total;

    public CellCounter(MercatorGrid grid) {
        this.grid = grid;
    }

    public void add(double lat, double lon) {
        cells.computeIfAbsent(grid.cellOf(lat, lon), k -> new Cell()).add(lat, lon);
        total++;
    }

    public long total() {
        return total;
    }

    /** The occupied cells, by cell number. */
    public List<CellCount> cells() {
        List<CellCount> out = new ArrayList<>(cells.size());
        cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(e.getValue().count(e.getKey())));
        return out;
    }

    private static final class Cell {
        int count;
        double sumLat, sumLon;
        double minLat = Double.POSITIVE_INFINITY, minLon = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;

        void add(double lat, double lon) {
            count++;
            sumLat += lat;
            sumLon += lon;
            minLat = Math.min(minLat, lat);
            minLon = Math.min(minLon, lon);
            maxLat = Math.max(maxLat, lat);
            maxLon = Math.max(maxLon, lon);
        }

        CellCount count(long cell) {
            return new CellCount(cell, count, sumLat / count, sumLon / count, new BoundingBox(minLon, minLat, maxLon, maxLat));
        }
    }
}
