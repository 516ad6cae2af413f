package org.groundtruth.textintake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many public submissions are taken: at most {@code perSender} from one sender and {@code overall} from everyone
 * within their windows (sliding), so that a flood is refused without a third-party captcha (decision 1008). Senders are
 * named by a keyed digest of their address, never the address; the counts live in memory only, so nothing about a sender
 * outlives the server process. Thread-safe; the clock is the caller's.
 */
public final class SubmissionThrottle {
    /** Above this many senders remembered, those without a submission in the window are forgotten first. */
    private static final int MAX_SENDERS = 100_000;

    /** The limits; {@link #DEFAULT}: 5 an hour from one sender, 300 an hour from everyone. */
    public record Limits(int perSender, Duration senderWindow, int overall, Duration overallWindow) {
        public static final Limits DEFAULT = new Limits(5, Duration.ofHours(1), 300, Duration.ofHours(1));

        public Limits {
            if (perSender < 1 || overall < 1) throw new IllegalArgumentException("submission limits must be at least 1");
            Objects.requireNonNull(senderWindow, "senderWindow");
            Objects.requireNonNull(overallWindow, "overallWindow");
            if (senderWindow.isNegative() || senderWindow.isZero() || overallWindow.isNegative() || overallWindow.isZero()) {
                throw new IllegalArgumentException("submission windows must be positive");
            }
        }
    }

    /**
     * Whether a submission may be taken now; when refused, how long until one may, and whether the sender or everyone
     * is over the limit.
     */
    public record Verdict(boolean allowed, Duration retryAfter, boolean senderLimit) {
        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO, false);
    }

    private final Limits limits;
    private final Map<String, Deque<Instant>> bySender = new HashMap<>();
    private final Deque<Instant> everyone = new ArrayDeque<>();

    public SubmissionThrottle(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public Limits limits() {
        return limits;
    }

    /** Counts a submission from {@code sender} at {@code now} if the limits allow it; counts nothing when they do not. */
    public synchronized Verdict take(String sender, Instant now) {
        Objects.requireNonNull(sender, "sender");
        drop(everyone, now.minus(limits.overallWindow()));
        Deque<Instant> mine = bySender.computeIfAbsent(sender, k -> new ArrayDeque<>());
        drop(mine, now.minus(limits.senderWindow()));
        if (mine.size() >= limits.perSender()) return new Verdict(false, wait(mine.peekFirst(), limits.senderWindow(), now), true);
        if (everyone.size() >= limits.overall()) return new Verdict(false, wait(everyone.peekFirst(), limits.overallWindow(), now), false);
        mine.addLast(now);
        everyone.addLast(now);
        if (bySender.size() > MAX_SENDERS) forgetQuiet(now);
        return Verdict.ALLOWED;
    }

    /** Takes back a submission counted by {@link #take} that was then not stored (it failed), so it does not count. */
    public synchronized void giveBack(String sender, Instant at) {
        Deque<Instant> mine = bySender.get(sender);
        if (mine != null) mine.removeLastOccurrence(at);
        everyone.removeLastOccurrence(at);
    }

    private static void drop(Deque<Instant> times, Instant before) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(before)) times.removeFirst();
    }

    private static Duration wait(Instant oldest, Duration window, Instant now) {
        Duration d = Duration.between(now, oldest.plus(window));
        return d.isNegative() ? Duration.ZERO : d.plusSeconds(1).withNanos(0);
    }

    private void forgetQuiet(Instant now) {
        bySender.values().forEach(d -> drop(d, now.minus(limits.senderWindow())));
        bySender.values().removeIf(Deque::isEmpty);
    }
}
