package org.groundtruth.warning;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.groundtruth.place.Coordinates;

/**
 * The geodesics from the most recent origins to the places, filled in as projections need them (decision 0813): per
 * origin, the distance (km) and azimuth (degrees) to place i at [2i] and [2i + 1], NaN until computed. The oldest
 * origin is forgotten when more than {@code capacity} are kept (64 origins of 11,225 places: 11.5 MB).
 */
final class LegCache {
    private final int places;
    private final Map<Coordinates, double[]> byOrigin;

    LegCache(int places, int capacity) {
        this.places = places;
        this.byOrigin = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Coordinates, double[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized double[] from(Coordinates origin) {
        return byOrigin.computeIfAbsent(origin, o -> {
            double[] legs = new double[2 * places];
            Arrays.fill(legs, Double.NaN);
            return legs;
        });
    }
}
