package org.groundtruth.intake.evidence;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Zip bombs and path traversal: every one refused with a message naming the archive, the entry and why. */
class SafeZipTest {
    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path p = dir.resolve(name);
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(p)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return p;
    }

    private static void readAll(SafeZip z) throws IOException {
        for (ZipArchiveEntry e : z.entries()) {
            try (InputStream in = z.open(e)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
    }

    @Test
    void readsAnOrdinaryZip() throws Exception {
        Path p = zip("ok.zip", Map.of("manifest.json", "{}".getBytes(StandardCharsets.UTF_8), "files/ab/c.jpg", new byte[5000]));
        try (SafeZip z = SafeZip.open(p, SafeZip.Limits.DEFAULT)) {
            assertThat(z.entries()).hasSize(2);
            readAll(z);
        }
    }

    @Test
    void refusesNamesThatClimbOutOrAreAbsolute() throws Exception {
        for (String bad : new String[] {"../evil.sh", "files/../../etc/passwd", "/etc/passwd", "C:/Windows/x.dll", "files\\..\\x", "a//b", "./x"}) {
            Path p = zip("t" + Math.abs(bad.hashCode()) + ".zip", Map.of(bad, new byte[] {1}));
            assertThatThrownBy(() -> SafeZip.open(p, SafeZip.Limits.DEFAULT).close())
                    .as(bad).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("'" + bad.replace('\\', '/') + "'").hasMessageContaining("refused");
        }
    }

    @Test
    void refusesTooManyEntries() throws Exception {
        Path p = dir.resolve("many.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(p)) {
            for (int i = 0; i < 101; i++) {
                out.putArchiveEntry(new ZipArchiveEntry("f" + i));
                out.closeArchiveEntry();
            }
        }
        assertThatThrownBy(() -> SafeZip.open(p, new SafeZip.Limits(100, 1 << 30, 100)))
                .isInstanceOf(BundleRefusedException.class).hasMessageContaining("more than 100 entries");
    }

    @Test
    void refusesAHighlyCompressedEntryWhileInflatingIt() throws Exception {
        Path p = zip("bomb.zip", Map.of("files/zeros", new byte[20 << 20]));
        assertThat(Files.size(p)).isLessThan(100_000);
        try (SafeZip z = SafeZip.open(p, SafeZip.Limits.DEFAULT)) {
            assertThatThrownBy(() -> readAll(z)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("'files/zeros'").hasMessageContaining("100 times its compressed size");
        }
    }

    @Test
    void refusesDeclaredSizesPastTheTotalBeforeInflating() throws Exception {
        Path p = zip("big.zip", Map.of("a", new byte[3000], "b", new byte[3000]));
        assertThatThrownBy(() -> SafeZip.open(p, new SafeZip.Limits(100, 5000, 100)))
                .isInstanceOf(BundleRefusedException.class).hasMessageContaining("declares more than 5000 bytes");
    }

    @Test
    void refusesAnEntryThatInflatesPastWhatItDeclares() throws Exception {
        byte[] content = new byte[200_000];
        new java.util.Random(5).nextBytes(content);
        Path p = zip("liar.zip", Map.of("files/x", content));
        lieAboutSizes(p, 1000);
        try (SafeZip z = SafeZip.open(p, SafeZip.Limits.DEFAULT)) {
            assertThatThrownBy(() -> readAll(z)).isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("'files/x'").hasMessageContaining("declared size of 1000 bytes");
        }
    }

    @Test
    void refusesWhatIsNotAZip() throws Exception {
        Path p = dir.resolve("no.zip");
        Files.writeString(p, "just text");
        assertThatThrownBy(() -> SafeZip.open(p, SafeZip.Limits.DEFAULT)).isInstanceOf(BundleRefusedException.class)
                .hasMessageContaining("not a readable zip");
    }

    /** Rewrites the uncompressed size in every local and central header: what a crafted zip bomb does. */
    private static void lieAboutSizes(Path p, int size) throws IOException {
        byte[] b = Files.readAllBytes(p);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= b.length; i++) {
            int sig = buf.getInt(i);
            if (sig == 0x04034b50) buf.putInt(i + 22, size);
            else if (sig == 0x02014b50) buf.putInt(i + 24, size);
        }
        Files.write(p, b);
    }
}
