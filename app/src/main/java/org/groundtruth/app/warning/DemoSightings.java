package org.groundtruth.app.warning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.groundtruth.intake.warning.SightingLog;
import org.groundtruth.store.Store;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.web.account.Secrets;
import org.groundtruth.web.warning.ReplayClock;
import org.groundtruth.web.warning.SightingReplay;
import org.groundtruth.web.warning.SpotterTokens;
import org.groundtruth.web.warning.WarningService;
import org.groundtruth.web.warning.WarningSetup;

/**
 * The demo's SYNTHETIC sighting log (resource demo/sightings-synthetic.jsonl, decision 0812): recorded once at its own
 * date (29 November 2015, the Ariha case), as exercises, so that {@code warning backtest --exercises} has something to
 * score against the demo's incidents; and played again, moved to now, every hour while the demo serves, so that the
 * alerts page and the map's banner are alive. Every alert it raises says it is an exercise.
 */
public final class DemoSightings {
    /** The demo's own spotter, for trying /spot; its token is printed once. */
    public static final String DEMO_SPOTTER = "demo-spotter";
    /** How long after the demo serves its first synthetic take-off is seen. */
    static final Duration LEAD = Duration.ofSeconds(5);
    /** The recording at the log's own date runs this many times faster than real time. */
    static final double RECORDING_SPEED = 1000;

    private DemoSightings() {
    }

    public static List<SightingLogLine> read(Path log) {
        try {
            return SightingLog.read(log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo's sighting log " + log, e);
        }
    }

    /**
     * Registers the log's synthetic spotters (tokens never shown) and, unless the store already holds exercise sightings
     * of the log's time, records the log at its own date through the path of every sighting. Idempotent.
     *
     * @return what it did, in a line
     */
    public static String record(Store store, WarningSetup setup, List<SightingLogLine> lines) throws InterruptedException {
        SightingLedger ledger = store.port(SightingLedger.PORT);
        SightingsCommand.Replay.addSpotters(ledger, lines);
        Instant first = lines.stream().map(SightingLogLine::observedAt).min(Instant::compareTo).orElseThrow();
        Instant last = lines.stream().map(SightingLogLine::observedAt).max(Instant::compareTo).orElseThrow();
        boolean recorded = ledger.loggedBetween(first, last.plusMillis(1), setup.aircraft(), setup.bases()).stream()
                .anyMatch(l -> l.sighting().observation().exercise());
        if (recorded) return "the SYNTHETIC sighting log is already recorded (" + lines.size() + " exercise sightings of " + first + ")";
        AtomicInteger taken = new AtomicInteger(), refused = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstRefusal = new java.util.concurrent.atomic.AtomicReference<>();
        SightingReplay replay = SightingReplay.atLoggedTimes(lines, new SightingReplay.Listener() {
            public void accepted(SightingLogLine line, WarningService.Receipt receipt) {
                taken.incrementAndGet();
            }

            public void refused(SightingLogLine line, String why) {
                refused.incrementAndGet();
                firstRefusal.compareAndSet(null, "line " + line.line() + ": " + why);
            }
        });
        // the clock starts a little before the first line, so that no line is late for its own time
        try (WarningService service = new WarningService(store, setup, new ReplayClock(first.minusSeconds(300), RECORDING_SPEED))) {
            replay.start(service);
            if (!replay.await(Duration.ofMinutes(2))) throw new IllegalStateException("recording the demo's sighting log did not finish");
            // its alerts end as they would have that day (a few seconds at this speed), not left active for the next server
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!store.port(org.groundtruth.warning.AlertLedger.PORT).active().stream().filter(a -> a.issuedAt().isBefore(last.plusSeconds(3600))).toList().isEmpty()
                    && System.nanoTime() < until) {
                Thread.sleep(200);
            }
        }
        return "recorded the SYNTHETIC sighting log at its own date as exercises: " + taken.get() + " sightings"
                + (refused.get() == 0 ? "" : ", " + refused.get() + " refused (first: " + firstRefusal.get() + ")");
    }

    /** The log played again, moved to now, every hour while the demo serves (a round spans under an hour). */
    public static SightingReplay live(List<SightingLogLine> lines) {
        Duration every = SightingReplay.span(lines).plus(LEAD).plusMinutes(10);
        return new SightingReplay(lines, LEAD, every, new SightingReplay.Listener() {
            public void accepted(SightingLogLine line, WarningService.Receipt receipt) {
            }

            public void refused(SightingLogLine line, String why) {
                System.err.println("demo sighting log, line " + line.line() + " refused: " + why);
            }
        });
    }

    /**
     * On the demo's first run, a spotter with one post whose token is printed once, so that /spot can be tried; empty
     * when it exists already.
     */
    public static Optional<String> demoSpotter(Store store) {
        SightingLedger ledger = store.port(SightingLedger.PORT);
        if (ledger.spotter(DEMO_SPOTTER).isPresent()) return Optional.empty();
        String token = SpotterTokens.newToken();
        ledger.addSpotter(DEMO_SPOTTER, List.of(new Post("demo-post", null)), Secrets.digest(token));
        return Optional.of("Try the spotter page as " + DEMO_SPOTTER + ": open /spot#token=" + token + " on the demo's server (shown this once; "
                + "its sightings are live ones, not exercises).");
    }
}
