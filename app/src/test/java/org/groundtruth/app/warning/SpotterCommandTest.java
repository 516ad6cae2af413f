package org.groundtruth.app.warning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.groundtruth.app.Main;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.warning.PopulatedPlace;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.web.account.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code spotter add|list|revoke} on a real SQLite store; the wiring's places from the bundled gazetteer. */
class SpotterCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void addsListsAndRevokesASpotterPrintingTheTokenOnce() {
        String data = dir.resolve("data").toString();
        Run add = run("spotter", "add", "falcon", "--post", "hill-12@35.61,36.12", "--post", "roof", "--data", data);
        assertThat(add.exit()).as(add.err()).isZero();
        String token = add.out().lines().filter(l -> l.startsWith("gts_")).findFirst().orElseThrow();
        try (JdbcStore store = JdbcStore.sqlite(Path.of(data))) {
            assertThat(store.port(SightingLedger.PORT).spotterByToken(Secrets.digest(token)).orElseThrow().posts()).hasSize(2);
        }
        assertThat(run("spotter", "add", "falcon", "--data", data).exit()).isNotZero();
        assertThat(run("spotter", "add", "owl", "--post", "x@north", "--data", data).err()).contains("--post");
        Run list = run("spotter", "list", "--data", data);
        assertThat(list.out()).contains("falcon").contains("hill-12").doesNotContain(token).doesNotContain("35.61");
        assertThat(run("spotter", "revoke", "falcon", "--data", data).exit()).isZero();
        assertThat(run("spotter", "list", "--data", data).out()).contains("revoked");
        assertThat(run("spotter", "revoke", "nobody", "--data", data).err()).contains("no spotter");
    }

    @Test
    void theGazetteersTownsBecomePlacesToWarnWithStableIds() {
        List<PopulatedPlace> places = WarningWiring.places(BundledGazetteer.load());
        assertThat(places).isNotEmpty();
        assertThat(places.stream().map(PopulatedPlace::id).distinct().count()).isEqualTo(places.size());
        assertThat(places).anySatisfy(p -> assertThat(p.name()).isEqualTo("Ariha"));
        assertThat(WarningWiring.places(BundledGazetteer.load()).getFirst().id()).isEqualTo(places.getFirst().id());
    }
}
