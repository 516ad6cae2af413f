package org.groundtruth.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Brute-force protection for logins: failed attempts are counted per account name and per client address in a
 * sliding window; once either count reaches its limit, further attempts on that name or from that address are
 * refused (without checking the password) until the oldest failure leaves the window. A success clears the
 * account's count, not the address's. Held in memory (a restart forgets it; a shared deployment with several
 * servers would move it to the store). Thread-safe.
 */
public final class LoginThrottle {
    /** Limits: at most {@code perAccount} failures on one name and {@code perAddress} from one address per window. */
    public record Limits(int perAccount, int perAddress, Duration window) {
        public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15));

        public Limits {
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("login limits must be positive: " + perAccount + ", " + perAddress + ", " + window);
            }
        }
    }

    private static final int MAX_KEYS = 100_000;
    private final Limits limits;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginThrottle(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** How long to wait before this name may try again from this address, or empty when it may try now. */
    public synchronized Optional<Duration> refusal(String accountName, String address, Instant now) {
        Duration a = wait(accountKey(accountName), limits.perAccount(), now);
        Duration b = wait(addressKey(address), limits.perAddress(), now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public synchronized void failed(String accountName, String address, Instant now) {
        if (failures.size() >= MAX_KEYS) forgetOld(now);
        add(accountKey(accountName), now);
        add(addressKey(address), now);
    }

    public synchronized void succeeded(String accountName) {
        failures.remove(accountKey(accountName));
    }

    private Duration wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Duration.ZERO;
        Instant cutoff = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) times.pollFirst();
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        if (times.size() < limit) return Duration.ZERO;
        // the (size - limit + 1)-th oldest failure must leave the window before one more attempt is allowed
        Iterator<Instant> it = times.iterator();
        Instant t = it.next();
        for (int k = 0; k < times.size() - limit; k++) t = it.next();
        Duration left = Duration.between(now, t.plus(limits.window()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        int cap = Math.max(limits.perAccount(), limits.perAddress()) * 2;
        while (times.size() > cap) times.pollFirst();
    }

    private void forgetOld(Instant now) {
        Instant cutoff = now.minus(limits.window());
        failures.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(cutoff));
        if (failures.size() >= MAX_KEYS) failures.clear(); // a flood of distinct keys: start over rather than grow
    }

    private static String accountKey(String name) {
        return "u:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
