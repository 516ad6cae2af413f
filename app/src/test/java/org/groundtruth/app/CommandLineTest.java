package org.groundtruth.app;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.incident.IncidentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI as a user runs it, in-process, against a real SQLite store in a temporary data directory. */
class CommandLineTest {
    static final Path SHARED = Path.of(System.getProperty("groundtruth.shared", "../shared"));

    record Run(int exit, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void importsUcdpTwiceWithoutDuplicating(@TempDir Path data) {
        Path ucdp = SHARED.resolve("data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
        assertThat(run("import", ucdp.toString(), "--format", "ucdp-ged", "--data", data.toString()).exit()).isZero();
        assertThat(run("import", ucdp.toString(), "--format", "ucdp-ged", "--data", data.toString()).exit()).isZero();
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().search(IncidentQuery.all().page(1, 0)).numberMatched()).isEqualTo(16_566);
            assertThat(store.incidents().imports()).hasSize(2);
            assertThat(store.incidents().imports().get(1).unchanged() + store.incidents().imports().get(0).unchanged()).isEqualTo(16_566);
        }
    }

    /** Issue 10 item 6: 1,013 problems are 1,013, not "50 listed and 51 more". */
    @Test
    void theProblemCountSaysTheTrueNumberOfProblems(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("Date,Town\n");
        for (int i = 0; i < 1_013; i++) csv.append("2015-02-30,Ariha\n");
        Path file = dir.resolve("export.csv");
        Files.writeString(file, csv);
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, "dataset: monitor\nconstants:\n  country: SY\nfields:\n  date: Date\n  place: Town\n");
        Run r = run("import", file.toString(), "--format", "csv", "--mapping", mapping.toString(), "--data", dir.resolve("data").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("export.csv:2").contains("... and 963 more (1013 problems in all)");
    }

    @Test
    void badFileExitsNonZeroNamingLineAndColumnAndStoresNothing(@TempDir Path dir) throws Exception {
        Path good = SHARED.resolve("data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
        Path data = dir.resolve("data");
        assertThat(run("import", good.toString(), "--format", "ucdp-ged", "--data", data.toString()).exit()).isZero();

        var lines = Files.readAllLines(good, StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.csv");
        String broken = lines.get(3).replace("\"2016-01-01\",\"2016-01-01\"", "\"2015-02-30\",\"2015-02-30\"");
        assertThat(broken).isNotEqualTo(lines.get(3));
        Files.write(bad, java.util.List.of(lines.get(0), lines.get(1), lines.get(2), broken), StandardCharsets.UTF_8);

        Run r = run("import", bad.toString(), "--format", "ucdp-ged", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv:4").contains("2015-02-30").contains("nothing was stored");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().imports()).hasSize(1);
            assertThat(store.incidents().search(IncidentQuery.all().page(1, 0)).numberMatched()).isEqualTo(16_566);
        }
    }

    @Test
    void unknownFormatAndMissingFileGetOneClearLine(@TempDir Path data) {
        Run r = run("import", "nope.csv", "--format", "xls", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'xls'").doesNotContain("Exception");
        r = run("import", data.resolve("missing.csv").toString(), "--format", "acled", "--data", data.toString());
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void addedGazetteerPlacesAreUsedAndBadPlaceFilesAreRefusedWithTheirLine(@TempDir Path data) throws Exception {
        Path places = data.resolve("field-team-places.csv");
        Files.writeString(places, "name,lat,lon,name_ar,alt_names,governorate,district,country,level\n"
                + "Tell Qarrasa,35.61,36.71,,Tal Krasa,Idlib,,SY,town\n");
        assertThat(run("gazetteer", "add", places.toString(), "--format", "csv", "--data", data.toString()).exit()).isZero();
        assertThat(run("gazetteer", "lookup", "Tal-Krasa", "--data", data.toString()).exit()).isZero();
        assertThat(run("gazetteer", "lookup", "Tal-Krasa", "--data", data.resolve("elsewhere").toString()).exit()).isEqualTo(1);

        Path bad = data.resolve("bad-places.csv");
        Files.writeString(bad, "name,lat,lon\nSomewhere,95.2,36.1\n");
        Run r = run("gazetteer", "add", bad.toString(), "--format", "csv", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad-places.csv").contains("2");
        assertThat(data.resolve("gazetteer/bad-places.csv")).doesNotExist();
    }
}
