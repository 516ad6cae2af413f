package org.groundtruth.app.testimony;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.app.Main;
import org.groundtruth.incident.IncidentForTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key and testimony commands in-process on a real SQLite store, with everything the process prints (stdout,
 * stderr, and so every slf4j log line) captured, to show that the witness's name appears only where asked for.
 */
class TestimonyCommandTest {
    static final String NAME = "Zubayda Qarawiyyin-Haddad";

    @TempDir
    Path dir;
    Path data;
    Path keyFile;
    long incidentId;
    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream oldOut, oldErr;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        keyFile = dir.resolve("keys/testimony.key");
        try (var store = JdbcStore.sqlite(data)) {
            incidentId = store.incidents().create(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Market in Ariha").facts(), List.of()).id();
        }
        oldOut = System.out;
        oldErr = System.err;
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        TestimonyCommand.out = both;
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        TestimonyCommand.out = System.out;
        TestimonyCommand.stdin = System.in;
    }

    Run run(String stdin, Map<String, String> env, String... args) {
        TestimonyCommand.stdin = new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8));
        CommandLine cl = Main.commandLine();
        if (env != null) {
            // every command with KeyOptions reads its environment through the mixin
            cl.setExecutionStrategy(parse -> {
                for (CommandLine c : parse.asCommandLineList()) {
                    c.getMixins().values().stream().filter(KeyOptions.class::isInstance)
                            .forEach(k -> ((KeyOptions) k).env = env);
                }
                return new CommandLine.RunLast().execute(parse);
            });
        }
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int before = captured.size();
        int exit = cl.execute(args);
        String out = captured.toString(StandardCharsets.UTF_8).substring(before);
        captured.writeBytes(err.toString().getBytes(StandardCharsets.UTF_8));
        return new Run(exit, out, err.toString());
    }

    Run run(String... args) {
        return run(null, Map.of(), args);
    }

    Path identityFile() throws Exception {
        Path f = dir.resolve("identity.txt");
        Files.writeString(f, "name: " + NAME + "\ncontact: +963 944 771 203\n");
        return f;
    }

    Path textFile() throws Exception {
        Path f = dir.resolve("statement.txt");
        Files.writeString(f, "The market was full when the first rocket fell.");
        return f;
    }

    String[] add(String... extra) throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of("testimony", "add", "--data", data.toString(), "--incident", Long.toString(incidentId),
                "--pseudonym", "Witness A", "--interviewer", "R. Investigator", "--date", "2015-12-02", "--language", "ar",
                "--consent", "internal_only", "--text-file", textFile().toString()));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void keyNewWritesAnOwnerOnlyFileAndRefusesToOverwrite() throws Exception {
        Run r = run("key", "new", "--out", keyFile.toString());
        assertThat(r.exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.readString(keyFile)).contains("key ");
        String key = Files.readAllLines(keyFile).stream().filter(l -> l.startsWith("key ")).findFirst().orElseThrow().substring(4);
        assertThat(r.out()).doesNotContain(key);
        Run again = run("key", "new", "--out", keyFile.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").doesNotContain("Exception");
    }

    @Test
    void addListAndTheStoreRefusesToStartWithoutTheKey() throws Exception {
        assertThat(run("key", "new", "--out", keyFile.toString()).exit()).isZero();
        Run added = run(add("--identity-file", identityFile().toString(), "--key-file", keyFile.toString()));
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added statement 1 (Witness A, internal_only)").doesNotContain(NAME);

        Run listed = run("testimony", "list", "--data", data.toString(), "--incident", Long.toString(incidentId), "--key-file", keyFile.toString());
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("Witness A", "internal_only", "R. Investigator", "first rocket").doesNotContain(NAME);
        Run shown = run("testimony", "list", "--data", data.toString(), "--incident", Long.toString(incidentId), "--key-file", keyFile.toString(), "--show-identity");
        assertThat(shown.out()).contains("name: " + NAME, "contact: +963 944 771 203");

        // No key: one clear line, exit 2, for the testimony commands and for serve.
        Run noKey = run("testimony", "list", "--data", data.toString(), "--incident", Long.toString(incidentId));
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err().strip()).doesNotContain("\n").contains("holds 1 witness statement", "--key-file", "GROUNDTRUTH_KEY");
        Run serve = run("serve", "--data", data.toString(), "--port", "0");
        assertThat(serve.exit()).isEqualTo(2);
        assertThat(serve.err().strip()).doesNotContain("\n").startsWith("groundtruth: this store holds 1 witness statement");

        // A wrong key is refused by its check value before anything starts.
        Path other = dir.resolve("other.key");
        assertThat(run("key", "new", "--out", other.toString()).exit()).isZero();
        Run wrong = run("serve", "--data", data.toString(), "--port", "0", "--key-file", other.toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("wrong testimony key");

        assertThat(captured.toString(StandardCharsets.UTF_8)).as("everything printed, logs included").contains("Witness A")
                .containsOnlyOnce(NAME);
    }

    @Test
    void theIdentityAndTheKeyCanComeFromStandardInputAndTheEnvironment() throws Exception {
        assertThat(run("key", "new", "--out", keyFile.toString()).exit()).isZero();
        String key = Files.readAllLines(keyFile).stream().filter(l -> l.startsWith("key ")).findFirst().orElseThrow().substring(4);
        Map<String, String> env = new HashMap<>();
        env.put(KeyOptions.KEY_ENV, key);
        Run added = run("name: " + NAME + "\n", env, add("--identity-file", "-"));
        assertThat(added.exit()).as(added.err()).isZero();
        Run viaFileEnv = run(null, Map.of(KeyOptions.KEY_FILE_ENV, keyFile.toString()),
                "testimony", "list", "--data", data.toString(), "--incident", Long.toString(incidentId), "--show-identity");
        assertThat(viaFileEnv.out()).contains("name: " + NAME);
    }

    @Test
    void badInputGetsOneLineNamingTheOptionAndNeverEchoesTheIdentity() throws Exception {
        assertThat(run("key", "new", "--out", keyFile.toString()).exit()).isZero();
        Path badIdentity = dir.resolve("bad-identity.txt");
        Files.writeString(badIdentity, "nom " + NAME + "\n");
        Run r = run(add("--identity-file", badIdentity.toString(), "--key-file", keyFile.toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--identity-file", "line 1", "name: ...").doesNotContain(NAME);
        String[] withBadConsent = add("--identity-file", identityFile().toString(), "--key-file", keyFile.toString());
        withBadConsent[java.util.Arrays.asList(withBadConsent).indexOf("internal_only")] = "maybe";
        Run consent = run(withBadConsent);
        assertThat(consent.err()).contains("--consent: 'maybe' is not one of internal_only");
        Run noIncident = run("testimony", "add", "--data", data.toString(), "--incident", "999", "--pseudonym", "W", "--interviewer", "I",
                "--date", "2015-12-02", "--consent", "internal_only", "--text-file", textFile().toString(),
                "--identity-file", identityFile().toString(), "--key-file", keyFile.toString());
        assertThat(noIncident.exit()).isEqualTo(2);
        assertThat(noIncident.err()).contains("no incident 999");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        Run loose = run(add("--identity-file", identityFile().toString(), "--key-file", keyFile.toString()));
        assertThat(loose.err()).contains("readable by others", "chmod 600");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(TestimonyLedger.PORT).count()).isZero();
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(NAME);
    }

    @Test
    void rotationReSealsEverythingAndLeavesOnlyTheNewKey() throws Exception {
        assertThat(run("key", "new", "--out", keyFile.toString()).exit()).isZero();
        String oldKey = Files.readString(keyFile);
        assertThat(run(add("--identity-file", identityFile().toString(), "--key-file", keyFile.toString())).exit()).isZero();
        // a public submitter's contact is sealed like an identity, and sealed again with it
        long submission;
        try (var store = JdbcStore.sqlite(data)) {
            org.groundtruth.testimony.KeyRing ring = org.groundtruth.app.testimony.KeyFiles.read(keyFile);
            submission = store.port(org.groundtruth.textintake.IntakeLedger.PORT).submit(org.groundtruth.textintake.IntakeForTest.submitted(
                    org.groundtruth.textintake.IntakeForTest.EXAMPLE), "tag", null, null,
                    id -> ring.seal("+963 944 000 111", org.groundtruth.textintake.IntakeLedger.contactPlace(id))).id();
        }
        Run rotated = run("key", "rotate", "--data", data.toString(), "--key-file", keyFile.toString());
        assertThat(rotated.exit()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("Re-sealed 1 witness identity and 1 submitter contact");
        try (var store = JdbcStore.sqlite(data)) {
            org.groundtruth.testimony.KeyRing rotatedRing = org.groundtruth.app.testimony.KeyFiles.read(keyFile);
            var sealed = store.port(org.groundtruth.textintake.IntakeLedger.PORT).contact(submission).orElseThrow();
            assertThat(sealed.keyId()).isEqualTo(rotatedRing.primary().keyId());
            assertThat(rotatedRing.open(sealed, org.groundtruth.textintake.IntakeLedger.contactPlace(submission))).isEqualTo("+963 944 000 111");
        }
        assertThat(Files.readString(keyFile)).isNotEqualTo(oldKey);
        assertThat(Files.readAllLines(keyFile).stream().filter(l -> l.startsWith("key "))).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        Run shown = run("testimony", "list", "--data", data.toString(), "--incident", Long.toString(incidentId), "--key-file", keyFile.toString(), "--show-identity");
        assertThat(shown.out()).contains("name: " + NAME);
    }
}
