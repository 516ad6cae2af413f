package org.groundtruth.app.evaluation;

import org.groundtruth.app.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** `groundtruth evaluate` prints each engine's figures and one line of precision and recall per engine. */
class EvaluateCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new Run(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void matchingAndAttributionPrintTheirFiguresAndASummary() {
        Run r = run("evaluate", "--only", "matching,attribution");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== claim matching").contains("recall@1").contains("== attribution").contains("top-1")
                .contains("== precision and recall per engine")
                .containsPattern("matching +ucdp-claims-2018 +precision 0\\.\\d{3}  recall 0\\.\\d{3}")
                .containsPattern("attribution +coded-incidents +precision \\S+  recall 0\\.\\d{3}")
                .doesNotContain("== merging");
    }

    @Test
    void anUnknownEngineIsNamed() {
        Run r = run("evaluate", "--only", "matching,guessing");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--only: unknown engine 'guessing' (placing, extraction, matching, merging, attribution)");
    }
}
