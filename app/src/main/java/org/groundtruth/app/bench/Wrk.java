package org.groundtruth.app.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator {@code wrk} (a C program, Debian's {@code wrk}) driving one URL with N keep-alive connections
 * in a closed loop. In another process, the generator's CPU and garbage no longer share the server's JVM: on two
 * cores the JDK client in the server's own process took about a millisecond of CPU per request and its collections.
 * Latencies are wrk's own (microsecond histogram), read through a Lua {@code done} hook.
 */
final class Wrk {
    private static final String REPORT = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("GT-WRK %d %d %d %d %d %d %d\\n", summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
                summary.duration, latency:percentile(50), latency:percentile(99), latency.max, latency:percentile(90)))
            end
            """;
    private static final Pattern LINE = Pattern.compile("GT-WRK (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");

    /** What one wrk run measured; CPU is this (the server's) process's during the run. */
    record Result(long requests, long failures, double seconds, double p50Ms, double p99Ms, double maxMs, double p90Ms,
                  long serverCpuNanos) implements ClosedLoop.Measured {
        @Override
        public double percentileMs(double share) {
            if (share == 0.5) return p50Ms;
            if (share == 0.99) return p99Ms;
            if (share == 0.9) return p90Ms;
            throw new IllegalArgumentException("wrk reports p50, p90 and p99 here, not " + share);
        }

        @Override
        public double perSecond() {
            return requests / seconds;
        }

        @Override
        public double cpuMsPerRequest() {
            return serverCpuMsPerRequest();
        }

        @Override
        public double serverCpuMsPerRequest() {
            return serverCpuNanos < 0 || requests == 0 ? Double.NaN : serverCpuNanos / 1e6 / requests;
        }

        @Override
        public String line() {
            return String.format(Locale.ROOT, "p50 %7.2f ms  p99 %7.2f ms  %8.1f req/s  %6.2f ms server CPU/req (wrk, another process)  (%d requests, %d failed, %.1f s, max %.1f ms)",
                    p50Ms, p99Ms, perSecond(), serverCpuMsPerRequest(), requests, failures, seconds, maxMs);
        }
    }

    private Wrk() {
    }

    /** Whether wrk is on the PATH. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A warm-up run (discarded), then the measured one, at {@code connections} connections. */
    static Result run(URI uri, int connections, Duration warmup, Duration measure) throws Exception {
        return run(uri, 1, 0, connections, warmup, measure);
    }

    /**
     * As {@link #run(URI, int, Duration, Duration)}, each connection asking for {@code pages} pages of {@code pageSize}
     * in turn ({@code &offset=} added to the URI), as GDAL pages through a layer: pages 1 and 0 ask for the URI alone.
     */
    static Result run(URI uri, int pages, int pageSize, int connections, Duration warmup, Duration measure) throws Exception {
        Path script = Files.createTempFile("groundtruth-wrk", ".lua");
        try {
            String paging = pages <= 1 ? "" : """
                    local page = 0
                    request = function()
                      local path = wrk.path .. "&offset=" .. (page * %d)
                      page = (page + 1) %% %d
                      return wrk.format(nil, path)
                    end
                    """.formatted(pageSize, pages);
            Files.writeString(script, paging + REPORT);
            if (!warmup.isZero()) once(uri, connections, warmup, script);
            long cpu0 = ClosedLoop.processCpuNanos();
            Result r = once(uri, connections, measure, script);
            long cpu = cpu0 < 0 ? -1 : ClosedLoop.processCpuNanos() - cpu0;
            return new Result(r.requests(), r.failures(), r.seconds(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.p90Ms(), cpu);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static Result once(URI uri, int connections, Duration d, Path script) throws Exception {
        int threads = Math.max(1, Math.min(2, connections));
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + Math.max(1, d.toSeconds()) + "s", "--timeout", "30s",
                "-s", script.toString(), uri.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(d.toSeconds() + 60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("wrk failed: " + out);
        Matcher m = LINE.matcher(out);
        if (!m.find()) throw new IllegalStateException("wrk printed no summary: " + out);
        return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)) / 1e6,
                Long.parseLong(m.group(4)) / 1e3, Long.parseLong(m.group(5)) / 1e3, Long.parseLong(m.group(6)) / 1e3,
                Long.parseLong(m.group(7)) / 1e3, -1);
    }
}
