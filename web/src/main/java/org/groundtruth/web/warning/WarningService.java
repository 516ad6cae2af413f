package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.groundtruth.store.Store;
import org.groundtruth.warning.AlertChange;
import org.groundtruth.warning.AlertDesk;
import org.groundtruth.warning.AlertLedger;
import org.groundtruth.warning.Projector;
import org.groundtruth.warning.Sighting;
import org.groundtruth.warning.SightingCheck;
import org.groundtruth.warning.SightingInput;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingRejectedException;
import org.groundtruth.warning.Spotter;
import org.groundtruth.warning.SpotterRateLimit;
import org.groundtruth.warning.StoredAlert;
import org.groundtruth.web.Json;
import org.groundtruth.web.account.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The path every sighting takes, whichever way it came (API, MQTT, replay): the spotter's token → rate limit → check
 * → sightings ledger → {@link AlertDesk} → alerts ledger → {@link Delivery}. Sightings are taken one at a time (the
 * desk is not thread-safe, and one flight's sightings must be applied in order); a ticker expires alerts that no
 * sighting refreshed. A refused sighting stores nothing.
 */
public final class WarningService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarningService.class);

    /** A sighting refused before it was checked: unknown or revoked token, or too many sightings at once. */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final String code;
        private final Duration retryAfter;

        Refused(int status, String code, String message, Duration retryAfter) {
            super(message);
            this.status = status;
            this.code = code;
            this.retryAfter = retryAfter;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** What a sighting did: its id in the ledger and the alert changes it caused (with their delivery sequence numbers). */
    public record Receipt(String sightingId, List<AlertEvent> events, List<String> ignored) {
    }

    private final SightingLedger sightings;
    private final AlertLedger alerts;
    private final WarningSetup setup;
    private final Clock clock;
    private final SightingCheck check;
    private final AlertDesk desk;
    private final SpotterRateLimit rateLimit;
    private final Delivery delivery = new Delivery();
    /** The last delivery sequence number given; a restart continues after the last one stored. */
    private final AtomicLong sequence;
    private final ScheduledExecutorService ticker;
    /**
     * Writes alert versions to the ledger in the order of their sequence numbers, outside the intake lock (decision
     * 0821): the next sighting's projection runs while the last one's alert is written; each sighting's answer waits
     * for its own alerts to be stored.
     */
    private final java.util.concurrent.ExecutorService ledgerWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alerts-ledger");
        t.setDaemon(true);
        return t;
    });

    public WarningService(Store store, WarningSetup setup, Clock clock) {
        this.sightings = store.port(SightingLedger.PORT);
        this.alerts = store.port(AlertLedger.PORT);
        this.sequence = new AtomicLong(alerts.lastSequence());
        this.setup = setup;
        this.clock = clock;
        this.check = new SightingCheck(setup.aircraft(), setup.bases(), clock);
        this.desk = new AlertDesk(new Projector(setup.places(), setup.model()), () -> UUID.randomUUID().toString());
        this.rateLimit = new SpotterRateLimit(setup.rateBurst(), setup.ratePerMinute());
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alerts-expiry");
            t.setDaemon(true);
            return t;
        });
        restore();
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Follows again the flights whose alerts an earlier run left active (decision 0809), from the sightings that went to
     * them, so that a new sighting of one corroborates its alert and it expires on time. An alert whose sightings cannot
     * be read back (a reference row since removed) is left to {@link #tick}, which marks it expired once its time passed.
     */
    private void restore() {
        List<StoredAlert> left = alerts.active();
        if (left.isEmpty()) return;
        int followed = 0;
        try {
            Map<String, List<Sighting>> byAlert = sightings.ofAlerts(left.stream().map(StoredAlert::id).toList(), setup.aircraft(), setup.bases());
            for (StoredAlert a : left) {
                List<Sighting> seen = byAlert.get(a.id());
                if (seen == null) continue;
                desk.restore(a, seen);
                followed++;
            }
        } catch (RuntimeException e) {
            LOG.warn("the flights of alerts left active could not all be followed again: {}", e.getMessage());
        }
        LOG.info("following again {} of the {} alerts an earlier run left active", followed, left.size());
    }

    public WarningSetup setup() {
        return setup;
    }

    public Clock clock() {
        return clock;
    }

    public Delivery delivery() {
        return delivery;
    }

    public SightingLedger sightings() {
        return sightings;
    }

    public AlertLedger alerts() {
        return alerts;
    }

    /** The spotter a secret token belongs to; refused (401) when unknown or revoked, without saying which spotter. */
    public Spotter authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) throw new Refused(401, "InvalidSpotterToken", "spotter token: missing", null);
        Optional<Spotter> s = sightings.spotterByToken(Secrets.digest(token.strip()));
        if (s.isEmpty()) throw new Refused(401, "InvalidSpotterToken", "spotter token: not known", null);
        if (s.get().revoked()) throw new Refused(401, "InvalidSpotterToken", "spotter token: revoked; sightings are no longer accepted with it", null);
        return s.get();
    }

    /**
     * Takes one sighting from an authenticated spotter, given as the fields of a form or message (post, time, type,
     * count, event, base, heading, position).
     *
     * @throws Refused                   429 when this spotter sends too many (others are not slowed)
     * @throws SightingRejectedException naming every bad field
     */
    public Receipt submit(Spotter spotter, SightingInput fields) {
        return submit(spotter, fields, false);
    }

    /**
     * As {@link #submit(Spotter, SightingInput)}; with {@code exercise} the sighting is a drill's or a demo's (decision
     * 0810): stored as such, it joins only exercise flights and their alerts say they are an exercise.
     */
    public Receipt submit(Spotter spotter, SightingInput fields, boolean exercise) {
        Instant now = clock.instant();
        if (!rateLimit.tryAcquire(spotter.pseudonym(), now)) {
            Duration wait = rateLimit.retryAfter(spotter.pseudonym(), now);
            throw new Refused(429, "TooManySightings", "too many sightings at once from this spotter: try again in " + Math.max(1, wait.toSeconds()) + " s", wait);
        }
        SightingInput in = fromSpotter(spotter, fields);
        Sighting checked = exercise ? check.check(in).asExercise() : check.check(in);
        Receipt receipt;
        List<java.util.concurrent.Future<?>> saves = new ArrayList<>();
        synchronized (this) {
            Sighting stored = sightings.record(checked, now);
            List<AlertEvent> events = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (AlertChange change : desk.receive(stored, now)) {
                if (!change.delivered()) {
                    ignored.add(change.reason());
                    continue;
                }
                events.add(apply(change, saves));
                if (change.kind() != AlertChange.Kind.EXPIRED) sightings.linkAlert(stored.id(), change.alert().id());
            }
            receipt = new Receipt(stored.id(), events, ignored);
        }
        awaitStored(saves); // outside the lock: the next sighting goes ahead meanwhile
        return receipt;
    }

    /**
     * Returns once every alert change queued for delivery so far is written to the ledger (decision 0821), so that a
     * read that follows a delivered change finds it. A failed write is not this caller's: it was reported to its sighting.
     */
    public void awaitLedger() {
        try {
            ledgerWriter.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: nothing more will be written
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("the alerts ledger is behind: {}", e.toString());
        }
    }

    /** Waits until the alert versions queued for the ledger are written; a failed write fails the caller. */
    private static void awaitStored(List<java.util.concurrent.Future<?>> saves) {
        try {
            for (var f : saves) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("storing an alert failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing an alert", e);
        }
    }

    /**
     * The fields as sent, with the spotter (from their credentials, never from the message) and the post: the one
     * named, or the spotter's only post; its registered location, if any, stands in for a position not given.
     *
     * @throws SightingRejectedException naming {@code post} when it is not one of the spotter's
     */
    static SightingInput fromSpotter(Spotter spotter, SightingInput fields) {
        String postCode = fields.post();
        if ((postCode == null || postCode.isBlank()) && spotter.posts().size() == 1) postCode = spotter.posts().getFirst().code();
        if (!spotter.posts().isEmpty() && spotter.post(postCode).isEmpty()) {
            throw SightingRejectedException.of("post", postCode == null || postCode.isBlank() ? "missing: choose one of the posts registered for this spotter"
                    : "not one of the posts registered for this spotter");
        }
        var post = spotter.post(postCode);
        return new SightingInput(spotter.pseudonym(), postCode, post.map(p -> p.point()).orElse(null), fields.theatre(),
                fields.observedAt(), fields.aircraft(), fields.count(), fields.event(), fields.base(), fields.heading(), fields.lat(), fields.lon());
    }

    /**
     * Queues the change for every channel, then queues it for the ledger (decisions 0819, 0821): delivery does not wait
     * for the alert's full JSON to be written and stored. Caller holds the lock, so sequence numbers, deliveries and
     * ledger writes follow the desk's order; the caller waits for {@code saves} before answering, so that what the API,
     * the CAP feed and the incident linker read after the answer includes the change. Should the store fail,
     * subscribers have had a change that was not stored: an early warning delivered rather than held back; the
     * sighting is answered with an error.
     */
    private AlertEvent apply(AlertChange change, List<java.util.concurrent.Future<?>> saves) {
        long number = sequence.incrementAndGet();
        AlertEvent event = new AlertEvent(number, change.kind(), change.alert());
        delivery.publish(event);
        saves.add(ledgerWriter.submit(() -> alerts.save(StoredAlert.of(change.alert(), event.json().toString()), number)));
        return event;
    }

    /** Expires alerts no sighting refreshed, and stored ones left active by an earlier run whose time has passed. */
    void tick() {
        try {
            Instant now = clock.instant();
            synchronized (this) {
                List<java.util.concurrent.Future<?>> saves = new ArrayList<>();
                for (AlertChange change : desk.expire(now)) apply(change, saves);
                awaitStored(saves); // before reading the ledger: the writer holds no lock of ours
                var live = desk.active().stream().map(a -> a.id()).toList();
                for (StoredAlert s : alerts.active()) {
                    if (!live.contains(s.id()) && !s.expiresAt().isAfter(now)) alerts.save(expiredOrphan(s, now));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("expiring alerts failed: {}", e.toString());
        }
    }

    /** An alert of an earlier run of the server, whose flight this run does not follow: expired when its time has passed. */
    private static StoredAlert expiredOrphan(StoredAlert s, Instant now) {
        String published = s.published();
        try {
            ObjectNode o = (ObjectNode) Json.MAPPER.readTree(published);
            o.put("state", "expired");
            o.put("updatedAt", now.toString());
            published = o.toString();
        } catch (Exception e) {
            // keep the text as it was; the state column says expired
        }
        return new StoredAlert(s.id(), org.groundtruth.warning.AlertState.EXPIRED, s.level(), s.theatre(), s.issuedAt(), now, s.expiresAt(), published);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        ledgerWriter.shutdown(); // what was queued is written
        try {
            ledgerWriter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delivery.close();
    }
}
