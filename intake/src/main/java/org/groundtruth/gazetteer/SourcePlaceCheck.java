package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the governorate a source names against where the place lies, and decides neighbourhood or town.
 * Only for Syria, where the bundled lists without a reliable admin-1 come from.
 */
record SourcePlaceCheck(Gazetteer governorates, List<Place> geonames, Map<String, Coordinates> capitals) {
    /**
     * The governorate, as governorates.csv names it, of a place a source filed under {@code stated}: the governorate
     * of the nearest GeoNames place when the stated name admits it ("DAMASCUS" admits Rif Dimashq, so Duma goes to
     * Rif Dimashq); the stated governorate when that is plausible (one of its GeoNames places within
     * {@value BundledGazetteer#GOVERNORATE_CHECK_KM} km, as near a border); else the nearest place's (Raqqa's places
     * filed under Quneitra).
     */
    String governorate(String stated, Coordinates point) {
        String nearest = geonames.stream()
                .min((a, b) -> Double.compare(a.point().distanceKm(point), b.point().distanceKm(point)))
                .map(Place::governorate).orElseThrow();
        List<String> admitted = governorates.governoratesNamed(stated, "SY").stream().map(Place::name).toList();
        if (admitted.contains(nearest)) return nearest;
        boolean plausible = geonames.stream().anyMatch(p -> admitted.contains(p.governorate())
                && p.point().distanceKm(point) <= BundledGazetteer.GOVERNORATE_CHECK_KM);
        return plausible ? governorates.governorate(stated, "SY").map(Place::name).orElseThrow() : nearest;
    }

    /** NEIGHBOURHOOD near the capital of the stated or the assigned governorate, DISTRICT for nahiyah/mantiqah. */
    LocationPrecision level(String name, String stated, String assigned, Coordinates point) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("nahiyah") || lower.contains("mantiqah")) return LocationPrecision.DISTRICT;
        String statedCanonical = governorates.governorate(stated, "SY").map(Place::name).orElse(assigned);
        for (String g : List.of(statedCanonical, assigned)) {
            Coordinates capital = capitals.get(g);
            if (capital != null && capital.distanceKm(point) <= BundledGazetteer.NEIGHBOURHOOD_KM) return LocationPrecision.NEIGHBOURHOOD;
        }
        return LocationPrecision.TOWN;
    }
}
