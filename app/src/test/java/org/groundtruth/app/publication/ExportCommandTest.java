package org.groundtruth.app.publication;

import org.groundtruth.app.Main;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Source;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** export and licence as a user runs them, in-process, on a real SQLite store; the GeoPackage read by GDAL. */
class ExportCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new Run(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** Two published incidents (one from a dataset nobody marked) and a draft. */
    private List<Incident> seed() {
        try (JdbcStore store = JdbcStore.sqlite(data())) {
            Incident a = publish(store, IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib")
                    .killed(40, 49).from(new Source("Local monitor", "idlib-monitor", "https://monitor.example.org/1")), "idlib-monitor:1");
            Incident b = publish(store, IncidentForTest.at(34.73, 36.72).on("2015-10-15").titled("Bakery in Talbiseh").in("Talbiseh", "Homs")
                    .from(new Source("SOHR", "ucdp-ged", "https://ucdp.example.org/2")), "ucdp-ged:2");
            IncidentForTest draft = IncidentForTest.at(35.9, 36.6).on("2015-11-20").titled("Unpublished Qwertyville strike").in("Qwertyville", "Idlib");
            store.incidents().create(draft.facts(), List.of(draft.report("x:3")), ChangeNote.system("test"));
            return List.of(a, b);
        }
    }

    private static Incident publish(JdbcStore store, IncidentForTest i, String originKey) {
        Incident d = store.incidents().create(i.facts(), List.of(i.report(originKey)), ChangeNote.system("test"));
        store.port(IncidentReviews.PORT).move(d.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        return store.port(IncidentReviews.PORT).move(d.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
    }

    @Test
    void exportsEachFormatWithItsDictionaryAndOnlyPublishedIncidents() throws Exception {
        List<Incident> published = seed();
        Path csv = dir.resolve("out/incidents.csv");
        Files.createDirectories(csv.getParent());
        Run r = run("export", "--format", "csv", "--hxl", "--out", csv.toString(), "--data", data().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 2 published incidents (all published incidents)");
        String text = Files.readString(csv);
        assertThat(text.lines().toList()).hasSize(4);
        assertThat(text).contains(published.get(0).publicId()).contains(published.get(1).publicId()).doesNotContain("Qwertyville")
                .contains("https://ucdp.example.org/2").doesNotContain("monitor.example.org").doesNotContain("Local monitor");
        assertThat(dir.resolve("out/incidents.dictionary.md")).exists();

        Path geojson = dir.resolve("out/idlib.geojson");
        assertThat(run("export", "--format", "geojson", "--filter", "governorate=Idlib", "--out", geojson.toString(), "--data", data().toString()).exit()).isZero();
        assertThat(Files.readString(geojson)).contains(published.get(0).publicId()).doesNotContain(published.get(1).publicId());

        Path json = dir.resolve("out/timemap.json");
        assertThat(run("export", "--format", "json", "--out", json.toString(), "--data", data().toString()).exit()).isZero();
        assertThat(Files.readString(json)).startsWith("{\"events\":[");

        Path gpkg = dir.resolve("out/incidents.gpkg");
        assertThat(run("export", "--format", "gpkg", "--filter", "from=2015-11-01", "--out", gpkg.toString(), "--data", data().toString()).exit()).isZero();
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", gpkg.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(info).contains("Feature Count: 1").contains("Geometry: Point").contains("event_id_cnty: String");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }

    @Test
    void aLicenceMarkOpensADatasetsNamesAndLinks() throws Exception {
        seed();
        Run shown = run("licence", "idlib-monitor", "--data", data().toString());
        assertThat(shown.out()).contains("idlib-monitor: restricted (unmarked)");
        Run marked = run("licence", "idlib-monitor", "--terms", "open", "--licence", "CC BY 4.0", "--credit", "Idlib monitor", "--data", data().toString());
        assertThat(marked.exit()).as(marked.err()).isZero();
        assertThat(marked.out()).contains("marked idlib-monitor open — CC BY 4.0: Idlib monitor");
        Path csv = dir.resolve("incidents.csv");
        assertThat(run("export", "--format", "csv", "--out", csv.toString(), "--data", data().toString()).exit()).isZero();
        assertThat(Files.readString(csv)).contains("https://monitor.example.org/1").contains("CC BY 4.0: Idlib monitor");
        Run bad = run("licence", "idlib-monitor", "--terms", "public", "--data", data().toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--terms: 'public' is not one of open, reference_only, restricted");
    }

    @Test
    void refusalsNameWhatIsWrongAndWriteNothing() throws Exception {
        seed();
        Path out = dir.resolve("none.csv");
        Run none = run("export", "--format", "csv", "--filter", "governorate=Raqqa", "--out", out.toString(), "--data", data().toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no published incident matches the selection (governorate raqqa); nothing was written");
        assertThat(out).doesNotExist();
        assertThat(run("export", "--format", "xlsx", "--out", out.toString(), "--data", data().toString()).err())
                .contains("--format: 'xlsx' is not one of csv, geojson, gpkg, json");
        assertThat(run("export", "--format", "geojson", "--hxl", "--out", out.toString(), "--data", data().toString()).err()).contains("for CSV only");
        assertThat(run("export", "--format", "csv", "--filter", "govenorate=Idlib", "--out", out.toString(), "--data", data().toString()).err())
                .contains("unknown key 'govenorate'");
        assertThat(run("export", "--format", "csv", "--out", dir.resolve("missing/x.csv").toString(), "--data", data().toString()).err())
                .contains("does not exist");
        assertThat(out).doesNotExist();
    }
}
