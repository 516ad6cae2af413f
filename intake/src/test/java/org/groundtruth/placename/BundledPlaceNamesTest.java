package org.groundtruth.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer's places as the map names them and the look-up finds them. */
class BundledPlaceNamesTest {
    static final PlaceDirectory DIRECTORY = BundledPlaceNames.load(BundledGazetteer.load());

    @Test
    void theSourcesCopiesOfAPlaceAreOneWithGeoNamesPopulationAndNames() {
        List<PlaceName> ariha = DIRECTORY.search("Ariha", 5).stream().filter(p -> p.level() == LocationPrecision.TOWN && "Idlib".equals(p.governorate())).toList();
        assertThat(ariha).hasSize(1);
        PlaceName a = ariha.getFirst();
        assertThat(a.name()).isEqualTo("Ariha");
        assertThat(a.arabicName()).isEqualTo("أريحا");
        assertThat(a.level()).isEqualTo(LocationPrecision.TOWN);
        assertThat(a.size()).as("a district's seat, population not counted").isEqualTo(20_000);
        PlaceName kharkiv = DIRECTORY.search("Харків", 5).getFirst();
        assertThat(kharkiv.name()).isEqualTo("Kharkiv");
        assertThat(kharkiv.ukrainianName()).isEqualTo("Харків");
        assertThat(kharkiv.population()).isGreaterThan(1_000_000);
        assertThat(kharkiv.governorate()).isNotBlank();
        assertThat(DIRECTORY.search("حلب", 5).getFirst().name()).isEqualTo("Aleppo");
        assertThat(DIRECTORY.search("Maarat al-Nu", 5)).first().satisfies(p -> assertThat(p.governorate()).isEqualTo("Idlib"));
        assertThat(DIRECTORY.search("Idlib", 5)).anySatisfy(p -> assertThat(p.level()).isEqualTo(LocationPrecision.GOVERNORATE));
    }

    @Test
    void theMapOfSyriaNamesItsCitiesFirstAndItsVillagesOnlyCloseUp() {
        BoundingBox syria = new BoundingBox(35.5, 32.3, 42.4, 37.4);
        List<String> country = DIRECTORY.labels(syria, 6, 500).stream().map(l -> l.place().name()).toList();
        assertThat(country).contains("Aleppo", "Damascus", "Homs").doesNotContain("Ariha").hasSizeLessThan(40);
        BoundingBox idlib = new BoundingBox(36.3, 35.6, 36.9, 36.1);
        List<String> close = DIRECTORY.labels(idlib, 11, 500).stream().map(l -> l.place().name()).toList();
        assertThat(close).contains("Idlib", "Ariha").hasSizeGreaterThan(country.size() / 2);
    }
}
