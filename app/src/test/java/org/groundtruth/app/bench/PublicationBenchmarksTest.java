package org.groundtruth.app.bench;

import org.groundtruth.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** bench export and bench report at a small size: they run, print their lines, and the two CSV dumps hold the same rows. */
class PublicationBenchmarksTest {
    @TempDir
    Path work;

    private static String run(String... args) {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void benchExportComparesWithSqlite3OnTheSameRows() throws Exception {
        String out = run("bench", "export", "--incidents", "400", "--work", work.toString());
        assertThat(out).containsPattern("export sqlite: groundtruth [0-9.]+ s \\([0-9]+ incidents/s, [0-9]+ MB of CSV, peak heap [0-9]+ MB\\),"
                + " sqlite3 -csv [0-9.]+ s \\([0-9]+ rows/s\\), ratio of rates [0-9.]+");
        List<String> ours = Files.readAllLines(work.resolve("ours.csv"));
        List<String> peer = Files.readAllLines(work.resolve("peer.csv"));
        assertThat(ours).hasSize(401);
        assertThat(peer).as("one report per synthetic incident: the join adds no row").hasSize(401);
        String publicId = peer.get(1).split(",")[1];
        assertThat(ours.get(1)).startsWith(publicId + ",");
    }

    @Test
    void benchReportBuildsAPdfAndPrintsTimeAndHeap() throws Exception {
        String out = run("bench", "report", "--incidents", "12", "--work", work.toString());
        assertThat(out).containsPattern("report en: 12 incidents, [0-9]+ pages, [0-9.]+ MB PDF/A-3a; .* peak heap [0-9]+ MB");
        assertThat(Files.size(work.resolve("report.pdf"))).isPositive();
    }
}
