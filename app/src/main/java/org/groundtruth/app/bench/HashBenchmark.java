package org.groundtruth.app.bench;

import org.groundtruth.evidence.BlobWriter;
import org.groundtruth.evidence.StoredBlob;
import org.groundtruth.storage.evidence.FileBlobStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Stores a generated file through the real evidence store (read in 1 MiB blocks, hashed on this thread, written,
 * flushed and fsynced on the writer thread, moved into place) and hashes the same file with {@code sha256sum}, in
 * the same run, alternating, best of the rounds for each. Reports MB/s (10^6 bytes), the ratio, and the peak heap
 * in use while storing (sampled every 5 ms), which stays flat whatever the file size.
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = "Store a generated file through the evidence store and compare MB/s with sha256sum on the same file.")
public final class HashBenchmark implements Callable<Integer> {
    @Option(names = "--size-mb", defaultValue = "1024", description = "Size of the generated file in MiB (default: ${DEFAULT-VALUE}).")
    int sizeMb;

    @Option(names = "--rounds", defaultValue = "2", description = "Rounds of each, alternating; the best is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--dir", paramLabel = "DIR", description = "Scratch directory (default: a new one under the system temp directory).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path scratch = dir == null ? Files.createTempDirectory("groundtruth-hash-bench") : Files.createDirectories(dir);
        Path file = scratch.resolve("bench-" + sizeMb + "mb.bin");
        try {
            generate(file, (long) sizeMb << 20);
            long bytes = Files.size(file);
            double bestOurs = 0;
            double bestPeer = 0;
            long peakHeap = 0;
            String peerHash = null;
            String ourHash = null;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                peerHash = sha256sum(file);
                bestPeer = Math.max(bestPeer, mbPerSecond(bytes, System.nanoTime() - t0));

                Path storeDir = scratch.resolve("store-" + r);
                FileBlobStore store = FileBlobStore.open(storeDir);
                System.gc();
                HeapSampler heap = new HeapSampler();
                heap.start();
                t0 = System.nanoTime();
                StoredBlob blob = store(store, file);
                long elapsed = System.nanoTime() - t0;
                heap.stop();
                bestOurs = Math.max(bestOurs, mbPerSecond(bytes, elapsed));
                peakHeap = Math.max(peakHeap, heap.peak());
                ourHash = blob.sha256().hex();
                deleteTree(storeDir);
            }
            if (!ourHash.equals(peerHash)) {
                System.err.println("hash: MISMATCH groundtruth " + ourHash + " sha256sum " + peerHash);
                return 1;
            }
            System.out.printf(Locale.ROOT, "hash: groundtruth %.0f MB/s, sha256sum %.0f MB/s, ratio %.2f%n", bestOurs, bestPeer, bestOurs / bestPeer);
            System.out.printf(Locale.ROOT, "hash: %d MiB file, best of %d rounds each; peak heap in use while storing %.1f MiB (max heap %d MiB); load %s%n",
                    sizeMb, rounds, peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() >> 20, load());
            return 0;
        } finally {
            Files.deleteIfExists(file);
            if (dir == null) deleteTree(scratch);
        }
    }

    static StoredBlob store(FileBlobStore store, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); BlobWriter w = store.writer()) {
            byte[] buffer = new byte[1 << 20];
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) w.write(buffer, 0, n);
            return w.commit();
        }
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    /** Pseudo-random content (incompressible, no two MiB alike), fsynced so that both tools read the same cached file. */
    static void generate(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 20];
        new Random(20151129).nextBytes(block);
        ByteBuffer b = ByteBuffer.wrap(block);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (long off = 0, n = 0; off < bytes; off += block.length, n++) {
                b.clear();
                b.putLong(0, n);
                b.limit((int) Math.min(block.length, bytes - off));
                while (b.hasRemaining()) ch.write(b);
            }
            ch.force(true);
        }
    }

    static String sha256sum(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("sha256sum failed: " + out);
        return out.substring(0, 64);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Samples heap in use every few milliseconds. */
    static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak.get();
        }
    }
}
