package org.groundtruth.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Brute-force protection for logins: failed attempts are counted per account name and per client address in a
 * sliding window; once either count reaches its limit, further attempts on that name or from that address are
 * refused (without checking the password) until the oldest counted failure leaves the window. Each attempt is counted
 * before its password is checked; a success takes it back and clears the account's count, not the address's. The
 * failures live in the store ({@link LoginFailures}, decision record 0741) under SHA-256 digests of the name and the
 * address, so a restart forgets nothing and servers sharing a store share the count.
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

    private final Limits limits;
    private final LoginFailures failures;

    public LoginThrottle(Limits limits, LoginFailures failures) {
        this.limits = limits;
        this.failures = failures;
    }

    public Limits limits() {
        return limits;
    }

    /** What {@link #attempt} decided. */
    public sealed interface Attempt {
    }

    /** Refused without checking the password: wait this long. */
    public record Refused(Duration retryAfter) implements Attempt {
    }

    /** Allowed: the attempt already counts as a failure (rows {@code counted}) until {@link #succeeded} takes it back. */
    public record Allowed(String accountName, List<Long> counted) implements Attempt {
    }

    /**
     * Asks to check one password for this name from this address. An allowed attempt is counted as a failure before
     * the password is checked, then the count is read again, so that a burst of parallel guesses, even spread over
     * servers sharing the store, cannot all pass before any is counted: the k-th attempt to be counted sees at least
     * k failures, so at most the limit get through. An attempt refused on the second reading is taken back.
     */
    public Attempt attempt(String accountName, String address, Instant now) {
        String account = accountKey(accountName), from = addressKey(address);
        Duration wait = longest(wait(account, limits.perAccount(), now), wait(from, limits.perAddress(), now));
        if (!wait.isZero()) return new Refused(wait); // refused attempts write nothing
        failures.forgetUpTo(now.minus(limits.window()));
        List<Long> counted = failures.add(List.of(account, from), now);
        // now one of the failures counted is this attempt's own
        Duration after = longest(wait(account, limits.perAccount() + 1, now), wait(from, limits.perAddress() + 1, now));
        if (after.isZero()) return new Allowed(accountName, counted);
        failures.remove(counted);
        return new Refused(after);
    }

    /** The password was right: the account's failures are forgotten, and this attempt no longer counts against the address. */
    public void succeeded(Allowed attempt) {
        failures.clear(accountKey(attempt.accountName()));
        failures.remove(attempt.counted());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** How long until fewer than {@code allowed} failures under this key are in the window (zero: there are already). */
    private Duration wait(String key, int allowed, Instant now) {
        List<Instant> times = failures.since(key, now.minus(limits.window()));
        if (times.size() < allowed) return Duration.ZERO;
        // the (size - allowed + 1)-th oldest failure must leave the window before one more attempt fits
        Duration left = Duration.between(now, times.get(times.size() - allowed).plus(limits.window()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    static String accountKey(String name) {
        return digest("u:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)));
    }

    static String addressKey(String address) {
        return digest("a:" + (address == null ? "" : address));
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
