package org.groundtruth.attribution;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many attributed incidents named each party within {@code radiusKm} and {@code windowDays} of an incident
 * (an incident naming two parties counts for both). {@code incidents} counts each incident once.
 */
public record ActivityCounts(Map<Party, Integer> perParty, int incidents, double radiusKm, int windowDays) {
    public ActivityCounts {
        EnumMap<Party, Integer> copy = new EnumMap<>(Party.class);
        if (perParty != null) perParty.forEach((p, n) -> { if (n != null && n > 0) copy.put(p, n); });
        perParty = Map.copyOf(copy);
    }

    public static ActivityCounts none(double radiusKm, int windowDays) {
        return new ActivityCounts(Map.of(), 0, radiusKm, windowDays);
    }

    public int of(Party p) {
        return perParty.getOrDefault(p, 0);
    }
}
