package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.groundtruth.web.Json;

/**
 * Live alerts over Server-Sent Events. A browser that connects gets a {@code snapshot} of the active alerts (each with
 * its first places, names and outline), then an {@code alert} event for every change (version 2, decision 0822: the
 * change and its places by id; the rest at /api/alerts/{id} when its {@code placesTag} differs from the one held) and
 * a {@code heartbeat} every {@value #HEARTBEAT_SECONDS} s, so that a page can show a dead feed as dead instead of as a
 * quiet sky. Each subscriber has its own queue, drained by its own
 * virtual thread: a reader that stalls fills only its own queue and is dropped when that is full (it reconnects and
 * gets a fresh snapshot), never delaying the others.
 * <p>
 * Each event is encoded once, as the bytes of an SSE frame ({@link #frame}), and those same bytes are written to every
 * subscriber's stream (decision 0817): Javalin's {@code sendEvent} re-reads, re-splits and re-encodes the text for each
 * subscriber, which at 1,000 subscribers allocated ~100 kB per subscriber per alert change and made the server spend
 * its time collecting garbage.
 */
public final class SseHub implements AlertChannel {
    static final int HEARTBEAT_SECONDS = 15;
    private static final int QUEUE = 256;

    private static final long STOP_WAIT_MILLIS = 2_000;

    /** One browser: its own queue, drained by its own thread, which alone writes to (and ends) the stream. */
    private record Subscriber(SseClient client, BlockingQueue<byte[]> queue, CountDownLatch ended) {
        void end() {
            queue.clear();
            queue.offer(END);
        }
    }

    private static final byte[] END = new byte[0];

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Supplier<List<ObjectNode>> activeAlerts;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean closed;

    public SseHub(Supplier<List<ObjectNode>> activeAlerts, Clock clock) {
        this.activeAlerts = activeAlerts;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alerts-sse-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> broadcast("heartbeat", Json.object().put("serverTime", clock.instant().toString()).toString()),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
        return "sse";
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** Serves one browser until it goes away or the hub closes. */
    public void join(SseClient client) {
        if (closed) {
            client.close();
            return;
        }
        client.keepAlive();
        Subscriber s = new Subscriber(client, new ArrayBlockingQueue<>(QUEUE), new CountDownLatch(1));
        ObjectNode snapshot = Json.object().put("version", AlertJson.MESSAGE_VERSION).put("serverTime", clock.instant().toString());
        ArrayNode alerts = snapshot.putArray("alerts");
        activeAlerts.get().forEach(alerts::add);
        s.queue().add(frame("snapshot", snapshot.toString()));
        subscribers.add(s);
        client.onClose(() -> {
            subscribers.remove(s);
            s.end();
        });
        Thread.ofVirtual().name("alerts-sse-subscriber").start(() -> drain(s));
        if (closed) s.end(); // the hub closed while this one joined
    }

    private void drain(Subscriber s) {
        try {
            while (true) {
                byte[] e = s.queue().take();
                if (e == END || s.client().terminated()) return;
                var response = s.client().ctx().res();
                response.getOutputStream().write(e);
                response.flushBuffer();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | RuntimeException e) {
            // the browser went away mid-write
        } finally {
            subscribers.remove(s);
            if (!s.client().terminated()) s.client().close();
            s.ended().countDown();
        }
    }

    @Override
    public void deliver(AlertEvent event) {
        broadcast("alert", event.messageText());
    }

    private void broadcast(String name, String data) {
        byte[] e = frame(name, data);
        for (Subscriber s : subscribers) {
            if (!s.queue().offer(e)) { // a stalled reader: drop it rather than hold the others
                subscribers.remove(s);
                s.end();
            }
        }
    }

    /**
     * One Server-Sent Event as written on the wire, in UTF-8: {@code event: NAME}, the data (one {@code data:} line per
     * line of it; JSON as the hub sends it has none), and the blank line that ends the event.
     */
    static byte[] frame(String name, String data) {
        StringBuilder b = new StringBuilder(data.length() + name.length() + 16).append("event: ").append(name).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) b.append("data: ").append(line).append('\n');
        return b.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Stops the heartbeat and ends every stream, waiting (a little) until each has ended: the server calls this before
     * Jetty stops, because a stream ended after Jetty recycled its response sends Javalin's error handling round in a loop.
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        heartbeat.shutdownNow();
        List<Subscriber> ending = List.copyOf(subscribers);
        subscribers.clear();
        ending.forEach(Subscriber::end);
        long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000;
        try {
            for (Subscriber s : ending) s.ended().await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
