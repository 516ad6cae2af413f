package org.groundtruth.web.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of an accelerated replay (decision 0810): it starts at the wall clock's time and runs {@code speed} times
 * faster, so that a 40-minute drill at speed 10 takes 4 minutes while every check, projection, ETA and expiry sees the
 * flights move at their real speed. At speed 1 it is the wall clock.
 */
public final class ReplayClock extends Clock {
    private final Instant start;
    private final long startNanos;
    private final double speed;

    public ReplayClock(double speed) {
        this(Instant.now(), speed);
    }

    /** A clock that reads {@code start} now and runs {@code speed} times faster than the wall clock from there. */
    public ReplayClock(Instant start, double speed) {
        if (!(speed > 0) || speed > 1000) throw new IllegalArgumentException("--speed: give a number above 0 and at most 1000, not " + speed);
        this.start = start;
        this.startNanos = System.nanoTime();
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        long elapsed = System.nanoTime() - startNanos;
        return start.plusNanos(Math.round(elapsed * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
