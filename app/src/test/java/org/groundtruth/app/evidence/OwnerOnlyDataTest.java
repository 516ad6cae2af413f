package org.groundtruth.app.evidence;

import org.groundtruth.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.evidence.TestImages.scene;

/**
 * Issue 9 item 10: the data directory holds sealed identities, evidence and unpublished material, yet every local user
 * could read it (0755 directories, 0644 database, 0444 evidence files). It and everything in it, including files
 * created later (SQLite's WAL, new evidence, added gazetteers), are owner-only, whatever the umask.
 */
class OwnerOnlyDataTest {
    @TempDir
    Path dir;

    static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        assertThat(exit).as(String.join(" ", args) + "\n" + err).isZero();
        return exit;
    }

    /** Every directory and file under {@code root} that group or others may use, with its permissions. */
    static List<String> openToOthers(Path root) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (!perms.endsWith("------")) open.add(root.relativize(p) + " " + perms);
            }
        }
        return open;
    }

    @Test
    void theDataDirectoryAndEveryFileInItAreOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        Path media = Files.createDirectories(dir.resolve("media"));
        ImageIO.write(scene(3, 200, 150), "png", media.resolve("market.png").toFile());
        Path gazetteer = dir.resolve("places.csv");
        Files.writeString(gazetteer, "name,lat,lon,country,level\nZqxw Village,35.1,36.2,SY,village\n");

        run("evidence", "add", media.resolve("market.png").toString(), "--by", "amira", "--data", data.toString());
        run("gazetteer", "add", gazetteer.toString(), "--format", "csv", "--data", data.toString());
        ImageIO.write(scene(4, 200, 150), "png", media.resolve("later.png").toFile());
        run("evidence", "add", media.resolve("later.png").toString(), "--by", "amira", "--data", data.toString());
        run("verify", "--data", data.toString());

        assertThat(Files.list(data).map(p -> p.getFileName().toString())).contains("groundtruth.db", "evidence", "gazetteer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(openToOthers(data)).isEmpty();
    }

    @Test
    void aDataDirectoryFromAnOlderVersionIsTightenedWhenOpened() throws Exception {
        Path data = dir.resolve("data");
        Path media = Files.createDirectories(dir.resolve("media"));
        ImageIO.write(scene(5, 200, 150), "png", media.resolve("market.png").toFile());
        run("evidence", "add", media.resolve("market.png").toString(), "--by", "amira", "--data", data.toString());
        // as an older version left it: open directories, a readable database, world-readable evidence
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : p.toString().contains("sha256") ? "r--r--r--" : "rw-r--r--"));
            }
        }
        assertThat(openToOthers(data)).isNotEmpty();
        run("verify", "--data", data.toString());
        assertThat(openToOthers(data)).isEmpty();
    }
}
