package org.groundtruth.storage.evidence;

import org.groundtruth.evidence.BlobWriter;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.evidence.StoredBlob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileBlobStoreTest {
    @TempDir
    Path dir;

    private static StoredBlob put(FileBlobStore store, byte[] bytes, int chunk) {
        try (BlobWriter w = store.writer()) {
            for (int off = 0; off < bytes.length; off += chunk) w.write(bytes, off, Math.min(chunk, bytes.length - off));
            return w.commit();
        }
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void storesByHashOnceReadOnlyAndReadsBack() throws Exception {
        FileBlobStore store = FileBlobStore.open(dir);
        byte[] bytes = random(3 * FileBlobStore.BUFFER_BYTES + 12_345, 1); // crosses buffer boundaries
        StoredBlob blob = put(store, bytes, 70_001);
        Sha256 expected = Sha256.ofBytes(bytes);
        assertThat(blob).isEqualTo(new StoredBlob(expected, bytes.length, true));
        Path file = dir.resolve("sha256").resolve(expected.hex().substring(0, 2)).resolve(expected.hex().substring(2));
        assertThat(file).exists();
        assertThat(store.pathOf(expected)).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
        assertThat(store.contains(expected)).isTrue();
        assertThat(store.sizeBytes(expected)).isEqualTo(bytes.length);
        assertThat(store.rehash(expected)).isEqualTo(expected);
        assertThat(store.list()).containsExactly(expected);

        StoredBlob again = put(store, bytes, 1 << 20);
        assertThat(again.newlyStored()).isFalse();
        assertThat(again.sha256()).isEqualTo(expected);
        assertThat(store.list()).containsExactly(expected);
        try (Stream<Path> temps = Files.list(dir.resolve("tmp"))) {
            assertThat(temps).isEmpty();
        }
    }

    @Test
    void anEmptyFileIsAFileToo() {
        FileBlobStore store = FileBlobStore.open(dir);
        StoredBlob blob = put(store, new byte[0], 1);
        assertThat(blob.sha256().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(store.sizeBytes(blob.sha256())).isZero();
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws Exception {
        FileBlobStore store = FileBlobStore.open(dir);
        try (BlobWriter w = store.writer()) {
            w.write(random(2_000_000, 2), 0, 2_000_000);
        }
        assertThat(store.list()).isEmpty();
        try (Stream<Path> temps = Files.list(dir.resolve("tmp"))) {
            assertThat(temps).isEmpty();
        }
    }

    @Test
    void aFileNotHeldIsNamed() {
        FileBlobStore store = FileBlobStore.open(dir);
        Sha256 absent = Sha256.ofBytes(new byte[] {1});
        assertThat(store.contains(absent)).isFalse();
        assertThatThrownBy(() -> store.reader(absent)).isInstanceOf(NoSuchElementException.class).hasMessageContaining(absent.hex());
    }

    @Test
    void aProcessKilledMidWriteLeavesNoFileUnderAHashName() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlobWriteThenHang.class.getName(), dir.toString());
        pb.redirectErrorStream(true);
        Process child = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            boolean midway = false;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(BlobWriteThenHang.MIDWAY)) {
                    midway = true;
                    break;
                }
            }
            assertThat(midway).as("child reached the middle of its write").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        FileBlobStore store = FileBlobStore.open(dir);
        assertThat(store.list()).as("no file under a hash name").isEmpty();
        try (Stream<Path> temps = Files.list(dir.resolve("tmp"))) {
            assertThat(temps).as("the half file stays in tmp/ only").hasSize(1);
        }
    }
}
