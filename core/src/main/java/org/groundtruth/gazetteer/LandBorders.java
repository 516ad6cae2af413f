package org.groundtruth.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * Which countries share a land border, for the countries whose sources Groundtruth reads. A source filed under one
 * country often names places just across the border (a Ukrainian record of a drone strike on Kursk, a Syrian one of
 * shelling from Hatay), so a lookup hinted to one country also looks, strictly, at its neighbours
 * (docs/decisions/0210).
 */
final class LandBorders {
    private LandBorders() {
    }

    private static final Map<String, List<String>> NEIGHBOURS = Map.ofEntries(
            Map.entry("UA", List.of("RU", "BY", "MD", "PL", "RO", "SK", "HU")),
            Map.entry("RU", List.of("UA", "BY", "GE", "AZ", "KZ", "EE", "LV", "LT", "PL", "FI", "NO", "MN", "CN", "KP")),
            Map.entry("BY", List.of("UA", "RU", "PL", "LT", "LV")),
            Map.entry("SY", List.of("TR", "IQ", "JO", "LB", "IL")),
            Map.entry("IQ", List.of("SY", "TR", "IR", "KW", "SA", "JO")),
            Map.entry("LB", List.of("SY", "IL")),
            Map.entry("TR", List.of("SY", "IQ", "IR", "GE", "AM", "AZ", "BG", "GR")),
            Map.entry("JO", List.of("SY", "IQ", "SA", "IL", "PS")),
            Map.entry("IL", List.of("LB", "SY", "JO", "EG", "PS")),
            Map.entry("PS", List.of("IL", "EG", "JO")),
            Map.entry("YE", List.of("SA", "OM")),
            Map.entry("SD", List.of("EG", "LY", "TD", "CF", "SS", "ET", "ER")),
            Map.entry("MD", List.of("UA", "RO")));

    /** The land neighbours of a country (ISO alpha-2), empty when unknown. */
    static List<String> of(String alpha2) {
        return alpha2 == null ? List.of() : NEIGHBOURS.getOrDefault(alpha2, List.of());
    }
}
