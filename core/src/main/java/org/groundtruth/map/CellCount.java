package org.groundtruth.map;

import org.groundtruth.incident.BoundingBox;

/**
 * How many matching incidents lie in one grid cell, where they lie on average (the map puts the count there, not at
 * the cell's corner), and the box around them (what opening the cell lists and zooms to).
 */
public record CellCount(long cell, int count, double meanLat, double meanLon, BoundingBox extent) {
    public CellCount {
        if (count < 1) throw new IllegalArgumentException("a cell count of " + count + " is not a cell");
    }
}
