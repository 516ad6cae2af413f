package org.groundtruth.publish.report;

import java.util.Objects;

/**
 * A place name to print on the map, from the gazetteer: larger {@code rank} wins when labels would overlap
 * (population, or the order the gazetteer ranks places).
 */
public record MapLabel(String name, double lat, double lon, long rank) {
    public MapLabel {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) throw new IllegalArgumentException("label " + name + " has no position");
    }
}
