package org.groundtruth.web.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.groundtruth.warning.SightingLogFormat;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.warning.SightingLogRejectedException;

/**
 * Drills on a running server (decision 0815): a recorded sighting log that an admin sends plays from now, at real
 * speed (the server's clock is everyone's, so it cannot run faster), through the path every sighting takes, as an
 * exercise: its alerts reach the subscribers of this server, saying everywhere that they are an exercise, and a live
 * sighting never joins a drill's flight. A log is checked whole first; one bad line and nothing plays.
 */
final class Drills implements AutoCloseable {
    /** How long after it is accepted a drill's first sighting is seen: time to tell the people watching. */
    static final Duration LEAD = Duration.ofSeconds(5);
    /** The server's limit for any request body: a drill of about 5,000 sightings. Larger logs replay with the CLI on their own server. */
    static final int MAX_BYTES = 1_000_000;
    /** Drills kept in the list after they ended. */
    private static final int KEPT = 50;

    /** One drill: what was sent, when it plays, and how its lines went. Never a spotter's name or post. */
    record Drill(int id, int sightings, Instant startsAt, Instant endsAt, AtomicInteger accepted, AtomicInteger refused, AtomicBoolean stopped,
                 SightingReplay replay) {
        boolean finished() {
            return stopped.get() || accepted.get() + refused.get() >= sightings;
        }
    }

    private final WarningService service;
    private final SightingLogFormat format;
    private final Map<Integer, Drill> drills = new ConcurrentSkipListMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    Drills(WarningService service, SightingLogFormat format) {
        this.service = service;
        this.format = format;
    }

    boolean acceptsLogs() {
        return format != null;
    }

    /**
     * Checks the log whole and starts it.
     *
     * @throws SightingLogRejectedException naming every line that is not a sighting, or that the tables, the clock or
     *                                      the spotters' registrations would refuse
     */
    Drill start(byte[] log) {
        List<SightingLogLine> lines = format.read("the log", log);
        Instant startsAt = service.clock().instant().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
        List<String> problems = SightingReplay.problems(lines, service.sightings(), service.setup(), startsAt);
        if (!problems.isEmpty()) throw new SightingLogRejectedException(problems);
        AtomicInteger accepted = new AtomicInteger(), refused = new AtomicInteger();
        SightingReplay replay = new SightingReplay(lines, LEAD, null, new SightingReplay.Listener() {
            @Override
            public void accepted(SightingLogLine line, WarningService.Receipt receipt) {
                accepted.incrementAndGet();
            }

            @Override
            public void refused(SightingLogLine line, String why) {
                refused.incrementAndGet();
            }
        });
        Drill d = new Drill(ids.incrementAndGet(), lines.size(), startsAt, startsAt.plus(SightingReplay.span(lines)), accepted, refused,
                new AtomicBoolean(), replay);
        forgetOldest();
        drills.put(d.id(), d);
        replay.start(service);
        return d;
    }

    List<Drill> list() {
        return new ArrayList<>(drills.values());
    }

    /** Stops a drill's remaining sightings; its alerts expire as any other. False when there is no such drill. */
    boolean stop(int id) {
        Drill d = drills.get(id);
        if (d == null) return false;
        d.stopped().set(true);
        d.replay().close();
        return true;
    }

    private void forgetOldest() {
        for (Drill d : list()) {
            if (drills.size() < KEPT) return;
            if (d.finished()) drills.remove(d.id());
        }
    }

    @Override
    public void close() {
        drills.values().forEach(d -> d.replay().close());
    }
}
