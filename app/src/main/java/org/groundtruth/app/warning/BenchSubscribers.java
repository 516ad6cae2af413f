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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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

    /** Messages and bytes received per channel (SSE alert events' data; MQTT payloads). */
    final java.util.concurrent.atomic.LongAdder sseMessages = new java.util.concurrent.atomic.LongAdder(), sseBytes = new java.util.concurrent.atomic.LongAdder(),
            mqttMessages = new java.util.concurrent.atomic.LongAdder(), mqttBytes = new java.util.concurrent.atomic.LongAdder();

    String sizes() {
        return String.format(java.util.Locale.ROOT, "received: SSE %,d alert events (%.1f thousand characters each on average), MQTT %,d messages (%.1f kB each)",
                sseMessages.sum(), sseBytes.sum() / 1e3 / Math.max(1, sseMessages.sum()), mqttMessages.sum(), mqttBytes.sum() / 1e3 / Math.max(1, mqttMessages.sum()));
    }
    private final List<Mqtt5AsyncClient> mqttClients = new ArrayList<>();

    /**
     * Connects {@code n} SSE subscribers to the server's live alerts and returns once each got its snapshot (or 120 s
     * passed). Each is a plain socket read by a virtual thread that scans the stream's bytes for {@code event:} and
     * {@code data:} lines, reading only the sequence number at the start of an alert's data: the benchmark's own clients
     * cost little CPU beside the server's (java.net.http's line subscriber decoded every line into a string).
     */
    void connectSse(String base, int n, Arrivals into) throws InterruptedException {
        URI u = URI.create(base);
        CountDownLatch ready = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int me = i;
            Thread.ofVirtual().name("bench-sse").start(() -> readSse(u, me, into, ready));
        }
        if (!ready.await(120, TimeUnit.SECONDS)) System.err.println("warning: only " + (n - ready.getCount()) + " SSE subscribers connected");
    }

    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII), DATA_SEQUENCE = "data: {\"sequence\":".getBytes(StandardCharsets.US_ASCII);
    private final List<java.net.Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void readSse(URI u, int me, Arrivals into, CountDownLatch ready) {
        try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
            sockets.add(socket);
            socket.getOutputStream().write(("GET /api/alerts/live HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            java.io.InputStream in = socket.getInputStream();
            byte[] buf = new byte[64 * 1024];
            int start = 0, end = 0;
            boolean alert = false, snapshot = false;
            while (true) {
                int nl = -1;
                for (int k = start; k < end; k++) {
                    if (buf[k] == '\n') {
                        nl = k;
                        break;
                    }
                }
                if (nl < 0) {
                    if (start > 0) {
                        System.arraycopy(buf, start, buf, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    if (end == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                    int r = in.read(buf, end, buf.length - end);
                    if (r < 0) return;
                    end += r;
                    continue;
                }
                long now = System.nanoTime();
                if (startsWith(buf, start, nl, EVENT)) {
                    int name = start + EVENT.length;
                    alert = nl - name >= 5 && buf[name] == 'a' && buf[name + 1] == 'l' && buf[name + 4] == 't';
                    if (!snapshot && buf[name] == 's') {
                        snapshot = true;
                        ready.countDown();
                    }
                } else if (alert && startsWith(buf, start, nl, DATA_SEQUENCE)) {
                    sseMessages.increment();
                    int chars = 0;
                    for (int k = start + 6; k < nl; k++) if ((buf[k] & 0xC0) != 0x80) chars++; // characters, as before: not UTF-8's continuation bytes
                    sseBytes.add(chars);
                    long sequence = 0;
                    for (int k = start + DATA_SEQUENCE.length; k < nl && buf[k] >= '0' && buf[k] <= '9'; k++) sequence = sequence * 10 + (buf[k] - '0');
                    into.arrived(me, sequence, now);
                }
                start = nl + 1;
            }
        } catch (IOException e) {
            // closed: the run is over, or the server dropped this subscriber
        }
    }

    private static boolean startsWith(byte[] buf, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (buf[from + i] != prefix[i]) return false;
        return true;
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
                Matcher m = SEQUENCE.matcher(new String(payload, 0, Math.min(32, payload.length), StandardCharsets.UTF_8)); // the sequence comes first
                if (m.find()) into.stateArrived(me, Long.parseLong(m.group(1)), now);
            }).send()));
            mqttClients.add(c);
        }
        CompletableFuture.allOf(subscribed.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public void close() {
        for (java.net.Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
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
