package org.groundtruth.web.warning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.groundtruth.warning.AlertLedger;
import org.groundtruth.warning.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert changes POSTed to every webhook (decision 0807). The body is the change as SSE sends it; the header
 * {@value #SIGNATURE} is {@code sha256=} and the hex HMAC-SHA256 of the body under the webhook's secret, so the
 * receiver can tell it came from us. Each webhook has its own queue and virtual thread: a receiver that is slow or
 * down delays only its own messages, retried with backoff ({@link #BACKOFF_MS}), and delivery resumes in order
 * when it answers again. A queue holds at most {@value #QUEUE} messages; beyond that the oldest are dropped (the
 * receiver can read the current state from /api/alerts).
 */
public final class WebhookChannel implements AlertChannel {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    public static final String SIGNATURE = "X-Groundtruth-Signature";
    static final long[] BACKOFF_MS = {500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000};
    private static final int QUEUE = 1_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private record Message(AlertEvent event, String body) {
    }

    private final class Worker {
        final Webhook hook;
        final BlockingDeque<Message> queue = new LinkedBlockingDeque<>();
        volatile boolean stopped;

        Worker(Webhook hook) {
            this.hook = hook;
            Thread.ofVirtual().name("webhook-" + hook.id()).start(this::run);
        }

        void offer(Message m) {
            while (queue.size() >= QUEUE) queue.pollFirst();
            queue.addLast(m);
        }

        void run() {
            try {
                while (!stopped) {
                    Message m = queue.takeFirst();
                    if (stopped) return;
                    send(m);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Sends until answered 2xx, waiting longer after each failure; gives up after the last backoff. */
        private void send(Message m) throws InterruptedException {
            for (int attempt = 0; ; attempt++) {
                if (stopped) return;
                try {
                    HttpRequest r = HttpRequest.newBuilder(URI.create(hook.url())).timeout(TIMEOUT)
                            .header("Content-Type", "application/json").header(SIGNATURE, "sha256=" + sign(hook.secret(), m.body()))
                            .header("X-Groundtruth-Sequence", Long.toString(m.event().sequence()))
                            .POST(HttpRequest.BodyPublishers.ofString(m.body())).build();
                    int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status / 100 == 2) return;
                    LOG.debug("webhook {} answered {}", hook.id(), status);
                } catch (java.io.IOException | IllegalArgumentException e) {
                    LOG.debug("webhook {} unreachable: {}", hook.id(), e.getClass().getSimpleName());
                }
                if (attempt >= BACKOFF_MS.length) {
                    LOG.warn("webhook {} did not take change {} of alert {} after {} tries; dropped", hook.id(), m.event().sequence(),
                            m.event().alert().id(), attempt + 1);
                    return;
                }
                Thread.sleep(BACKOFF_MS[attempt]);
            }
        }
    }

    private final AlertLedger ledger;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<Long, Worker> workers = new ConcurrentHashMap<>();

    public WebhookChannel(AlertLedger ledger) {
        this.ledger = ledger;
        reload();
    }

    @Override
    public String name() {
        return "webhooks";
    }

    /** Starts workers for webhooks added since, stops those removed. */
    public synchronized void reload() {
        List<Webhook> hooks = ledger.webhooks();
        for (Webhook h : hooks) workers.computeIfAbsent(h.id(), id -> new Worker(h));
        for (Long id : List.copyOf(workers.keySet())) {
            if (hooks.stream().noneMatch(h -> h.id() == id)) {
                Worker w = workers.remove(id);
                w.stopped = true;
                w.queue.clear();
                w.queue.offer(new Message(null, ""));
            }
        }
    }

    @Override
    public void deliver(AlertEvent event) {
        String body = event.messageText();
        for (Worker w : workers.values()) if (w.hook.wants(event.alert().theatre())) w.offer(new Message(event, body));
    }

    /** Hex HMAC-SHA256 of the body under the secret, as {@value #SIGNATURE} carries it after "sha256=". */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Worker w : workers.values()) {
            w.stopped = true;
            w.queue.offer(new Message(null, ""));
        }
        workers.clear();
    }
}
