package org.groundtruth.app.warning;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.app.warning.BenchSubscribers.Arrivals;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.web.GroundtruthServer;
import org.groundtruth.web.Json;
import org.groundtruth.web.WebSettings;
import org.groundtruth.web.account.Secrets;
import org.groundtruth.web.warning.WarningApi;
import org.groundtruth.web.warning.WarningSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 11's speed target, measured (decisions 0808, 0813): starts the server on a scratch SQLite store with the bundled
 * reference tables and gazetteer, bridged to the real Mosquitto; connects N subscribers, half over SSE and half over MQTT
 * (each to the retained topic of one district that every take-off of the run threatens, as a siren controller
 * subscribes to its own); posts sightings at a steady rate through the API; and times, for every subscriber and
 * every alert change, sighting sent → change received. In the same run, the peer: a bare MQTT publish of a message of
 * the same size to N subscribers of the same broker, at the same rate: the issue's run is N = 1,000 (the default). Latencies are measured from before the
 * sighting's HTTP request is sent, so they include the request, the check, the ledger write, projection and the
 * alerts ledger write, not only delivery.
 */
@Command(name = "warning", mixinStandardHelpOptions = true,
        description = "Sighting sent -> alert received latency to N subscribers (half SSE, half MQTT), beside bare Mosquitto publish -> N subscribers.")
public final class WarningBenchmark implements Callable<Integer> {
    @Option(names = "--subscribers", defaultValue = "1000", paramLabel = "N",
            description = "Subscribers in all, an even number: half over SSE, half over MQTT; the bare peer has as many (default: ${DEFAULT-VALUE}).")
    int allSubscribers;
    @Option(names = "--rate", defaultValue = "100", description = "Sightings per second (default: ${DEFAULT-VALUE}).")
    int rate;
    @Option(names = "--seconds", defaultValue = "10", description = "How long sightings are sent (default: ${DEFAULT-VALUE}).")
    int seconds;
    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of sightings at the rate sent first and not timed, so that the server's code is compiled (default: ${DEFAULT-VALUE}).")
    int warmup;
    @Option(names = "--subscribers-in-process", description = "Run the subscribers in the benchmark's (and server's) JVM, as before decision 0816; by default they run in a JVM of their own.")
    boolean inProcess;
    @Option(names = "--mqtt", defaultValue = "tcp://127.0.0.1:1883", description = "The broker (default: ${DEFAULT-VALUE}).")
    String broker;

    @Override
    public Integer call() throws Exception {
        if (allSubscribers < 2 || allSubscribers % 2 != 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--subscribers: " + allSubscribers + " is not an even number of at least 2 (half SSE, half MQTT)");
        }
        int subscribers = allSubscribers / 2; // per channel
        int sightings = rate * seconds;
        int capacity = (sightings + rate * warmup) * 3 + 100; // a sighting can expire others: room for every change
        Path dir = Files.createTempDirectory("groundtruth-warning-bench");
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f; %d SSE and %d MQTT subscribers; %d sightings at %d/s%n",
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                subscribers, subscribers, sightings, rate);
        clearRetained();
        WarningSetup setup = WarningWiring.setup(LocalGazetteer.load(dir), broker).withRateLimit(1_000_000, 1e9);
        String district = projection(setup);
        System.out.println("MQTT subscribers follow " + district + ", which every take-off of the run threatens (a siren controller's subscription)");
        double sseP99, mqttP99;
        try (JdbcStore store = JdbcStore.sqlite(dir);
             GroundtruthServer server = GroundtruthServer.start(store, WebSettings.local(0).withWarning(setup))) {
            List<String> tokens = spotters(store, 20);
            awaitMqtt(server);
            Arrivals sse = new Arrivals("SSE", subscribers, capacity), mqtt = new Arrivals("MQTT", subscribers, capacity);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long[] sentAt = new long[capacity + 1];
            int sent;
            if (inProcess) {
                try (BenchSubscribers subs = new BenchSubscribers()) {
                    subs.connectSse(server.baseUrl(), subscribers, sse);
                    subs.connectMqtt(broker, district, subscribers, mqtt);
                    warmUp(http, server.baseUrl(), tokens, capacity);
                    sent = send(http, server.baseUrl(), tokens, sightings, sentAt);
                    Thread.sleep(3_000); // the last changes arrive
                    System.out.println(subs.sizes());
                }
            } else {
                try (BenchSubscribers.Remote subs = new BenchSubscribers.Remote(server.baseUrl(), broker, district, subscribers, capacity)) {
                    warmUp(http, server.baseUrl(), tokens, capacity);
                    Cpu before = Cpu.now(subs);
                    sent = send(http, server.baseUrl(), tokens, sightings, sentAt);
                    Thread.sleep(3_000); // the last changes arrive
                    Cpu.now(subs).minus(before).print(sightings);
                    subs.collect(sse, mqtt);
                }
            }
            sseP99 = report(sse, sentAt);
            mqttP99 = report(mqtt, sentAt);
            System.out.printf(Locale.ROOT, "sightings accepted: %d of %d%n", sent, sightings);
        }
        int peers = allSubscribers;
        System.out.printf(Locale.ROOT, "the peer: bare Mosquitto, one publisher to %d subscribers%n", peers);
        Arrivals bare = new Arrivals("bare Mosquitto", peers, sightings + 1), none = new Arrivals("-", 0, 0);
        long[] bareSent;
        if (inProcess) {
            try (BenchSubscribers subs = new BenchSubscribers()) {
                subs.connectMqtt(broker, "groundtruth-bench/bare", peers, bare);
                bareSent = bareBaseline(sightings);
                Thread.sleep(3_000);
            }
        } else {
            try (BenchSubscribers.Remote subs = new BenchSubscribers.Remote(null, broker, "groundtruth-bench/bare", peers, sightings + 1)) {
                bareSent = bareBaseline(sightings);
                Thread.sleep(3_000);
                subs.collect(none, bare);
            }
        }
        double bareP99 = report(bare, bareSent);
        System.out.printf(Locale.ROOT, "p99 against bare Mosquitto's in this run: SSE %.1fx, MQTT %.1fx (aim: at most 3x, and at most 50 ms); load average now %.1f%n",
                sseP99 / bareP99, mqttP99 / bareP99, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        clearRetained();
        deleteScratch(dir);
        return 0;
    }

    /**
     * CPU used so far (nanoseconds): this JVM (the server and the sightings' HTTP client), its request threads (a
     * sighting's intake: HTTP, check, both ledgers, projection, the whole alert's JSON; not delivery), the subscribers' JVM,
     * and the machine's Mosquitto. Per sighting over the timed run, it says what the run cost whatever else the machine did.
     */
    record Cpu(long server, java.util.Map<Long, Long> byThread, java.util.Map<Long, String> groups, long subscribers, long broker) {
        /** The server JVM's threads, by what they do (the rest of the process's CPU is garbage collection, the JIT and the VM). */
        private static String group(String thread) {
            if (thread.startsWith("JettyServerThreadPool")) return "requests (intake)";
            if (thread.startsWith("alerts-mqtt") || thread.startsWith("com.hivemq") || thread.startsWith("Rx")) return "MQTT lane and client";
            if (thread.startsWith("alerts-")) return "other lanes";
            if (thread.startsWith("ForkJoinPool-")) return "virtual threads (SSE writes)";
            if (thread.startsWith("HttpClient")) return "the sightings' sender";
            return "other threads";
        }

        static Cpu now(BenchSubscribers.Remote subs) {
            long server = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<Long, Long> byThread = new java.util.HashMap<>();
            java.util.Map<Long, String> groups = new java.util.HashMap<>();
            for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (t == null) continue;
                long c = mx.getThreadCpuTime(t.getThreadId());
                if (c < 0) continue;
                byThread.put(t.getThreadId(), c);
                groups.put(t.getThreadId(), group(t.getThreadName()));
            }
            long broker = ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/mosquitto") || c.equals("mosquitto")).orElse(false))
                    .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
            return new Cpu(server, byThread, groups, subs == null ? 0 : subs.cpuNanos(), broker);
        }

        /** Since {@code o}: a thread's CPU counts from the earlier snapshot (or from 0 when it started since); one that ended meanwhile falls to the rest. */
        Cpu minus(Cpu o) {
            java.util.Map<Long, Long> t = new java.util.HashMap<>();
            byThread.forEach((id, c) -> t.put(id, c - o.byThread.getOrDefault(id, 0L)));
            return new Cpu(server - o.server, t, groups, subscribers - o.subscribers, broker - o.broker);
        }

        private java.util.Map<String, Long> threads() {
            java.util.Map<String, Long> out = new java.util.TreeMap<>();
            byThread.forEach((id, c) -> out.merge(groups.get(id), c, Long::sum));
            return out;
        }

        void print(int sightings) {
            StringBuilder b = new StringBuilder();
            long seen = 0;
            for (var e : threads().entrySet()) {
                b.append(String.format(Locale.ROOT, "%s %.2f; ", e.getKey(), e.getValue() / 1e6 / sightings));
                seen += e.getValue();
            }
            System.out.printf(Locale.ROOT, "CPU per sighting over the timed run (incl. the 3 s drain), ms: server JVM %.2f (%sGC, JIT and VM %.2f);"
                    + " subscribers' JVM %.2f; Mosquitto %.2f%n", server / 1e6 / sightings, b, (server - seen) / 1e6 / sightings, subscribers / 1e6 / sightings,
                    broker / 1e6 / sightings);
        }
    }

    /** The scratch store goes with the run. */
    private static void deleteScratch(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * The engine alone, for the take-offs the run sends: the projection as the server runs it (cells, spherical
     * pre-test, geodesic) beside checking every place on the geodesic, as the oracle does; microseconds per projection.
     */
    private static String projection(WarningSetup setup) {
        org.groundtruth.warning.Projector projector = new org.groundtruth.warning.Projector(setup.places(), setup.model());
        org.groundtruth.warning.FlightEstimator estimator = new org.groundtruth.warning.FlightEstimator(setup.model());
        List<org.groundtruth.warning.FlightEstimate> flights = new ArrayList<>();
        for (String[] f : FLIGHTS) {
            var base = setup.bases().find("SY", f[1]).orElseThrow();
            var type = setup.aircraft().find("SY", f[0]).orElseThrow();
            flights.add(estimator.estimate(List.of(new org.groundtruth.warning.Observation(java.time.Instant.now(), type, 1,
                    org.groundtruth.warning.EventKind.TAKE_OFF, base, org.groundtruth.warning.Heading.parse(f[2]), base.point()))));
        }
        int threats = 0;
        java.util.Set<String> common = null;
        for (var e : flights) {
            var found = projector.project(e);
            threats += found.size();
            java.util.Set<String> topics = new java.util.LinkedHashSet<>();
            for (var t : found) topics.add(org.groundtruth.web.warning.MqttBridge.topic(org.groundtruth.warning.AdminArea.of(t.place())));
            if (common == null) common = topics;
            else common.retainAll(topics);
        }
        String district = common.stream().filter(t -> t.contains("/Ariha")).findFirst().orElse(common.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no district is threatened by every take-off of the run")));
        long indexed = timePerCall(() -> flights.forEach(projector::project), flights.size());
        long scanned = timePerCall(() -> flights.forEach(e -> {
            for (var p : setup.places()) {
                org.groundtruth.warning.Geodesy.Leg leg = org.groundtruth.warning.Geodesy.leg(e.sector().origin(), p.point());
                if (e.sector().contains(leg.distanceKm(), leg.azimuthDeg())) threats(p);
            }
        }), flights.size());
        System.out.printf(Locale.ROOT, "projection of the run's %d take-offs over %,d places (%.0f threatened each on average): %.0f us each;"
                + " every place checked on the geodesic: %.0f us each (%.1fx)%n", flights.size(), setup.places().size(), threats / (double) flights.size(),
                indexed / 1e3, scanned / 1e3, scanned / (double) indexed);
        return district;
    }

    private static void threats(Object place) {
        // the scan's result is not kept: only its cost is measured
    }

    /** Nanoseconds per call of what the runnable does {@code calls} of, after a warm-up, best of 5 rounds. */
    private static long timePerCall(Runnable r, int calls) {
        for (int i = 0; i < 20; i++) r.run();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) r.run();
            best = Math.min(best, (System.nanoTime() - t0) / (20L * calls));
        }
        return best;
    }

    /** The take-offs the run sends, in turn: each threatens the district the MQTT subscribers follow (Ariha's, in Idlib). */
    private static final String[][] FLIGHTS = {{"Su-24M", "OSLK", "NE"}, {"Su-34", "OSLK", "ENE"}, {"Su-25SM", "OSLK", "NE"}, {"MiG-23", "OS57", "W"},
            {"L-39", "OSLK", "ENE"}};

    private static List<String> spotters(JdbcStore store, int n) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String token = "gts_bench_" + UUID.randomUUID();
            store.port(SightingLedger.PORT).addSpotter("bench-" + i, List.of(new Post("post-" + i, null)), Secrets.digest(token));
            tokens.add(token);
        }
        return tokens;
    }

    private static void awaitMqtt(GroundtruthServer server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 300; i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/alerts")).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"mqtt\":\"up\"")) return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("the server's MQTT bridge did not connect to the broker");
    }

    /** Sightings at the rate for the warm-up's seconds, not timed (their changes reach the subscribers, but are not counted), then a pause. */
    private void warmUp(HttpClient http, String base, List<String> tokens, int capacity) throws Exception {
        if (warmup <= 0) return;
        System.out.printf(Locale.ROOT, "warm-up (not timed): ");
        send(http, base, tokens, rate * warmup, new long[capacity + 1]);
        Thread.sleep(2_000);
    }

    /** Sightings at the rate, each a take-off from a base with a heading, cycling through types, bases and spotters. */
    private int send(HttpClient http, String base, List<String> tokens, int n, long[] sentAt) throws Exception {
        String[][] flights = FLIGHTS;
        long start = System.nanoTime(), period = 1_000_000_000L / rate;
        int accepted = 0;
        ConcurrentHashMap<Integer, Long> pending = new ConcurrentHashMap<>();
        java.util.Queue<Long> answered = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            String[] f = flights[i % flights.length];
            String body = "{\"observedAt\":\"" + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\",\"aircraft\":\"" + f[0]
                    + "\",\"event\":\"take_off\",\"base\":\"" + f[1] + "\",\"heading\":\"" + f[2] + "\"}";
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/sightings")).header("Content-Type", "application/json")
                    .header(WarningApi.TOKEN_HEADER, tokens.get(i % tokens.size())).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            inFlight.add(http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).handle((a, failure) -> {
                if (failure != null || a.statusCode() != 201) {
                    pending.merge(failure != null ? 2 : 3, 1L, Long::sum);
                    return null;
                }
                try {
                    for (var c : Json.MAPPER.readTree(a.body()).path("alerts")) {
                        int seq = c.path("sequence").asInt();
                        if (seq < sentAt.length) sentAt[seq] = t0;
                    }
                    pending.merge(1, 1L, Long::sum);
                    answered.add(System.nanoTime() - t0);
                } catch (Exception e) {
                    // counted as not accepted
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        accepted = pending.getOrDefault(1, 0L).intValue();
        long[] a = answered.stream().mapToLong(Long::longValue).sorted().toArray();
        if (a.length > 0) {
            // intake alone: sent -> the API's 201, after the check, both ledgers and the projection, before any delivery
            System.out.printf(Locale.ROOT, "intake: %d answered in %.1f s (%.0f/s); sighting sent -> 201 p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", a.length,
                    (System.nanoTime() - start) / 1e9, a.length / ((System.nanoTime() - start) / 1e9), ms(a[a.length / 2]),
                    ms(a[Math.min(a.length - 1, (int) (a.length * 0.99))]), ms(a[a.length - 1]));
        }
        if (pending.containsKey(2) || pending.containsKey(3)) {
            System.out.printf(Locale.ROOT, "sightings not accepted: %d failed to connect or were cut, %d refused%n", pending.getOrDefault(2, 0L), pending.getOrDefault(3, 0L));
        }
        return accepted;
    }

    /** The peer: one publisher, the same rate and a message of an alert's size, to N subscribers of the same broker. */
    private long[] bareBaseline(int n) throws Exception {
        URI u = URI.create(broker);
        Mqtt5AsyncClient pub = MqttClient.builder().useMqttVersion5().identifier("bench-pub-" + UUID.randomUUID()).serverHost(u.getHost()).serverPort(u.getPort()).buildAsync();
        pub.connect().join();
        String filler = "x".repeat(3000);
        long[] sentAt = new long[n + 1];
        long start = System.nanoTime(), period = 1_000_000_000L / rate;
        for (int i = 1; i <= n; i++) {
            long wait = start + i * period - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            sentAt[i] = System.nanoTime();
            pub.publishWith().topic("groundtruth-bench/bare").qos(MqttQos.AT_MOST_ONCE)
                    .payload(("{\"sequence\":" + i + ",\"filler\":\"" + filler + "\"}").getBytes(StandardCharsets.UTF_8)).send();
        }
        pub.disconnect();
        return sentAt;
    }

    /** Prints the channel's deliveries and latencies; returns its p99 in ms (NaN when nothing arrived). */
    private static double report(Arrivals a, long[] sentAt) {
        List<Long> latencies = new ArrayList<>();
        long expected = 0, missing = 0;
        for (AtomicLongArray s : a.bySubscriber()) {
            for (int seq = 1; seq < Math.min(s.length(), sentAt.length); seq++) {
                if (sentAt[seq] == 0) continue;
                expected++;
                long at = s.get(seq);
                if (at == 0) missing++;
                else latencies.add(at - sentAt[seq]);
            }
        }
        long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(l);
        if (l.length == 0) {
            System.out.printf(Locale.ROOT, "%-15s nothing delivered (%d expected)%n", a.channel(), expected);
            return Double.NaN;
        }
        System.out.printf(Locale.ROOT, "%-15s deliveries %,d of %,d; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", a.channel(), l.length, expected,
                ms(l[(int) (l.length * 0.50)]), ms(l[Math.min(l.length - 1, (int) (l.length * 0.99))]), ms(l[l.length - 1]));
        return ms(l[Math.min(l.length - 1, (int) (l.length * 0.99))]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Empties the retained alert topics a previous run left, so old sequence numbers are not read as this run's. */
    private void clearRetained() throws Exception {
        URI u = URI.create(broker);
        Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier("bench-clear-" + UUID.randomUUID()).serverHost(u.getHost()).serverPort(u.getPort()).buildAsync();
        c.connect().join();
        java.util.Set<String> topics = ConcurrentHashMap.newKeySet();
        c.subscribeWith().topicFilter("groundtruth/alerts/#").callback(p -> {
            if (p.isRetain()) topics.add(p.getTopic().toString());
        }).send().join();
        Thread.sleep(1_000);
        for (String t : topics) c.publishWith().topic(t).retain(true).payload(new byte[0]).send().join();
        c.disconnect().join();
    }
}
