package org.groundtruth.web.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.groundtruth.warning.SightingCheck;
import org.groundtruth.warning.SightingInput;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.warning.SightingRejectedException;
import org.groundtruth.warning.Spotter;

/**
 * Replays a sighting log through the path every sighting takes ({@link WarningService#submit}: rate limit, check,
 * sightings ledger, alert desk, alerts ledger, delivery to every channel), as exercises (decision 0810): stored as such,
 * joined only with each other, their alerts saying in every language and in CAP that they are an exercise.
 * <p>
 * The log is moved in time so that its first line is seen {@code lead} after the round starts, the gaps between lines
 * kept; each line is submitted, in the log's order, once the service's clock reaches its time. An accelerated replay
 * runs the service on a {@link ReplayClock}, so that the waits shrink while flights keep their real speed. With
 * {@code repeatEvery}, the log is played again that long after each round started (the demo's live alerts).
 */
public final class SightingReplay implements SightingSource {
    /** What a replay reports, line by line. Never given a spotter's name or post. */
    public interface Listener {
        void accepted(SightingLogLine line, WarningService.Receipt receipt);

        void refused(SightingLogLine line, String why);

        /** After each round of the log. */
        default void finished(int round) {
        }
    }

    /** A line as it is played: when, and its fields at that time. */
    record Step(SightingLogLine line, Instant at, SightingInput fields) {
    }

    private final List<SightingLogLine> lines;
    private final Duration lead;
    private final Duration repeatEvery;
    private final Listener listener;
    private final boolean moveToNow;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Thread thread;

    /**
     * @param lines       the log, in its order
     * @param lead        how long after a round starts its first line is seen
     * @param repeatEvery play again this long after each round started; null to play once
     */
    public SightingReplay(List<SightingLogLine> lines, Duration lead, Duration repeatEvery, Listener listener) {
        this(lines, lead, repeatEvery, listener, true);
    }

    /**
     * A replay at the times the log gives, not moved: for a service whose {@link ReplayClock} starts before the log's
     * first line (the demo records its synthetic log at its own date, for the back-test).
     */
    public static SightingReplay atLoggedTimes(List<SightingLogLine> lines, Listener listener) {
        return new SightingReplay(lines, Duration.ZERO, null, listener, false);
    }

    private SightingReplay(List<SightingLogLine> lines, Duration lead, Duration repeatEvery, Listener listener, boolean moveToNow) {
        this.moveToNow = moveToNow;
        if (lines.isEmpty()) throw new IllegalArgumentException("a replay needs at least one sighting");
        this.lines = List.copyOf(lines);
        this.lead = lead;
        this.repeatEvery = repeatEvery;
        this.listener = listener;
        if (repeatEvery != null && repeatEvery.compareTo(span(this.lines).plus(lead)) <= 0) {
            throw new IllegalArgumentException("a replay repeated every " + repeatEvery + " would overlap itself: the log spans " + span(this.lines));
        }
    }

    /** From the earliest to the latest time of the log. */
    public static Duration span(List<SightingLogLine> lines) {
        Instant first = lines.stream().map(SightingLogLine::observedAt).min(Instant::compareTo).orElseThrow();
        Instant last = lines.stream().map(SightingLogLine::observedAt).max(Instant::compareTo).orElseThrow();
        return Duration.between(first, last);
    }

    /** The log moved so that its earliest time is {@code start}; a line earlier than the one before it is sent right after it. */
    static List<Step> plan(List<SightingLogLine> lines, Instant start) {
        Instant first = lines.stream().map(SightingLogLine::observedAt).min(Instant::compareTo).orElseThrow();
        Duration shift = Duration.between(first, start);
        List<Step> out = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (SightingLogLine l : lines) {
            Instant seen = l.observedAt().plus(shift);
            String observedAt = OffsetDateTime.parse(l.fields().observedAt().strip()).plus(shift).toString();
            Instant at = seen.isBefore(previous) ? previous : seen;
            out.add(new Step(l, at, l.fields().withObservedAt(observedAt)));
            previous = at;
        }
        return out;
    }

    /**
     * What a replay starting now would refuse, each naming its line (never the spotter): spotters not registered or
     * revoked, posts not theirs, and every field {@link SightingCheck} refuses. Empty when every line would be taken.
     */
    public static List<String> problems(List<SightingLogLine> lines, SightingLedger ledger, WarningSetup setup, Instant start) {
        List<String> out = new ArrayList<>();
        Map<String, Optional<Spotter>> spotters = new HashMap<>();
        for (Step step : plan(lines, start)) {
            String where = "line " + step.line().line() + ": ";
            Optional<Spotter> spotter = spotters.computeIfAbsent(step.fields().spotter(), ledger::spotter);
            if (spotter.isEmpty() || spotter.get().revoked()) {
                out.add(where + "spotter: " + (spotter.isEmpty() ? "not registered (register the log's spotters first, or replay with --add-spotters)" : "revoked"));
                continue;
            }
            try {
                new SightingCheck(setup.aircraft(), setup.bases(), Clock.fixed(step.at(), ZoneOffset.UTC)).check(WarningService.fromSpotter(spotter.get(), step.fields()));
            } catch (SightingRejectedException e) {
                out.add(where + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public void start(WarningService service) {
        thread = Thread.ofPlatform().daemon().name("sightings-replay").start(() -> run(service));
    }

    /** Waits until a replay played once has ended; true when it has. */
    public boolean await(Duration max) throws InterruptedException {
        return done.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(WarningService service) {
        try {
            for (int round = 1; ; round++) {
                Instant start = moveToNow ? service.clock().instant().plus(lead).truncatedTo(ChronoUnit.SECONDS)
                        : lines.stream().map(SightingLogLine::observedAt).min(Instant::compareTo).orElseThrow();
                play(service, start);
                listener.finished(round);
                if (repeatEvery == null) return;
                waitUntil(service.clock(), start.minus(lead).plus(repeatEvery));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    private void play(WarningService service, Instant start) throws InterruptedException {
        Map<String, Optional<Spotter>> spotters = new HashMap<>();
        for (Step step : plan(lines, start)) {
            waitUntil(service.clock(), step.at());
            try {
                Optional<Spotter> spotter = spotters.computeIfAbsent(step.fields().spotter(), p -> service.sightings().spotter(p));
                if (spotter.isEmpty() || spotter.get().revoked()) {
                    listener.refused(step.line(), "spotter: not registered or revoked");
                    continue;
                }
                listener.accepted(step.line(), service.submit(spotter.get(), step.fields(), true));
            } catch (WarningService.Refused | SightingRejectedException e) {
                listener.refused(step.line(), e.getMessage());
            } catch (RuntimeException e) {
                listener.refused(step.line(), "not taken: " + e.getClass().getSimpleName());
            }
        }
    }

    /** Sleeps until the clock reads {@code t}, in steps of at most a second of wall time. */
    private static void waitUntil(Clock clock, Instant t) throws InterruptedException {
        double speed = clock instanceof ReplayClock r ? r.speed() : 1;
        while (true) {
            Duration left = Duration.between(clock.instant(), t);
            if (left.isNegative() || left.isZero()) return;
            Thread.sleep(Math.max(1, Math.min(1000, (long) (left.toMillis() / speed))));
        }
    }

    @Override
    public void close() {
        Thread t = thread;
        if (t == null) return;
        t.interrupt();
        try {
            t.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
