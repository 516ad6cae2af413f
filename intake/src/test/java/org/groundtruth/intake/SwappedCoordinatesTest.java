package org.groundtruth.intake;

import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.ingest.ImportRejectedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 9 item 11: a row naming Ariha whose latitude and longitude were reversed was accepted, because the reversed
 * point (36.61 N, 35.81 E) still lies inside Syria's extent, the only thing checked. The point is now checked against
 * the place the row names in the gazetteer (decision 0615).
 */
class SwappedCoordinatesTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = BundledGazetteer.load();
    }

    static String feature(double lon, double lat, String place) {
        return "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\", \"id\": \"a\", \"geometry\": {\"type\": \"Point\", \"coordinates\": ["
                + lon + ", " + lat + "]}, \"properties\": {\"date\": \"2015-11-29\", \"place\": \"" + place + "\", \"governorate\": \"Idlib\", \"country\": \"SY\"}}\n]}";
    }

    @Test
    void arihaWithLatitudeAndLongitudeReversedIsRefusedNamingThePlace(@TempDir Path dir) throws Exception {
        Path swapped = dir.resolve("swapped.geojson");
        Files.writeString(swapped, feature(35.8137, 36.6121, "Ariha")); // GeoJSON is [lon, lat]: these are Ariha's, reversed
        CollectingWriter store = new CollectingWriter();
        assertThatThrownBy(() -> new Importer().importFile(swapped, "geojson", null, gazetteer, store, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("swapped.geojson:2 column 'coordinates'")
                .hasMessageContaining("from Ariha, the place this record names")
                .hasMessageContaining("are latitude and longitude swapped?");
        assertThat(store.lastCommitted).isEmpty();
        assertThat(store.commits).isZero();
    }

    @Test
    void theRightPointAndAPointWithoutANamedPlaceAreAccepted(@TempDir Path dir) throws Exception {
        Path right = dir.resolve("right.geojson");
        Files.writeString(right, feature(36.6121, 35.8137, "Ariha"));
        assertThat(new Importer().importFile(right, "geojson", null, gazetteer, new CollectingWriter(), null).summary()).contains("1");
        Path unnamed = dir.resolve("unnamed.geojson");
        Files.writeString(unnamed, feature(35.8137, 36.6121, "Zqxw-unknown-place"));
        new Importer().importFile(unnamed, "geojson", null, gazetteer, new CollectingWriter(), null); // nothing known against it
        // a point in the next valley of the place named is no contradiction: only far, and swapped near, is
        assertThat(gazetteer.contradiction(org.groundtruth.place.Location.unplaced("Ariha", "Idlib", null, "SY")
                .placedAt(new org.groundtruth.place.Coordinates(35.95, 36.75), org.groundtruth.place.LocationPrecision.TOWN,
                        org.groundtruth.place.PlacedBy.SOURCE))).isEmpty();
    }
}
