package org.groundtruth.gazetteer;

import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled ucdp_ged_places_SY.csv is exactly what {@link GazetteerFiles#placesFromUcdpGed} derives from the UCDP
 * GED Syria file in shared/data. Run with -Dgroundtruth.regenerate=true to rewrite it after changing the derivation.
 */
class UcdpPlacesGoldenTest {
    static final Path GED = Path.of(System.getProperty("groundtruth.shared"), "data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
    static final Path BUNDLED = Path.of("src/main/resources/gazetteer", BundledGazetteer.UCDP_RESOURCE);

    @Test
    void bundledFileIsTheDerivationOfTheSharedUcdpFile() throws IOException {
        List<Place> derived = GazetteerFiles.placesFromUcdpGed(GED);
        StringWriter out = new StringWriter();
        GazetteerFiles.writeCsv(derived, out);
        if (Boolean.getBoolean("groundtruth.regenerate")) Files.writeString(BUNDLED, out.toString(), StandardCharsets.UTF_8);
        assertThat(Files.readString(BUNDLED, StandardCharsets.UTF_8)).isEqualTo(out.toString());
    }

    @Test
    void derivationStripsThePlaceKindAndKeepsExactPlacesOnly() {
        List<Place> derived = GazetteerFiles.placesFromUcdpGed(GED);
        assertThat(derived).hasSizeBetween(1000, 1400);
        Place anadan = derived.stream().filter(p -> p.name().equals("Anadan")).findFirst().orElseThrow();
        assertThat(anadan.governorate()).isEqualTo("Aleppo Governorate");
        assertThat(anadan.level()).isEqualTo(LocationPrecision.TOWN);
        assertThat(derived).extracting(Place::name).doesNotContain("Anadan town", "Aleppo town")
                .contains("Aleppo", "Al Lataminah", "Kafr Zayta");
        assertThat(derived).filteredOn(p -> p.name().equals("Al Lajah area")).singleElement()
                .extracting(Place::level).isEqualTo(LocationPrecision.DISTRICT);
    }
}
