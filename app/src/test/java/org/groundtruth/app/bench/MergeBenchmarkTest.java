package org.groundtruth.app.bench;

import org.groundtruth.app.Main;
import org.groundtruth.merging.BruteForceMerger;
import org.groundtruth.merging.MergeEngine;
import org.groundtruth.merging.MergeParameters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MergeBenchmarkTest {
    @Test
    void syntheticReportsAreDeterministicClusteredAndTheGridEqualsTheOracle() {
        var a = SyntheticStrikes.reports(4000, 42);
        assertThat(a).isEqualTo(SyntheticStrikes.reports(4000, 42)).hasSize(4000);
        var p = MergeParameters.DEFAULT;
        var grid = MergeEngine.clusters(a, p);
        var oracle = BruteForceMerger.clusters(a, p);
        assertThat(oracle.multiMemberClusters()).isGreaterThan(100);
        for (int k = 0; k < a.size(); k++) assertThat(grid.label(k)).isEqualTo(oracle.label(k));
    }

    @Test
    void benchMergeWithoutPostgisPrintsTheResultLine() {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("bench", "merge", "--reports", "3000");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("data: 3000 reports")
                .containsPattern("merge: groundtruth [0-9.]+ s, [0-9]+ clusters \\(no --postgis given\\)");
    }
}
