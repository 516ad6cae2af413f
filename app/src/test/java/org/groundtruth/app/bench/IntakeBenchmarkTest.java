package org.groundtruth.app.bench;

import org.groundtruth.app.Main;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeBenchmarkTest {
    @Test
    void thePeerFindsDatesCountsAndPlacesSoItsWorkIsNotSkipped() {
        RegexExtractorPeer peer = new RegexExtractorPeer(BundledGazetteer.load());
        assertThat(peer.read("12 civilians were killed in Ariha on 29/11/2015")).isGreaterThanOrEqualTo(3);
        assertThat(peer.read("قتل 12 مدنيين في أريحا أمس")).isGreaterThanOrEqualTo(2);
        assertThat(peer.read("nothing here")).isZero();
    }

    @Test
    void benchIntakePrintsARowPerLanguageWithTheRatio() {
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("bench", "intake", "--rounds", "1", "--ucdp", "no-such.csv");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("English: skipped").containsPattern("(?m)^ar +\\d+ ").containsPattern("(?m)^uk +\\d+ ").contains("Load after");
    }
}
