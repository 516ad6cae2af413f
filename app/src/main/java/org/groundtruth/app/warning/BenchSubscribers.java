package org.groundtruth.app.warning;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's subscribers (decision 0816): N SSE clients of the server and/or N MQTT clients of a topic, recording
 * for each subscriber the time (System.nanoTime) each change's {@code sequence} first arrived. {@link WarningBenchmark}
 * runs them in a JVM of their own ({@link #main}), so that the server's cores and the measurement are not spent on its
 * own clients; on Linux System.nanoTime is CLOCK_MONOTONIC, one clock for every process of the machine, so arrival
 * times taken here compare with send times taken in the benchmark's process.
 */
final class BenchSubscribers implements AutoCloseable {
    static final Pattern SEQUENCE = Pattern.compile("^\\{\"sequence\":(\\d+)");

    /** Arrival times (System.nanoTime) per subscriber per sequence number; 0 until it arrives. */
    record Arrivals(String channel, AtomicLongArray[] bySubscriber) {
        Arrivals(String channel, int subscribers, int sequences) {
            this(channel, new AtomicLongArray[subscribers]);
            for (int i = 0; i < subscribers; i++) bySubscriber[i] = new AtomicLongArray(sequences + 1);
        }

        void arrived(int subscriber, long sequence, long now) {
            AtomicLongArray a = bySubscriber[subscriber];
            if (sequence > 0 && sequence < a.length()) a.compareAndSet((int) sequence, 0, now);
        }

        /**
         * A retained state at {@code sequence} arrived: it holds every earlier change too (decision 0820: the bridge
         * publishes a district's latest state, not each change), so each earlier one not yet seen arrived now.
         */
        void stateArrived(int subscriber, long sequence, long now) {
            AtomicLongArray a = bySubscriber[subscriber];
            for (int q = (int) Math.min(sequence, a.length() - 1); q > 0; q--) {
                if (!a.compareAndSet(q, 0, now)) break; // seen, and so was every earlier one
            }
        }

        /** (subscriber, sequence, time) of every arrival, then -1. */
        void write(DataOutputStream out) throws IOException {
            for (int s = 0; s < bySubscriber.length; s++) {
                AtomicLongArray a = bySubscriber[s];
                for (int q = 1; q < a.length(); q++) {
                    long t = a.get(q);
                    if (t == 0) continue;
                    out.writeInt(s);
                    out.writeInt(q);
                    out.writeLong(t);
                }
            }
            out.writeInt(-1);
        }

        void read(DataInputStream in) throws IOException {
            for (int s = in.readInt(); s >= 0; s = in.readInt()) {
                int q = in.readInt();
                arrived(s, q, in.readLong());
            }
        }
    }

    private final List<CompletableFuture<?>> streams = new ArrayList<>();
    /** Messages and bytes received per channel (SSE alert events' data; MQTT payloads). */
    final java.util.concurrent.atomic.LongAdder sseMessages = new java.util.concurrent.atomic.LongAdder(), sseBytes = new java.util.concurrent.atomic.LongAdder(),
            mqttMessages = new java.util.concurrent.atomic.LongAdder(), mqttBytes = new java.util.concurrent.atomic.LongAdder();

    String sizes() {
        return String.format(java.util.Locale.ROOT, "received: SSE %,d alert events (%.1f thousand characters each on average), MQTT %,d messages (%.1f kB each)",
                sseMessages.sum(), sseBytes.sum() / 1e3 / Math.max(1, sseMessages.sum()), mqttMessages.sum(), mqttBytes.sum() / 1e3 / Math.max(1, mqttMessages.sum()));
    }
    private final List<Mqtt5AsyncClient> mqttClients = new ArrayList<>();

    /** Connects {@code n} SSE subscribers to the server's live alerts and returns once each got its snapshot (or 120 s passed). */
    void connectSse(String base, int n, Arrivals into) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CountDownLatch ready = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int me = i;
            Flow.Subscriber<String> lines = new Flow.Subscriber<>() {
                boolean alert;

                public void onSubscribe(Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                public void onNext(String line) {
                    if (line.startsWith("event:")) {
                        alert = line.endsWith("alert");
                        if (line.endsWith("snapshot")) ready.countDown();
                    } else if (alert && line.startsWith("data:")) {
                        sseMessages.increment();
                        sseBytes.add(line.length()); // characters (Arabic and Ukrainian ones are 2 bytes each in UTF-8)
                        Matcher m = SEQUENCE.matcher(line.substring(5).strip());
                        if (m.find()) into.arrived(me, Long.parseLong(m.group(1)), System.nanoTime());
                    }
                }

                public void onError(Throwable t) {
                }

                public void onComplete() {
                }
            };
            streams.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/alerts/live")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(lines)));
        }
        if (!ready.await(120, TimeUnit.SECONDS)) System.err.println("warning: only " + (n - ready.getCount()) + " SSE subscribers connected");
    }

    /** Connects {@code n} MQTT subscribers of {@code filter} (QoS 0) and returns once each is subscribed. */
    void connectMqtt(String broker, String filter, int n, Arrivals into) {
        URI u = URI.create(broker);
        List<CompletableFuture<?>> subscribed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int me = i;
            Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier("bench-" + UUID.randomUUID()).serverHost(u.getHost()).serverPort(u.getPort()).buildAsync();
            subscribed.add(c.connect().thenCompose(ack -> c.subscribeWith().topicFilter(filter).qos(MqttQos.AT_MOST_ONCE).callback(p -> {
                long now = System.nanoTime();
                byte[] payload = p.getPayloadAsBytes();
                mqttMessages.increment();
                mqttBytes.add(payload.length);
                Matcher m = SEQUENCE.matcher(new String(payload, StandardCharsets.UTF_8));
                if (m.find()) into.stateArrived(me, Long.parseLong(m.group(1)), now);
            }).send()));
            mqttClients.add(c);
        }
        CompletableFuture.allOf(subscribed.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        streams.forEach(f -> f.cancel(true));
        mqttClients.forEach(Mqtt5AsyncClient::disconnect);
    }

    /**
     * In a JVM of its own: {@code SSE-BASE-URL|- BROKER MQTT-FILTER|- SUBSCRIBERS SEQUENCES OUT-FILE}. Prints {@code ready}
     * once every subscriber is connected; on a line {@code stop} on its input, writes the SSE then the MQTT arrivals to
     * OUT-FILE, prints {@code done} and exits.
     */
    public static void main(String[] args) throws Exception {
        String sseBase = args[0], broker = args[1], filter = args[2];
        int n = Integer.parseInt(args[3]), sequences = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        PrintStream stdout = System.out;
        Arrivals sse = new Arrivals("SSE", n, sequences), mqtt = new Arrivals("MQTT", n, sequences);
        try (BenchSubscribers subs = new BenchSubscribers()) {
            if (!"-".equals(sseBase)) subs.connectSse(sseBase, n, sse);
            if (!"-".equals(filter)) subs.connectMqtt(broker, filter, n, mqtt);
            stdout.println("ready");
            stdout.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
                // wait for stop
            }
            System.err.println(subs.sizes());
            try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out)))) {
                sse.write(o);
                mqtt.write(o);
            }
        }
        stdout.println("done");
        stdout.flush();
        System.exit(0);
    }

    /** The subscribers in another JVM, started with this JVM's java and class path. */
    static final class Remote implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final Path file;

        Remote(String sseBase, String broker, String filter, int n, int sequences) throws IOException {
            file = Files.createTempFile("groundtruth-bench-arrivals", ".bin");
            String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BenchSubscribers.class.getName(),
                    sseBase == null ? "-" : sseBase, broker, filter == null ? "-" : filter, Integer.toString(n), Integer.toString(sequences), file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            expect("ready");
        }

        private void expect(String word) throws IOException {
            for (String line = out.readLine(); ; line = out.readLine()) {
                if (line == null) throw new IllegalStateException("the subscribers' process ended before saying " + word);
                if (line.equals(word)) return;
            }
        }

        /** CPU time the subscribers' JVM has used so far, in nanoseconds (-1 when the system does not say). */
        long cpuNanos() {
            return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
        }

        /** Stops the subscribers and reads what they received. */
        void collect(Arrivals sse, Arrivals mqtt) throws IOException {
            Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            w.write("stop\n");
            w.flush();
            expect("done");
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                sse.read(in);
                mqtt.read(in);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            Files.deleteIfExists(file);
        }
    }
}
