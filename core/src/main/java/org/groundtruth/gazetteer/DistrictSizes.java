package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a district reaches from its seat, for a record placed only at its district (docs/decisions/0217): from the
 * places the gazetteer files under that district, the distance within which nine in ten of them lie (a misfiled
 * place does not stretch it), plus a margin; where fewer than three are known, the country's typical district.
 */
final class DistrictSizes {
    static final int MIN_MEMBERS = 3;
    static final double MARGIN_KM = 2, MIN_KM = 8, MAX_KM = 75;
    /**
     * Typical reach of a district from its seat where the gazetteer knows too few of its places: Syria's 65 districts
     * average 2,850 km² (a circle of 30 km), Ukraine's 136 raions since 2020 about 4,400 km² (37 km; the seat is rarely
     * central: 45 km), Russia's raions and Belarus's rayons are of Ukraine's old size (about 1,300 to 1,800 km²).
     */
    private static final Map<String, Double> TYPICAL_KM = Map.of("SY", 30.0, "UA", 45.0, "RU", 30.0, "BY", 25.0);
    static final double DEFAULT_KM = 25;

    private final Map<String, List<Coordinates>> pointsByDistrict = new HashMap<>();

    DistrictSizes(Collection<Place> places) {
        for (Place p : places) {
            if (PlaceNames.isNoName(p.district()) || p.isGovernorate()) continue;
            pointsByDistrict.computeIfAbsent(key(p.countryCode(), p.district()), k -> new ArrayList<>()).add(p.point());
        }
    }

    /** The reach in km of the district written {@code district} in this country (alpha-2, or null), from its seat. */
    double reachKm(String country, String district, Coordinates seat) {
        List<Coordinates> members = country == null ? null : pointsByDistrict.get(key(country, district));
        if (members == null || members.size() < MIN_MEMBERS) return country == null ? DEFAULT_KM : TYPICAL_KM.getOrDefault(country, DEFAULT_KM);
        double[] km = new double[members.size()];
        for (int i = 0; i < km.length; i++) km[i] = seat.distanceKm(members.get(i));
        java.util.Arrays.sort(km);
        double p90 = km[(int) Math.ceil(0.9 * km.length) - 1];
        return Math.max(MIN_KM, Math.min(MAX_KM, p90 + MARGIN_KM));
    }

    private static String key(String country, String district) {
        return country + "|" + PlaceNames.skeletonKey(district);
    }
}
