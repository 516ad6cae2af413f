package org.groundtruth.gazetteer;

import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 2 on the bundled gazetteer: names across the border, first-level names as sources write them, and the
 * level a fallback is labelled with (docs/decisions/0210, 0212).
 */
class NeighbourCountriesAndGovernoratesTest {
    final Gazetteer gazetteer = BundledGazetteer.load();

    private Location place(String name, String governorate, String country) {
        return gazetteer.place(Location.unplaced(name, governorate, null, country));
    }

    @Test
    void russianCitiesNamedInUkrainianRecordsAreTheRussianCities() {
        Map<String, double[]> cities = Map.of("Kursk", new double[]{51.73, 36.18}, "Moscow", new double[]{55.75, 37.62},
                "Voronezh", new double[]{51.67, 39.19}, "Lipetsk", new double[]{52.59, 39.55}, "Belgorod", new double[]{50.60, 36.58});
        cities.forEach((name, latLon) -> {
            Location l = place(name, null, "UA");
            assertThat(l.isPlaced()).as(name).isTrue();
            assertThat(l.countryCode()).as(name).isEqualTo("RU");
            assertThat(l.point().distanceKm(new org.groundtruth.place.Coordinates(latLon[0], latLon[1]))).as(name).isLessThan(5);
        });
    }

    @Test
    void aNeighbouringCountrysRegionNamedAsARegionIsThatRegion() {
        for (String name : new String[]{"Kursk Oblast", "Kursk region", "Kurska oblast", "Bryansk region", "Belgorod Oblast"}) {
            Location l = place(name, null, "UA");
            assertThat(l.countryCode()).as(name).isEqualTo("RU");
            assertThat(l.precision()).as(name).isEqualTo(LocationPrecision.GOVERNORATE);
        }
        // a region as the hint: the town is looked for there
        Location sudzha = place("Sudzha", "Kursk Oblast", "UA");
        assertThat(sudzha.countryCode()).isEqualTo("RU");
        assertThat(sudzha.governorate()).isEqualTo("Kursk Oblast");
    }

    @Test
    void homeNamesStayAtHome() {
        assertThat(place("Kharkiv", null, "UA").countryCode()).isEqualTo("UA");
        assertThat(place("Sumy", null, "UA").countryCode()).isEqualTo("UA");
        // an oblast hint at home keeps the search at home, even for a loose spelling
        assertThat(place("Voronizh", "Sumy Oblast", "UA").countryCode()).isEqualTo("UA");
        assertThat(place("Kafr Nabl", null, "SY").countryCode()).isEqualTo("SY");
    }

    @Test
    void firstLevelNamesAsSourcesWriteThemBecomeTheCanonicalOnes() {
        Map<String, String> written = Map.ofEntries(Map.entry("Damasus", "Damascus"), Map.entry("Idib", "Idlib"),
                Map.entry("Idlin", "Idlib"), Map.entry("northern Aleppo", "Aleppo"), Map.entry("Afrin", "Aleppo"),
                Map.entry("Kobane", "Aleppo"), Map.entry("Reef Idlib", "Idlib"), Map.entry("Hama countryside", "Hama"),
                Map.entry("Eastern Ghouta", "Rif Dimashq"), Map.entry("Jisr al-Shughur", "Idlib"), Map.entry("Lattakia", "Latakia"));
        written.forEach((name, canonical) ->
                assertThat(gazetteer.canonicalGovernorate(name, "SY")).as(name).contains(canonical));
        // too far from any one governorate, or as near to two, is not guessed
        assertThat(gazetteer.canonicalGovernorate("Narnia", "SY")).isEmpty();
    }

    @Test
    void importedRowsGetTheCanonicalGovernorateWhateverTheSpelling() {
        Location given = Location.unplaced("Kafr Nabl", "Idlin", null, "SY");
        Location placed = gazetteer.place(given);
        assertThat(placed.governorate()).isEqualTo("Idlib");
        assertThat(placed.precision()).isEqualTo(LocationPrecision.TOWN);
    }

    @Test
    void aGovernorateWrittenAsThePlaceIsGovernorateLevelNeverATown() {
        for (String name : new String[]{"Idlib Governorate", "Idlib province", "Reef Idlib", "northern Idlib countryside"}) {
            Location l = place(name, null, "SY");
            assertThat(l.precision()).as(name).isEqualTo(LocationPrecision.GOVERNORATE);
            assertThat(l.governorate()).as(name).isEqualTo("Idlib");
        }
        Location onlyGovernorate = place(null, "IDLIB", "SY");
        assertThat(onlyGovernorate.precision()).isEqualTo(LocationPrecision.GOVERNORATE);
        // the town named like its governorate stays the town
        assertThat(place("Idlib", null, "SY").precision()).isEqualTo(LocationPrecision.TOWN);
    }

    @Test
    void aDistrictNamedAsADistrictIsTheDistrict() {
        Location l = place("Ayn Issa nahiyah", null, "SY");
        assertThat(l.precision()).isEqualTo(LocationPrecision.DISTRICT);
    }
}
