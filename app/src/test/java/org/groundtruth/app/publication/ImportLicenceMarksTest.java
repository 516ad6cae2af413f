package org.groundtruth.app.publication;

import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.SourceLicence;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importers record their dataset's licence mark (decision 0930), on the real Syrian Archive file from shared/data
 * (CC BY-SA 4.0) and a mapping file that declares its own: the first import records the publisher's mark, a
 * re-import never reopens a dataset someone restricted, {@code --terms} on the command line replaces it, and a rejected
 * import or a format that cannot know leaves the dataset unmarked (restricted).
 */
class ImportLicenceMarksTest {
    static final Path SHARED = Path.of(System.getProperty("groundtruth.shared", "../shared"));
    static final Path VIOLATIONS = SHARED.resolve("data/syrian-archive-violations/violations.csv");

    @TempDir
    Path dir;

    private List<SourceLicence> marks() {
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("data"))) {
            return store.port(PublicationLedger.PORT).licenceMarks();
        }
    }

    private ExportCommandTest.Run importing(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("import"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", dir.resolve("data").toString(), "--no-match"));
        return ExportCommandTest.run(all.toArray(String[]::new));
    }

    @Test
    void theFirstImportRecordsThePublishersMarkAndOnlyADeliberateOneReplacesIt() {
        ExportCommandTest.Run first = importing(VIOLATIONS.toString(), "--format", "syrian-archive");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("licence: syrian-archive open — CC BY-SA 4.0: Syrian Archive (recorded now)");
        assertThat(marks()).containsExactly(new SourceLicence("syrian-archive", Republication.OPEN, "CC BY-SA 4.0", "Syrian Archive"));

        assertThat(ExportCommandTest.run("licence", "syrian-archive", "--terms", "restricted", "--reason", "until consent is checked",
                "--data", dir.resolve("data").toString()).exit()).isZero();
        ExportCommandTest.Run again = importing(VIOLATIONS.toString(), "--format", "syrian-archive");
        assertThat(again.out()).as("a re-import does not reopen it").contains("licence: syrian-archive is unmarked")
                .doesNotContain("recorded now");
        assertThat(marks()).extracting(SourceLicence::terms).containsExactly(Republication.RESTRICTED);

        ExportCommandTest.Run deliberate = importing(VIOLATIONS.toString(), "--format", "syrian-archive", "--terms", "open",
                "--licence", "CC BY-SA 4.0", "--credit", "Syrian Archive (syrianarchive.org), via the syrianarchive R package");
        assertThat(deliberate.out()).as(deliberate.err()).contains("licence: syrian-archive open — CC BY-SA 4.0: Syrian Archive (syrianarchive.org)")
                .contains("(recorded now)");
        assertThat(marks()).extracting(SourceLicence::attribution).containsExactly("Syrian Archive (syrianarchive.org), via the syrianarchive R package");
    }

    @Test
    void aMappingFileDeclaresItsDatasetsMarkAndARejectedImportRecordsNothing() throws Exception {
        Path csv = dir.resolve("monitor.csv");
        Files.writeString(csv, "Id,Date,Town,Lat,Lon\nM1,2015-11-29,Ariha,35.81,36.61\n");
        Path mapping = dir.resolve("monitor.yaml");
        Files.writeString(mapping, "dataset: monitor\nlicence: {terms: open, name: CC BY 4.0, credit: Local Monitor}\nconstants:\n  country: SY\n"
                + "fields:\n  id: Id\n  date: Date\n  place: Town\n  lat: Lat\n  lon: Lon\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Id,Date,Town,Lat,Lon\nM2,2015-02-30,Ariha,35.81,36.61\n");
        ExportCommandTest.Run rejected = importing(bad.toString(), "--format", "csv", "--mapping", mapping.toString());
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(marks()).as("a rejected import marks nothing").isEmpty();

        ExportCommandTest.Run ok = importing(csv.toString(), "--format", "csv", "--mapping", mapping.toString());
        assertThat(ok.out()).as(ok.err()).contains("licence: monitor open — CC BY 4.0: Local Monitor (recorded now)");

        Files.writeString(mapping, "dataset: monitor\nlicence: {terms: public, credit: x}\nfields:\n  date: Date\n");
        ExportCommandTest.Run wrongTerms = importing(csv.toString(), "--format", "csv", "--mapping", mapping.toString());
        assertThat(wrongTerms.exit()).isEqualTo(2);
        assertThat(wrongTerms.err()).contains("licence.terms").contains("open, reference_only, restricted").doesNotContain("public");
        assertThat(importing(csv.toString(), "--format", "geojson", "--credit", "x").err())
                .contains("--licence and --credit need --terms");
    }

    @Test
    void aGeoJsonFileLeavesItsDatasetUnmarked() throws Exception {
        Path file = dir.resolve("points.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[36.61,35.81]},
                 "properties":{"id":"p1","date":"2015-11-29","title":"Strike near Ariha","country":"SY"}}]}""");
        ExportCommandTest.Run r = importing(file.toString(), "--format", "geojson");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("licence: geojson is unmarked, so its rows are counted in exports and reports, never named");
        assertThat(marks()).isEmpty();
    }
}
