package org.groundtruth.gazetteer;

import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 2: a record placed only at its district states a radius honest for that district's size, not a fixed
 * 25 km (Syria's districts reach 30 to 90 km from their seats; Ukraine's raions since 2020 are larger still).
 */
class DistrictRadiusTest {
    final Gazetteer gazetteer = BundledGazetteer.load();

    private Location place(String name, String governorate, String district, String country) {
        return gazetteer.place(Location.unplaced(name, governorate, district, country));
    }

    @Test
    void aSyrianDistrictWhosePlacesTheGazetteerKnowsStatesHowFarTheyReach() {
        Location l = place("Tell Nowhere", "Idlib", "Maarat al-Numaan district", "SY");
        assertThat(l.precision()).isEqualTo(LocationPrecision.DISTRICT);
        // nine in ten of the places the gazetteer files under Maarat al-Numaan district lie within 26 km of the town
        assertThat(l.radiusMetres()).isBetween(26_000, 30_000);
        Location jisr = place("Tell Nowhere", "Idlib", "Jisr ash Shughur district", "SY");
        assertThat(jisr.radiusMetres()).as("each district its own reach").isNotEqualTo(l.radiusMetres()).isNotNull();
    }

    @Test
    void aUkrainianRaionWhosePlacesTheGazetteerDoesNotFileStatesTheTypicalRaion() {
        Location l = place("Nevidome", "Kharkivska oblast", "Kupianskyi raion", "UA");
        assertThat(l.isPlaced()).isTrue();
        assertThat(l.precision()).isEqualTo(LocationPrecision.DISTRICT);
        assertThat(l.radiusMetres()).isEqualTo(45_000);
        assertThat(l.effectiveRadiusMetres()).isGreaterThan(LocationPrecision.DISTRICT.typicalRadiusMetres());
    }
}
