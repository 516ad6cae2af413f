package org.groundtruth.app;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.claim.ClaimQuery;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.incident.IncidentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `claims import|list|respond` and `match` as a user runs them, against a real SQLite store. */
class ClaimsCommandLineTest {

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream was = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new Run(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(was);
        }
    }

    private static Path copy(String resource, Path dir) throws Exception {
        Path out = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = ClaimsCommandLineTest.class.getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }

    /** Two incidents: a market in Talbiseh on the day sample claim S001 names, and one far from any claim. */
    private static Path incidents(Path dir) throws Exception {
        Path geojson = dir.resolve("incidents.geojson");
        Files.writeString(geojson, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "talbiseh-market", "geometry": {"type": "Point", "coordinates": [36.7306, 34.8404]},
                   "properties": {"title": "Market struck in Talbiseh", "date": "2015-09-30", "objects": "market", "location_precision": "town"}},
                  {"type": "Feature", "id": "far", "geometry": {"type": "Point", "coordinates": [40.1, 35.3]},
                   "properties": {"title": "Strike far from any claim", "date": "2015-09-30"}}
                ]}
                """);
        return geojson;
    }

    @Test
    void importsClaimsMatchesThemOnArrivalAndNeverDuplicates(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path csv = copy("/sample-claims/sample-claims.csv", dir), mapping = copy("/sample-claims/sample-claims.mapping.yaml", dir);
        Run loaded = run("import", incidents(dir).toString(), "--format", "geojson", "--data", data);
        assertThat(loaded.exit()).as(loaded.err() + loaded.out()).isZero();

        Run imported = run("claims", "import", csv.toString(), "--format", "csv", "--mapping", mapping.toString(), "--data", data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("8 rows, 8 new").contains("unplaced 1").contains("Tell Qarmit (fictional)")
                .contains("candidate");
        Run again = run("claims", "import", csv.toString(), "--format", "csv", "--mapping", mapping.toString(), "--data", data);
        assertThat(again.out()).contains("8 unchanged");
        assertThat(run("match", "--data", data).exit()).isZero();
        assertThat(run("match", "--data", data, "--radius-km", "25", "--window-days", "1").out()).contains("1 candidate stored");

        try (var store = JdbcStore.sqlite(Path.of(data))) {
            long market = store.incidents().search(IncidentQuery.all().withText("Talbiseh")).items().getFirst().id();
            assertThat(store.port(ClaimLedger.PORT).matchesForIncident(market)).singleElement().satisfies(m -> {
                assertThat(m.party()).isEqualTo("Party A (synthetic)");
                assertThat(m.reason()).contains("a market was hit");
            });
            assertThat(store.incidents().search(IncidentQuery.all().withClaimed(true)).numberMatched()).isEqualTo(1);
            assertThat(store.incidents().search(IncidentQuery.all().withClaimed(false)).numberMatched()).isEqualTo(1);
            assertThat(store.port(ClaimLedger.PORT).list(ClaimQuery.all().withPlaced(false)).numberMatched()).isEqualTo(1);
        }

        // an incident imported after the claims is matched on arrival
        Path later = dir.resolve("later.geojson");
        Files.writeString(later, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "talbiseh-later", "geometry": {"type": "Point", "coordinates": [36.7310, 34.8410]},
                   "properties": {"title": "Second report from Talbiseh", "date": "2015-09-30"}}]}
                """);
        Run arrived = run("import", later.toString(), "--format", "geojson", "--data", data);
        assertThat(arrived.out()).contains("matched changed records: 1 incident").contains("1 candidate stored");
        try (var store = JdbcStore.sqlite(Path.of(data))) {
            long second = store.incidents().search(IncidentQuery.all().withText("Second report")).items().getFirst().id();
            assertThat(store.port(ClaimLedger.PORT).matchesForIncident(second)).singleElement()
                    .satisfies(m -> assertThat(m.party()).isEqualTo("Party A (synthetic)"));
            assertThat(store.incidents().search(IncidentQuery.all().withClaimed(true)).numberMatched()).isEqualTo(2);
        }

        Run list = run("claims", "list", "--unplaced", "--data", data);
        assertThat(list.out()).contains("UNPLACED").contains("1 of 1 claims");
        assertThat(run("claims", "list", "--matched", "--data", data).out()).contains("incident ").contains("1 of 1 claims");
    }

    @Test
    void aBadClaimsFileStoresNothingAndNamesLineAndColumn(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path mapping = copy("/sample-claims/sample-claims.mapping.yaml", dir);
        List<String> lines = Files.readAllLines(copy("/sample-claims/sample-claims.csv", dir));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, List.of(lines.get(0), lines.get(1), lines.get(2).replace(",,ammunition depot", ",,-5,ammunition depot").replace("Idlib,,,", "Idlib,,,-5")
                .replace(",-5,ammunition", ",ammunition")));
        Run r = run("claims", "import", bad.toString(), "--format", "csv", "--mapping", mapping.toString(), "--data", data);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nothing was stored").contains("bad.csv:3 column 'Error (km)': error radius -5 km is impossible");
        try (var store = JdbcStore.sqlite(Path.of(data))) {
            assertThat(store.port(ClaimLedger.PORT).list(ClaimQuery.all()).numberMatched()).isZero();
            assertThat(store.port(ClaimLedger.PORT).imports()).isEmpty();
        }
        Run noFile = run("claims", "import", dir.resolve("missing.csv").toString(), "--format", "csv", "--data", data);
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("no such file");
    }

    @Test
    void respondRecordsAResponseOnAnIncident(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Run loaded = run("import", incidents(dir).toString(), "--format", "geojson", "--data", data);
        assertThat(loaded.exit()).as(loaded.err() + loaded.out()).isZero();
        long id;
        try (var store = JdbcStore.sqlite(Path.of(data))) {
            id = store.incidents().search(IncidentQuery.all().withText("Talbiseh")).items().getFirst().id();
        }
        Run r = run("claims", "respond", String.valueOf(id), "--party", "Party A (synthetic)", "--kind", "fake", "--date", "2015-10-02",
                "--text", "Those reports are fake", "--data", data);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("called it fake");
        assertThat(run("claims", "respond", "999", "--party", "X", "--kind", "denial", "--text", "no", "--data", data).err())
                .contains("no incident 999");
        assertThat(run("claims", "respond", String.valueOf(id), "--party", "X", "--kind", "shrug", "--text", "no", "--data", data).err())
                .contains("--kind 'shrug' is not one of denial, admission, fake, investigation, other");
        assertThat(run("claims", "respond", String.valueOf(id), "--party", "X", "--kind", "denial", "--date", "2099-01-01",
                "--text", "no", "--data", data).err()).contains("is in the future");
        try (var store = JdbcStore.sqlite(Path.of(data))) {
            assertThat(store.port(ClaimLedger.PORT).responsesFor(id)).singleElement()
                    .satisfies(x -> assertThat(x.kind()).isEqualTo(ResponseKind.CALLED_FAKE));
        }
    }

    /**
     * Issue 9, smaller things: without --mapping a refused import did not say where a mapping comes from, and match on
     * a store without claims said "matched 0 incidents" though the store held incidents.
     */
    @Test
    void withoutAMappingTheImportSaysWhereOneComesFromAndMatchWithoutClaimsSaysSo(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("import", incidents(dir).toString(), "--format", "geojson", "--data", data).exit()).isZero();
        Run match = run("match", "--data", data);
        assertThat(match.exit()).as(match.err()).isZero();
        assertThat(match.out()).contains("no claims to match").contains("claims import").doesNotContain("matched 0 incidents");

        Path csv = copy("/sample-claims/sample-claims.csv", dir); // its own column names: it needs its mapping
        Run refused = run("claims", "import", csv.toString(), "--format", "csv", "--data", data);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("column '--mapping': no --mapping was given").contains("docs/import-mapping.md")
                .contains("sample-claims.mapping.yaml");
    }
}
