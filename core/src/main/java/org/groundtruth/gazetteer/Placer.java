package org.groundtruth.gazetteer;

import org.groundtruth.place.Location;

/**
 * Gives coordinates to a location that has only names. Returns the location unchanged when nothing matched
 * (it is then kept and listed as unplaced, never dropped). A location that already has coordinates keeps them;
 * a placer may still spell its names the way its own lists do (a governorate "LATTAKIA" becomes "Latakia"), so
 * that filters find rows whatever spelling their source used.
 */
@FunctionalInterface
public interface Placer {
    Placer NONE = location -> location;


    Location place(Location location);

    /**
     * As {@link #place(Location)}, with the other place names of the same record (a claim's other localities, the
     * town of a neighbourhood, "north of Hama"), which a placer may use to choose between namesakes.
     */
    default Location place(Location location, java.util.List<String> otherNamesInRecord) {
        return place(location);
    }

    /**
     * What is wrong with coordinates a source gave, judged against the place the same record names (decision 0615):
     * a point far from the named place that, with latitude and longitude swapped, lies at it. Empty when nothing is
     * known against it (no name, a name not found, coordinates not from the source). A placer without places knows
     * nothing against any point.
     */
    default java.util.Optional<String> contradiction(Location location) {
        return java.util.Optional.empty();
    }
}
