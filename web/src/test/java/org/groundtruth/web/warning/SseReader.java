package org.groundtruth.web.warning;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real Server-Sent Events client for tests: every line the server sends, in order, and all of them as text. */
final class SseReader implements AutoCloseable {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer all = new StringBuffer();
    private final CompletableFuture<?> stream;

    SseReader(String url) {
        HttpClient http = HttpClient.newHttpClient();
        stream = http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> r.body().forEach(l -> {
                    all.append(l).append('\n');
                    lines.add(l);
                }));
    }

    /** The data of the next event named {@code name}, waiting up to {@code seconds}; fails when none comes. */
    String next(String name, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        boolean inEvent = false;
        while (System.nanoTime() < end) {
            String l = lines.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (l == null) break;
            if (l.equals("event: " + name) || l.equals("event:" + name)) inEvent = true;
            else if (inEvent && l.startsWith("data:")) return l.substring(5).strip();
        }
        throw new AssertionError("no '" + name + "' event within " + seconds + " s; the stream so far:\n" + all);
    }

    /** Whether the server ended the stream normally (not by a broken connection) within {@code seconds}. */
    boolean ended(int seconds) {
        try {
            stream.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    String all() {
        return all.toString();
    }

    @Override
    public void close() {
        stream.cancel(true);
    }
}
