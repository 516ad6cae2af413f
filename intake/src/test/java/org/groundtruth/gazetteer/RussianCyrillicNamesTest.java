package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 2: Russian place names written in Cyrillic (a Ukrainian or Russian record of strikes across the
 * border) are found as the bundled GeoNames spell them, in Russian romanisation (г is g, и is i), while Ukrainian
 * Cyrillic keeps the Ukrainian one (Ужгород is Uzhhorod, not Uzhgorod).
 */
class RussianCyrillicNamesTest {
    final Gazetteer gazetteer = BundledGazetteer.load();

    private Location place(String name, String governorate, String country) {
        return gazetteer.place(Location.unplaced(name, governorate, null, country));
    }

    @Test
    void russianCitiesInCyrillicAreTheRussianCities() {
        Map<String, double[]> cities = new LinkedHashMap<>();
        cities.put("Белгород", new double[]{50.60, 36.58});
        cities.put("Курск", new double[]{51.73, 36.18});
        cities.put("Брянск", new double[]{53.25, 34.37});
        cities.put("Воронеж", new double[]{51.67, 39.19});
        cities.put("Липецк", new double[]{52.59, 39.55});
        cities.put("Таганрог", new double[]{47.24, 38.90});
        cities.put("Нижний Новгород", new double[]{56.33, 44.00});
        cities.forEach((name, latLon) -> {
            for (String country : new String[]{"UA", "RU"}) {
                Location l = place(name, null, country);
                assertThat(l.isPlaced()).as(name + " in a record of " + country).isTrue();
                assertThat(l.countryCode()).as(name).isEqualTo("RU");
                assertThat(l.point().distanceKm(new Coordinates(latLon[0], latLon[1]))).as(name).isLessThan(10);
            }
        });
    }

    @Test
    void aRussianRegionInCyrillicIsThatRegionAndATownIsLookedForInIt() {
        Location region = place("Белгородская область", null, "UA");
        assertThat(region.countryCode()).isEqualTo("RU");
        assertThat(region.precision()).isEqualTo(LocationPrecision.GOVERNORATE);
        Location shebekino = place("Шебекино", "Белгородская область", "RU");
        assertThat(shebekino.isPlaced()).isTrue();
        assertThat(shebekino.point().distanceKm(new Coordinates(50.41, 36.90))).isLessThan(10);
    }

    @Test
    void ukrainianCyrillicKeepsTheUkrainianRomanisation() {
        Location uzhhorod = place("Ужгород", null, "UA");
        assertThat(uzhhorod.countryCode()).isEqualTo("UA");
        assertThat(uzhhorod.point().distanceKm(new Coordinates(48.62, 22.29))).isLessThan(10);
        assertThat(place("Харків", null, "UA").countryCode()).isEqualTo("UA");
        assertThat(place("Луганськ", null, "UA").point().distanceKm(new Coordinates(48.57, 39.31))).isLessThan(10);
    }
}
