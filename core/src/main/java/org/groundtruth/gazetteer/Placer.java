package org.groundtruth.gazetteer;

import org.groundtruth.place.Location;

/**
 * Gives coordinates to a location that has only names. Returns the location unchanged when nothing matched
 * (it is then kept and listed as unplaced, never dropped).
 */
@FunctionalInterface
public interface Placer {
    Placer NONE = location -> location;

    Location place(Location location);
}
