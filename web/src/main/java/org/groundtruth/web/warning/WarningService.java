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
     * Intake's lock: one sighting at a time. A {@code ReentrantLock} rather than the object's monitor (decision 0822): at
     * 100 sightings a second the request threads queued on the monitor spun for it, burning CPU the holder needed (a
     * profile found ~10% of the server's samples in that spinning); these park.
     */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

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
        lock.lock();
        try {
            Sighting stored = sightings.record(checked, now);
            List<AlertEvent> events = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (AlertChange change : desk.receive(stored, now)) {
                if (!change.delivered()) {
                    ignored.add(change.reason());
                    continue;
                }
                events.add(apply(change));
                if (change.kind() != AlertChange.Kind.EXPIRED) sightings.linkAlert(stored.id(), change.alert().id());
            }
            return new Receipt(stored.id(), events, ignored);
        } finally {
            lock.unlock();
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
     * Queues the change for every channel, then stores it (decision 0819): delivery does not wait for the alert's full
     * JSON to be written and stored. Caller holds the lock, so sequence numbers follow the desk's order, and the alert
     * is stored before the sighting's answer, so that what the API, the CAP feed and the incident linker read includes
     * it. Should the store fail, subscribers have had a change that was not stored: an early warning delivered rather
     * than held back; the sighting is refused with an error.
     */
    private AlertEvent apply(AlertChange change) {
        long number = sequence.incrementAndGet();
        AlertEvent event = new AlertEvent(number, change.kind(), change.alert());
        delivery.publish(event);
        alerts.save(StoredAlert.of(change.alert(), event.wholeText()), number);
        return event;
    }

    /**
     * Returns once every change already delivered is stored. Changes go to the channels before they are stored, both
     * under this service's lock (decision 0819), so a reader who has heard of a change and then asks the API must wait
     * for the lock to find it there; the reading itself is done after, outside the lock, never holding intake up.
     */
    public void awaitStored() {
        lock.lock();
        try {
            // nothing to do inside: holding the lock means no change is between its delivery and its storing
            sequence.get();
        } finally {
            lock.unlock();
        }
    }

    /** Expires alerts no sighting refreshed, and stored ones left active by an earlier run whose time has passed. */
    void tick() {
        try {
            Instant now = clock.instant();
            lock.lock();
            try {
                for (AlertChange change : desk.expire(now)) apply(change);
                var live = desk.active().stream().map(a -> a.id()).toList();
                for (StoredAlert s : alerts.active()) {
                    if (!live.contains(s.id()) && !s.expiresAt().isAfter(now)) alerts.save(expiredOrphan(s, now));
                }
            } finally {
                lock.unlock();
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
        delivery.close();
    }
}
