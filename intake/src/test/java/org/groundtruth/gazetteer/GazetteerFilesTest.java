package org.groundtruth.gazetteer;

import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GazetteerFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static RowProblem onlyProblem(ImportRejectedException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    // ------------------------------------------------------------------------------------------------ CSV

    @Test
    void readsTheSimpleCsvWithOptionalColumns() throws IOException {
        Path csv = write("places.csv", """
                name,lat,lon,name_ar,alt_names,governorate,district,country,level
                Ariha,35.8123,36.6089,أريحا,Areha;Riha,Idlib,Ariha district,SY,town
                Bustan al-Qasr,36.1894,37.1375,,,Aleppo,,SYR,neighbourhood
                Hama,35.13,36.75,,,,,SY,governorate
                """);
        List<Place> places = GazetteerFiles.loadCsv(csv);
        assertThat(places).hasSize(3);
        Place ariha = places.get(0);
        assertThat(ariha.arabicName()).isEqualTo("أريحا");
        assertThat(ariha.alternativeNames()).containsExactly("Areha", "Riha");
        assertThat(ariha.district()).isEqualTo("Ariha district");
        assertThat(ariha.source()).isEqualTo("csv:places.csv");
        assertThat(places.get(1).countryCode()).isEqualTo("SY");
        assertThat(places.get(1).level()).isEqualTo(LocationPrecision.NEIGHBOURHOOD);
        assertThat(places.get(2).governorate()).isEqualTo("Hama");
        Gazetteer g = new Gazetteer(places);
        assertThat(g.lookup("Areha", "IDLIB", "SY")).isPresent();
    }

    @Test
    void minimalCsvTakesTheDefaultCountry() throws IOException {
        Path csv = write("min.csv", "name,lat,lon\nSalma,35.69,36.05\n");
        assertThat(GazetteerFiles.loadCsv(csv, "SY")).singleElement().extracting(Place::countryCode).isEqualTo("SY");
        RowProblem p = onlyProblem(catchThrowableOfType(ImportRejectedException.class, () -> GazetteerFiles.loadCsv(csv)));
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo("country");
    }

    @Test
    void badRowsAreNamedByFileLineAndColumn() throws IOException {
        Path csv = write("bad.csv", """
                name,lat,lon,country,level
                Ariha,35.81,36.60,SY,town
                Talbiseh,north,36.73,SY,town
                Kafr Zita,36.60,185.37,SY,town
                Rastan,34.92,36.73,SY,hamlet
                ,34.9,36.7,SY,town
                Swapped,136.60,35.37,SY,town
                """);
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> GazetteerFiles.loadCsv(csv));
        assertThat(e.problems()).extracting(RowProblem::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(e.problems()).extracting(RowProblem::column).containsExactly("lat", "lon", "level", "name", "lat");
        assertThat(e.problems().get(0).toString()).contains("bad.csv:3 column 'lat'").contains("not a number: 'north'");
        assertThat(e.problems().get(4).message()).contains("swapped");
        assertThat(e.getMessage()).contains("bad.csv:3").contains("4 more problems");
    }

    @Test
    void missingColumnsEmptyFilesAndWrongEncodingsAreRefused() throws IOException {
        Path noLon = write("nolon.csv", "name,lat\nAriha,35.8\n");
        RowProblem p = onlyProblem(catchThrowableOfType(ImportRejectedException.class, () -> GazetteerFiles.loadCsv(noLon, "SY")));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.column()).isEqualTo("lon");

        Path empty = write("empty.csv", "");
        assertThat(onlyProblem(catchThrowableOfType(ImportRejectedException.class, () -> GazetteerFiles.loadCsv(empty, "SY"))).message())
                .contains("empty file");

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "name,lat,lon\nAleppo,36.2,37.16\nSouéda,32.7,36.5\n".getBytes(StandardCharsets.ISO_8859_1));
        RowProblem enc = onlyProblem(catchThrowableOfType(ImportRejectedException.class, () -> GazetteerFiles.loadCsv(latin1, "SY")));
        assertThat(enc.toString()).contains("latin1.csv:3").contains("not UTF-8");

        assertThatThrownBy(() -> GazetteerFiles.loadCsv(dir.resolve("absent.csv"), "SY"))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("absent.csv");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path bom = write("bom.csv", "\uFEFFname,lat,lon\nAriha,35.81,36.60\n");
        assertThat(GazetteerFiles.loadCsv(bom, "SY")).singleElement().extracting(Place::name).isEqualTo("Ariha");
    }

    // ------------------------------------------------------------------------------------------------ GeoNames

    static final String GEONAMES = String.join("\n",
            "170063\tAleppo\tAleppo\tALP,Alep,Aleppo,Halab,حلب\t36.20278\t37.15861\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t390\tAsia/Damascus\t2019-09-05",
            "170016\tḨamāh\tHamah\tHama,Hamah,حماة\t35.13179\t36.75783\tP\tPPLA\tSY\t\t10\t\t\t\t460602\t\t309\tAsia/Damascus\t2012-01-19",
            "169575\tJabal Zāwiyah\tJabal Zawiyah\t\t35.6\t36.55\tT\tMTS\tSY\t\t12\t\t\t\t0\t\t600\tAsia/Damascus\t2012-01-19",
            "169577\tMuḩāfaz̧at Ḩamāh\tMuhafazat Hamah\tHama Governorate\t35.25\t37.0\tA\tADM1\tSY\t\t10\t\t\t\t1628000\t\t300\tAsia/Damascus\t2012-01-19",
            "");

    @Test
    void readsAStandardGeoNamesDump() throws IOException {
        Path dump = write("SY.txt", GEONAMES);
        List<Place> places = GazetteerFiles.loadGeoNames(dump);
        assertThat(places).extracting(Place::name).containsExactly("Aleppo", "Ḩamāh", "Muḩāfaz̧at Ḩamāh"); // the mountain is skipped
        Place aleppo = places.get(0);
        assertThat(aleppo.arabicName()).isEqualTo("حلب");
        assertThat(aleppo.alternativeNames()).contains("Halab", "Alep");
        assertThat(aleppo.governorate()).isEqualTo("Aleppo"); // bundled admin-1 names
        assertThat(places.get(2).level()).isEqualTo(LocationPrecision.GOVERNORATE);
        Gazetteer g = new Gazetteer(places);
        assertThat(g.lookup("Halab", null, "SY")).map(m -> m.place().name()).contains("Aleppo");
        assertThat(g.lookup("حماه", null, null)).map(m -> m.place().name()).contains("Ḩamāh");
    }

    @Test
    void admin1NamesBesideTheDumpAreUsed() throws IOException {
        write("admin1CodesASCII.txt", "SY.09\tMuḩāfaz̧at Ḩalab\tMuhafazat Halab\t170062\n");
        Path dump = write("SY.txt", GEONAMES);
        assertThat(GazetteerFiles.loadGeoNames(dump).get(0).governorate()).isEqualTo("Muḩāfaz̧at Ḩalab");
    }

    @Test
    void aGeoNamesFileWithBadLinesIsRefusedWithTheirNumbers() throws IOException {
        Path dump = write("broken.txt", GEONAMES.lines().findFirst().orElseThrow() + "\n"
                + "170016,Hamah,35.1,36.7\n"
                + "170016\tḨamāh\tHamah\t\t135.13179\t36.75783\tP\tPPLA\tSY\t\t10\t\t\t\t0\t\t0\tAsia/Damascus\t2012-01-19\n");
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> GazetteerFiles.loadGeoNames(dump));
        assertThat(e.problems()).extracting(RowProblem::line).containsExactly(2L, 3L);
        assertThat(e.problems().get(0).message()).contains("tab-separated");
        assertThat(e.problems().get(1).column()).isEqualTo("latitude");
    }

    // ------------------------------------------------------------------------------------------------ round trip

    @Test
    void writtenCsvReadsBackTheSamePlaces() throws IOException {
        List<Place> places = BundledGazetteer.places().stream().filter(p -> p.arabicName() != null).limit(50).toList();
        StringWriter out = new StringWriter();
        GazetteerFiles.writeCsv(places, out);
        Path csv = write("roundtrip.csv", out.toString());
        List<Place> back = GazetteerFiles.loadCsv(csv);
        assertThat(back).hasSameSizeAs(places);
        for (int i = 0; i < places.size(); i++) {
            assertThat(back.get(i).name()).isEqualTo(places.get(i).name());
            assertThat(back.get(i).arabicName()).isEqualTo(places.get(i).arabicName());
            assertThat(back.get(i).point()).isEqualTo(places.get(i).point());
            assertThat(back.get(i).level()).isEqualTo(places.get(i).level());
        }
    }
}
