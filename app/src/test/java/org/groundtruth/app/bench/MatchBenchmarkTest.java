package org.groundtruth.app.bench;

import org.groundtruth.app.Main;
import org.groundtruth.matching.BruteForceMatcher;
import org.groundtruth.matching.GridMatcher;
import org.groundtruth.matching.MatchParameters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MatchBenchmarkTest {
    @Test
    void syntheticDataIsDeterministicAndTheGridFindsWhatTheOracleFinds() {
        var a = SyntheticStrikes.generate(3000, 3000, 42);
        var b = SyntheticStrikes.generate(3000, 3000, 42);
        assertThat(a.incidents()).isEqualTo(b.incidents());
        assertThat(a.claims()).isEqualTo(b.claims());
        var p = MatchParameters.withinKmAndDays(25, 1);
        var oracle = new BruteForceMatcher(p).match(a.incidents(), a.claims());
        assertThat(oracle).hasSizeGreaterThan(1000);
        assertThat(new GridMatcher(p).match(a.incidents(), a.claims())).containsExactlyElementsOf(oracle);
    }

    @Test
    void benchMatchWithoutPostgisPrintsTheResultLine() {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("bench", "match", "--incidents", "2000", "--claims", "2000", "--window-days", "0.5");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("data: 2000 incidents, 2000 claims")
                .containsPattern("match: groundtruth [0-9.]+ s, [0-9]+ pairs \\(no --postgis given\\)");
    }
}
