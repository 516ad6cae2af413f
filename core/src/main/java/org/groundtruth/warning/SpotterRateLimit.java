package org.groundtruth.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per spotter: a burst of {@code burst} sightings, refilled at {@code perMinute}. One spotter's flood
 * only empties that spotter's bucket, so the others are never delayed; a refused sighting is answered at once
 * (never queued). Buckets of spotters unseen for an hour are forgotten, so the map stays as small as the active
 * network. Thread-safe.
 */
public final class SpotterRateLimit {
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private final int burst;
    private final double perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public SpotterRateLimit(int burst, double perMinute) {
        if (burst < 1 || !(perMinute > 0)) throw new IllegalArgumentException("a rate limit needs a burst >= 1 and a positive rate");
        this.burst = burst;
        this.perMinute = perMinute;
    }

    /** Takes one sighting's token; false when this spotter has none left now. */
    public synchronized boolean tryAcquire(String spotter, Instant now) {
        forgetIdle(now);
        Bucket b = buckets.computeIfAbsent(spotter, k -> new Bucket(burst, now));
        double minutes = Math.max(0, Duration.between(b.at, now).toMillis() / 60_000.0);
        b.tokens = Math.min(burst, b.tokens + minutes * perMinute);
        b.at = now.isAfter(b.at) ? now : b.at;
        if (b.tokens < 1) return false;
        b.tokens -= 1;
        return true;
    }

    /** How long until this spotter may send again (zero when now). */
    public synchronized Duration retryAfter(String spotter, Instant now) {
        Bucket b = buckets.get(spotter);
        if (b == null) return Duration.ZERO;
        double minutes = Math.max(0, Duration.between(b.at, now).toMillis() / 60_000.0);
        double tokens = Math.min(burst, b.tokens + minutes * perMinute);
        return tokens >= 1 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil((1 - tokens) / perMinute * 60_000));
    }

    synchronized int tracked() {
        return buckets.size();
    }

    private void forgetIdle(Instant now) {
        var it = buckets.values().iterator();
        while (it.hasNext()) {
            if (Duration.between(it.next().at, now).compareTo(FORGET_AFTER) <= 0) break;
            it.remove();
        }
    }
}
