package org.groundtruth.app.bench;

import org.groundtruth.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ServeBenchmarkTest {
    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[100];
        for (int k = 0; k < 100; k++) nanos[k] = (k + 1) * 1_000_000L;
        var r = new ClosedLoop.Result(1, nanos, 0, 2.0);
        assertThat(r.percentileMs(0.5)).isEqualTo(50.0);
        assertThat(r.percentileMs(0.99)).isEqualTo(99.0);
        assertThat(r.perSecond()).isEqualTo(50.0);
    }

    @Test
    void theClosedLoopKeepsEachWorkerBusyAndCountsFailures() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        var r = ClosedLoop.run(3, () -> new ClosedLoop.Worker() {
            @Override
            public boolean once() throws Exception {
                Thread.sleep(2);
                return calls.incrementAndGet() % 10 != 0;
            }

            @Override
            public void close() {
            }
        }, Duration.ofMillis(50), Duration.ofMillis(300));
        assertThat(r.requests()).isBetween(30L, 500L);
        assertThat(r.failures()).isPositive();
        assertThat(r.percentileMs(0.5)).isGreaterThanOrEqualTo(2.0);
    }

    /** A short run of the whole benchmark on SQLite: the demo, then drafts in the box; the public count stays the same. */
    @Test
    void benchServeRunsBothRoundsAndPrintsTheTable(@TempDir Path dir) {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("bench", "serve", "--dir", dir.toString(), "--drafts", "3000",
                    "--connections", "1,4", "--seconds", "0.5", "--warmup", "0.2", "--jit-warmup", "0.6");
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("machine: ").contains("ANALYZE: ")
                .containsPattern("== demo \\(18201 incidents, \\d+ published in the box\\)")
                .containsPattern("== demo \\+ 3000 drafts \\(\\d+ incidents in the box, \\d+ published\\)")
                .containsPattern("\\| demo \\+ 3000 drafts .* \\| OGC items \\| 4 \\| [0-9.]+ \\| [0-9.]+ \\|")
                .containsPattern("\\| demo \\(.* \\| JSON list \\| 1 \\| [0-9.]+ \\|");
    }
}
