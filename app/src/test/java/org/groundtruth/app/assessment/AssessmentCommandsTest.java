package org.groundtruth.app.assessment;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.app.Main;
import org.groundtruth.grading.Grade;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** attribute, grade and objectives as a user runs them, in-process, on a real SQLite store. */
class AssessmentCommandsTest {
    static final Path SHARED = Path.of(System.getProperty("groundtruth.shared", "../shared"));

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
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    private static long seed(Path data) {
        try (var store = JdbcStore.sqlite(data)) {
            for (int k = 0; k < 5; k++) {
                store.incidents().create(IncidentForTest.at(35.80 + k * 0.01, 36.60).on("2015-11-2" + k).by("Russian warplanes").facts(), List.of());
            }
            Incident market = store.incidents().create(IncidentForTest.at(35.8135, 36.6106).on("2015-11-29").hitting(CivilianObject.MARKET)
                    .killed(40, 49).weapons("Su-34").titled("Ariha market").facts(), List.of(
                    new NewReport("t:1", new Source("SOHR", "test", "https://example.org/1"), "Strike on the market", "en", Map.of()),
                    new NewReport("t:2", new Source("Syrian Network for Human Rights", "test", "https://example.org/2"), "Market hit", "en", Map.of())));
            return market.id();
        }
    }

    @Test
    void attributeOneShowsEvidenceAndAllStoresPartiesForTheFilter(@TempDir Path data) {
        long id = seed(data);
        Run one = run("attribute", String.valueOf(id), "--data", data.toString());
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).contains("Ariha market").contains("Russian military").contains("for:").contains("Su-34")
                .contains("coded incidents within 25 km").contains("objectives: [");
        Run all = run("attribute", "--all", "--data", data.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).contains("6 incident(s) attributed and stored");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().search(IncidentQuery.all().withParty("russian_military")).numberMatched()).isEqualTo(6);
        }
    }

    @Test
    void anAdmissionRecordedInTheClaimsLedgerConfirmsAndAttributes(@TempDir Path data) {
        long id = seed(data);
        try (var store = JdbcStore.sqlite(data)) {
            store.port(ClaimLedger.PORT).respond(new org.groundtruth.claim.Response(0, "US CENTCOM", org.groundtruth.claim.ResponseKind.ADMISSION, id,
                    java.time.LocalDate.of(2016, 4, 1), "CENTCOM assessed that a coalition strike likely killed civilians",
                    new org.groundtruth.claim.SourceDocument("https://example.org/centcom", null, "en"), java.time.Instant.now()));
        }
        Run a = run("attribute", String.valueOf(id), "--data", data.toString());
        assertThat(a.out()).as(a.err()).contains("the party admitted the strike: 2016-04-01, US CENTCOM");
        Run g = run("grade", String.valueOf(id), "--data", data.toString());
        assertThat(g.out()).contains("Confirmed (computed)").contains("US-led coalition accepted responsibility");
    }

    @Test
    void gradeOverrideIsKeptWithReasonAndAuthorAndBadInputGetsOneClearLine(@TempDir Path data) {
        long id = seed(data);
        Run computed = run("grade", String.valueOf(id), "--data", data.toString());
        assertThat(computed.out()).contains("Fair (computed)").contains("2 credible independent sources");
        Run over = run("grade", String.valueOf(id), "--override", "confirmed", "--reason", "MoD accepted it on 2 Dec", "--by", "amira",
                "--data", data.toString());
        assertThat(over.exit()).as(over.err()).isZero();
        assertThat(over.out()).contains("Confirmed (overridden; computed: Fair)").contains("override by amira").contains("MoD accepted it");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(AssessmentLedger.PORT).effectiveGrade(id)).contains(Grade.CONFIRMED);
            assertThat(store.incidents().search(IncidentQuery.all().withGrade("confirmed")).numberMatched()).isEqualTo(1);
        }
        assertThat(run("grade", String.valueOf(id), "--override", "likely", "--reason", "x", "--by", "y", "--data", data.toString()).err())
                .contains("unknown grade 'likely'").contains("confirmed, fair, weak, contested, discounted");
        Run noReason = run("grade", String.valueOf(id), "--override", "weak", "--by", "amira", "--data", data.toString());
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("--override needs --reason TEXT");
        assertThat(run("grade", "999", "--data", data.toString()).err()).contains("no incident 999");
        assertThat(run("grade", "--all", "--override", "weak", "--data", data.toString()).err()).contains("not --all");
        Run back = run("grade", String.valueOf(id), "--override", "computed", "--reason", "statement was about Saraqib", "--by", "ben",
                "--data", data.toString());
        assertThat(back.out()).contains("Fair (computed)");
    }

    @Test
    void objectivesImportListAndBadFilesNameLineAndField(@TempDir Path data) throws Exception {
        Path csv = Files.writeString(data.resolve("o.csv"), "name,kind,lat,lon,valid_from,valid_to,party,source\n"
                + "Checkpoint north,checkpoint,35.8140,36.6110,2015-01-01,,Syrian government,analyst notes\n");
        Run ok = run("objectives", "import", csv.toString(), "--format", "csv", "--data", data.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(run("objectives", "list", "--data", data.toString()).out()).contains("Checkpoint north").contains("2015-01-01..open");
        Path bad = Files.writeString(data.resolve("bad.csv"), "name,kind,lat,lon,valid_from,valid_to,source\n"
                + "A,base,35,36,2016-01-01,2015-01-01,x\n");
        Run rejected = run("objectives", "import", bad.toString(), "--format", "csv", "--data", data.toString());
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(rejected.err()).contains("nothing was stored").contains("bad.csv:2: valid_to: 2015-01-01 is before valid_from 2016-01-01");
        assertThat(run("objectives", "import", csv.toString(), "--format", "kml", "--data", data.toString()).err())
                .contains("unknown objectives format 'kml'");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(ObjectiveLayer.PORT).list()).hasSize(1);
        }
    }

    @Test
    void demoLayerAndTheWholeUcdpFileAreAssessed(@TempDir Path data) {
        Path ucdp = SHARED.resolve("data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
        assertThat(run("import", ucdp.toString(), "--format", "ucdp-ged", "--data", data.toString()).exit()).isZero();
        long t0 = System.nanoTime();
        long n;
        try (var store = JdbcStore.sqlite(data)) {
            n = Assessors.prepareDemo(store, data.resolve("demo-sources"));
            assertThat(store.port(ObjectiveLayer.PORT).list()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(store.incidents().search(IncidentQuery.all().withGrade("weak").page(1, 0)).numberMatched()
                    + store.incidents().search(IncidentQuery.all().withGrade("fair").page(1, 0)).numberMatched()).isPositive();
        }
        System.out.printf("assessed %d UCDP incidents in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        assertThat(n).isEqualTo(16_566);
    }
}
