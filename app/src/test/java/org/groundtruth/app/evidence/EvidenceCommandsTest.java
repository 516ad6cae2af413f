package org.groundtruth.app.evidence;

import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.storage.store.JdbcStore;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.groundtruth.app.Main;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.incident.IncidentForTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.evidence.TestImages.half;
import static org.groundtruth.evidence.TestImages.scene;

/** The evidence commands as a user runs them, on a real SQLite store and evidence directory. */
class EvidenceCommandsTest {
    @TempDir
    Path dir;
    Path data;
    Path media;
    long incidentId;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        media = dir.resolve("media");
        Files.createDirectories(media.resolve("phone"));
        BufferedImage market = scene(7, 640, 480);
        ImageIO.write(market, "jpeg", media.resolve("market.jpg").toFile());
        ImageIO.write(half(market), "png", media.resolve("phone/market-small.png").toFile());
        ImageIO.write(scene(8, 300, 200), "png", media.resolve("phone/statement.pdf").toFile()); // lies about its type
        try (var store = JdbcStore.sqlite(data)) {
            incidentId = store.incidents().create(IncidentForTest.at(35.8137, 36.6121).on("2015-11-29").facts(), List.of()).id();
        }
    }

    /** Adds the whole media folder; statement.pdf is a PNG renamed on purpose, so the mismatch is accepted. */
    private Run addAll() {
        return run("evidence", "add", media.toString(), "--incident", Long.toString(incidentId),
                "--source-url", "https://t.me/ariha_news/1234", "--by", "amira", "--accept-type-mismatch", "--data", data.toString());
    }

    @Test
    void addsAFolderRecursivelyFlagsNearDuplicatesAndTypeLiesAndListsThem() {
        Run refused = run("evidence", "add", media.toString(), "--by", "amira", "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("nothing was stored", "statement.pdf (statement.pdf: its content is image/png, but its name says application/pdf)",
                "--accept-type-mismatch");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(EvidenceLedger.PORT).list()).as("not even the honest files of the folder").isEmpty();
        }

        Run r = addAll();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("added 1 ").contains("image/jpeg").containsPattern("image/png \\d+ bytes \\(name says application/pdf\\)")
                .contains("near-duplicate of evidence");
        Run again = run("evidence", "add", media.resolve("market.jpg").toString(), "--by", "bilal", "--data", data.toString());
        assertThat(again.out()).startsWith("held ");

        Run list = run("evidence", "list", "--incident", Long.toString(incidentId), "--data", data.toString());
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).hasSize(4);
        Run show = run("evidence", "show", "1", "--data", data.toString());
        assertThat(show.out()).contains("ACQUIRED  amira").contains("https://t.me/ariha_news/1234").contains("LINKED").contains("ACQUIRED  bilal");
        assertThat(run("verify", "--data", data.toString()).out()).contains("3 files").contains("all intact");
    }

    @Test
    void anUnknownIncidentOrPathIsOneClearLineAndStoresNothing() {
        Run r = run("evidence", "add", media.toString(), "--incident", "999", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("incident 999 does not exist").doesNotContain("Exception");
        assertThat(run("evidence", "add", dir.resolve("nope.jpg").toString(), "--data", data.toString()).err()).contains("no such file or folder");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(EvidenceLedger.PORT).list()).isEmpty();
        }
    }

    @Test
    void aNameGivenAsWhereFilesCameFromIsRefusedWithoutEchoingItAndStoresNothing() {
        Run r = run("evidence", "add", media.toString(), "--from", "Ahmad Khalil", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("pseudonym of a witness").doesNotContain("Ahmad");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(EvidenceLedger.PORT).list()).isEmpty();
        }
    }

    @Test
    void verifyNamesAChangedFileAndAChangedLogRow() throws Exception {
        assertThat(addAll().exit()).isZero();
        EvidenceItem first;
        try (var store = JdbcStore.sqlite(data)) {
            first = store.port(EvidenceLedger.PORT).find(1).orElseThrow();
        }
        Path file = data.resolve("evidence/sha256").resolve(first.sha256().hex().substring(0, 2)).resolve(first.sha256().hex().substring(2));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("read-only, owner only").isEqualTo("r--------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("groundtruth.db")); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER custody_log_no_update");
            s.execute("UPDATE custody_log SET actor = 'mallory' WHERE evidence_id = 2 AND seq = 2");
        }
        Run r = run("verify", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("BROKEN file " + first.sha256() + ": file content changed (expected SHA-256 " + first.sha256() + ", found SHA-256 ");
        assertThat(r.err()).containsPattern("BROKEN file [0-9a-f]{64} custody entry 2: entry content changed");
        assertThat(r.out()).contains("2 break(s)");
    }

    @Test
    void exportsABundleThatVerifiesAnywhereAndNamesEveryChange() throws Exception {
        assertThat(addAll().exit()).isZero();
        Path bundle = dir.resolve("out/incident.zip");
        Run export = run("evidence", "export", Long.toString(incidentId), "--out", bundle.toString(), "--by", "chen", "--data", data.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported 3 files");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(EvidenceLedger.PORT).custody(1).getLast().event().action().name()).isEqualTo("EXPORTED");
        }
        Run ok = run("verify-bundle", bundle.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("3 files").contains("intact");

        List<String> names;
        try (ZipFile z = ZipFile.builder().setPath(bundle).get()) {
            names = Collections.list(z.getEntries()).stream().map(ZipArchiveEntry::getName).toList();
        }
        String jpeg = names.stream().filter(n -> n.endsWith("market.jpg")).findFirst().orElseThrow();
        String png = names.stream().filter(n -> n.endsWith("market-small.png")).findFirst().orElseThrow();

        Path altered = rewrite(bundle, "altered.zip", (name, b) -> name.equals(jpeg) ? flip(b) : b, null);
        Run r = run("verify-bundle", altered.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("ALTERED " + jpeg + ": expected SHA-256 ");

        Path removed = rewrite(bundle, "removed.zip", (name, b) -> name.equals(png) ? null : b, null);
        assertThat(run("verify-bundle", removed.toString()).err()).contains("REMOVED " + png);

        Path added = rewrite(bundle, "added.zip", (name, b) -> b, "files/extra.jpg");
        assertThat(run("verify-bundle", added.toString()).err()).contains("ADDED files/extra.jpg");

        Path custody = rewrite(bundle, "custody.zip", (name, b) -> name.equals("custody.json")
                ? new String(b, StandardCharsets.UTF_8).replaceFirst("\"actor\" : \"amira\"", "\"actor\" : \"mallory\"").getBytes(StandardCharsets.UTF_8) : b, null);
        Run c = run("verify-bundle", custody.toString());
        assertThat(c.exit()).isEqualTo(1);
        assertThat(c.err()).contains("CUSTODY ").contains("entry 1: entry content changed");

        Path traversal = rewrite(bundle, "slip.zip", (name, b) -> b, "files/../../../etc/cron.d/x");
        Run slip = run("verify-bundle", traversal.toString());
        assertThat(slip.exit()).isEqualTo(2);
        assertThat(slip.err()).contains("bundle refused").contains("'files/../../../etc/cron.d/x' climbs out");
    }

    private static byte[] flip(byte[] b) {
        byte[] c = b.clone();
        c[c.length / 2] ^= 0x40;
        return c;
    }

    /** Copies a bundle entry by entry through {@code change} (null drops the entry), optionally adding one more. */
    private Path rewrite(Path bundle, String name, BiFunction<String, byte[], byte[]> change, String extra) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile in = ZipFile.builder().setPath(bundle).get(); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                byte[] b;
                try (InputStream s = in.getInputStream(e)) {
                    b = change.apply(e.getName(), s.readAllBytes());
                }
                if (b == null) continue;
                zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
                zip.write(b);
                zip.closeArchiveEntry();
            }
            if (extra != null) {
                zip.putArchiveEntry(new ZipArchiveEntry(extra));
                zip.write(new byte[] {1, 2, 3});
                zip.closeArchiveEntry();
            }
        }
        return out;
    }
}
