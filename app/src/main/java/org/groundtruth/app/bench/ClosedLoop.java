package org.groundtruth.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator: N workers, each sending its next request as soon as its last answer is read (as wrk
 * does), for a warm-up and then a measured interval. Over HTTP each worker is one connection: a JDK {@link HttpClient}
 * of its own on HTTP/1.1 with keep-alive, which needs nothing installed. The same loop times bare SQL, each worker on
 * a JDBC connection of its own, so that both sides of {@code bench serve} are measured the same way.
 */
final class ClosedLoop {
    /** One request (or one execution of the bare SQL); returns false for a failed one. */
    interface Work {
        boolean once() throws Exception;
    }

    /** Makes the work of one worker (its own connection); closed when the run ends. */
    interface Worker extends Work, AutoCloseable {
    }

    interface WorkerFactory {
        Worker open() throws Exception;
    }

    /**
     * What a run measured: every successful latency (sorted), the failures, the measured seconds, and the CPU time this
     * process used meanwhile (server, load generator and, on SQLite, the database alike; -1 where unknown), which on a
     * machine shared with other work says what a request costs better than its latency does.
     */
    /** What a run of a load generator measured, as {@code bench serve} prints it. */
    interface Measured {
        double percentileMs(double share);

        double perSecond();

        /** Milliseconds of this process's CPU per successful request. */
        double cpuMsPerRequest();

        /** Milliseconds of this process's CPU per request without the load generator's (the server's share). */
        double serverCpuMsPerRequest();

        String line();
    }

    record Result(int workers, long[] sortedNanos, long failures, double seconds, long processCpuNanos, long clientCpuNanos) implements Measured {
        Result(int workers, long[] sortedNanos, long failures, double seconds) {
            this(workers, sortedNanos, failures, seconds, -1, -1);
        }

        @Override
        public double cpuMsPerRequest() {
            return processCpuNanos < 0 || sortedNanos.length == 0 ? Double.NaN : processCpuNanos / 1e6 / sortedNanos.length;
        }

        /**
         * Milliseconds of CPU per request without the load generator's own threads (the workers and the HTTP client's):
         * the server's share, with garbage collection and the JIT (and on SQLite the database) counted in it.
         */
        @Override
        public double serverCpuMsPerRequest() {
            return processCpuNanos < 0 || clientCpuNanos < 0 || sortedNanos.length == 0 ? Double.NaN
                    : (processCpuNanos - clientCpuNanos) / 1e6 / sortedNanos.length;
        }

        long requests() {
            return sortedNanos.length;
        }

        @Override
        public double perSecond() {
            return sortedNanos.length / seconds;
        }

        /** The latency below which this share of requests finished, in milliseconds (nearest rank). */
        @Override
        public double percentileMs(double share) {
            if (sortedNanos.length == 0) return Double.NaN;
            int rank = (int) Math.ceil(share * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
        }

        @Override
        public String line() {
            return String.format(Locale.ROOT, "p50 %7.2f ms  p99 %7.2f ms  %8.1f req/s  %6.2f ms CPU/req (%.2f without the client)  (%d requests, %d failed, %.1f s)",
                    percentileMs(0.50), percentileMs(0.99), perSecond(), cpuMsPerRequest(), serverCpuMsPerRequest(), requests(), failures, seconds);
        }
    }

    private ClosedLoop() {
    }

    static Result run(int workers, WorkerFactory factory, Duration warmup, Duration measure) throws Exception {
        List<Worker> opened = new ArrayList<>();
        try {
            for (int k = 0; k < workers; k++) opened.add(factory.open());
            long[][] latencies = new long[workers][];
            int[] counts = new int[workers];
            long[] failures = new long[workers];
            AtomicReference<Throwable> crash = new AtomicReference<>();
            CountDownLatch ready = new CountDownLatch(workers);
            long[] window = new long[2];
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(workers), release = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < workers; k++) {
                int w = k;
                Thread t = Thread.ofPlatform().name("load-" + k).start(() -> {
                    long[] mine = new long[1 << 12];
                    int n = 0;
                    try {
                        ready.countDown();
                        go.await();
                        long warmEnd = window[0], end = window[1];
                        while (true) {
                            long t0 = System.nanoTime();
                            if (t0 >= end) break;
                            boolean ok = opened.get(w).once();
                            long t1 = System.nanoTime();
                            if (t0 < warmEnd) continue;
                            if (!ok) {
                                failures[w]++;
                                continue;
                            }
                            if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                            mine[n++] = t1 - t0;
                        }
                    } catch (Throwable e) {
                        crash.compareAndSet(null, e);
                    }
                    latencies[w] = mine;
                    counts[w] = n;
                    finished.countDown();
                    try { // alive until the client's CPU is read
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                threads.add(t);
            }
            ready.await();
            long start = System.nanoTime();
            window[0] = start + warmup.toNanos();
            window[1] = window[0] + measure.toNanos();
            go.countDown();
            Thread.sleep(Math.max(0, (window[0] - System.nanoTime()) / 1_000_000));
            long cpu0 = processCpuNanos();
            Map<Long, Long> client0 = clientThreadCpuNanos();
            finished.await();
            long cpu = cpu0 < 0 ? -1 : processCpuNanos() - cpu0;
            Map<Long, Long> client1 = clientThreadCpuNanos();
            release.countDown();
            for (Thread t : threads) t.join();
            long clientCpu = 0;
            for (Map.Entry<Long, Long> e : client1.entrySet()) clientCpu += e.getValue() - client0.getOrDefault(e.getKey(), 0L);
            if (crash.get() != null) throw new IllegalStateException("a load worker failed: " + crash.get(), crash.get());
            int total = 0;
            for (int c : counts) total += c;
            long[] all = new long[total];
            int at = 0;
            for (int k = 0; k < workers; k++) {
                System.arraycopy(latencies[k], 0, all, at, counts[k]);
                at += counts[k];
            }
            Arrays.sort(all);
            long failed = 0;
            for (long f : failures) failed += f;
            return new Result(workers, all, failed, measure.toNanos() / 1e9, cpu, client1.isEmpty() ? -1 : clientCpu);
        } finally {
            for (Worker w : opened) w.close();
        }
    }

    /**
     * The CPU time of each live thread of the load generator: its workers ("load-") and the JDK HTTP client's
     * ("HttpClient-"). A client thread that ends within the run is missed, so the server's share may be overstated.
     */
    private static Map<Long, Long> clientThreadCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        if (!mx.isThreadCpuTimeSupported()) return out;
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null || !(t.getThreadName().startsWith("load-") || t.getThreadName().startsWith("HttpClient-"))) continue;
            long ns = mx.getThreadCpuTime(t.getThreadId());
            if (ns >= 0) out.put(t.getThreadId(), ns);
        }
        return out;
    }

    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** An HTTP worker: one keep-alive connection that GETs {@code uri} and reads the whole answer. */
    static WorkerFactory http(URI uri) {
        return () -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
            return new Worker() {
                @Override
                public boolean once() throws Exception {
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    return r.statusCode() == 200 && r.body().length > 0;
                }

                @Override
                public void close() {
                    client.close();
                }
            };
        };
    }
}
