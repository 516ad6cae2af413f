package org.groundtruth.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

class PlaceDirectoryTest {
    static PlaceName town(String name, String ar, String uk, double lat, double lon, String gov, String cc, long size) {
        return new PlaceName(name, ar, uk, List.of(), lat, lon, LocationPrecision.TOWN, gov, null, cc, size, size);
    }

    final PlaceName aleppo = town("Aleppo", "حلب", null, 36.2012, 37.1612, "Aleppo", "SY", 1_602_264);
    final PlaceName idlib = town("Idlib", "إدلب", null, 35.9306, 36.6339, "Idlib", "SY", 128_840);
    final PlaceName ariha = town("Ariha", "أريحا", null, 35.8137, 36.6096, "Idlib", "SY", 20_000);
    final PlaceName maarat = town("Maarat al-Numan", "معرة النعمان", null, 35.6438, 36.6710, "Idlib", "SY", 58_008);
    final PlaceName village = town("Arihah Village", null, null, 35.82, 36.62, "Idlib", "SY", 500);
    final PlaceName kharkiv = town("Kharkiv", null, "Харків", 49.9808, 36.2527, "Kharkivska", "UA", 1_433_886);
    final PlaceName quarter = new PlaceName("Bustan al-Qasr", "بستان القصر", null, List.of(), 36.1886, 37.1402,
            LocationPrecision.NEIGHBOURHOOD, "Aleppo", null, "SY", 0, 0);
    final PlaceDirectory directory = new PlaceDirectory(List.of(village, ariha, quarter, maarat, kharkiv, idlib, aleppo));

    @Test
    void theLargerTownsAreNamedFirstVillagesAndQuartersOnlyWhenZoomedIn() {
        BoundingBox syria = new BoundingBox(35.5, 32.3, 42.4, 37.4);
        assertThat(names(directory.labels(syria, 4, 100))).containsExactly("Aleppo");
        assertThat(names(directory.labels(syria, 7, 100))).containsExactly("Aleppo", "Idlib", "Maarat al-Numan");
        assertThat(names(directory.labels(syria, 9, 100))).containsExactly("Aleppo", "Idlib", "Maarat al-Numan", "Ariha");
        assertThat(names(directory.labels(syria, 10, 100))).as("a village 1 km from a town waits until their names part")
                .doesNotContain("Arihah Village", "Bustan al-Qasr");
        assertThat(names(directory.labels(syria, 13, 100))).contains("Bustan al-Qasr", "Arihah Village");
        assertThat(names(directory.labels(syria, 9, 2))).containsExactly("Aleppo", "Idlib");
        assertThat(names(directory.labels(new BoundingBox(30, 45, 40, 55), 5, 100))).containsExactly("Kharkiv");
    }

    @Test
    void aPlaceIsFoundAsItsNameIsTypedInLatinArabicOrUkrainian() {
        assertThat(directory.search("Ari", 10)).containsExactly(ariha, village);
        assertThat(directory.search("ariha", 10)).first().isEqualTo(ariha);
        assertThat(directory.search("أريح", 10)).containsExactly(ariha);
        assertThat(directory.search("اريحا", 10)).as("hamza carriers folded").containsExactly(ariha);
        assertThat(directory.search("Харк", 10)).containsExactly(kharkiv);
        assertThat(directory.search("Khark", 10)).containsExactly(kharkiv);
        assertThat(directory.search("Numan", 10)).as("a later word of the name").containsExactly(maarat);
        assertThat(directory.search("Maarrat", 10)).as("a doubled letter").containsExactly(maarat);
        assertThat(directory.search("Idleb", 10)).as("by its consonants where no spelling begins so").containsExactly(idlib);
        assertThat(directory.search("a", 10)).as("one letter is too little").isEmpty();
        assertThat(directory.search("  ", 10)).isEmpty();
        assertThat(directory.search("Zzyzx", 10)).isEmpty();
        assertThat(directory.search("A", 10)).isEmpty();
        assertThat(directory.search("Al", 3)).hasSize(3).first().isEqualTo(aleppo);
        // a name typed whole comes first; otherwise the larger place, even where a smaller one's spelling equals the text
        PlaceName hamlet = town("Marrat", null, null, 35.31, 40.24, "Deir ez-Zor", "SY", 5_000);
        PlaceDirectory more = new PlaceDirectory(List.of(hamlet, maarat));
        assertThat(more.search("Maarat", 5)).containsExactly(maarat, hamlet);
        assertThat(more.search("Marrat", 5)).containsExactly(hamlet, maarat);
    }

    private static List<String> names(List<PlaceDirectory.Label> labels) {
        return labels.stream().map(l -> l.place().name()).toList();
    }
}
