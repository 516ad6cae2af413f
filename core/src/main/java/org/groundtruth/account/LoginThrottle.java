package org.groundtruth.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Brute-force protection for logins: failed attempts are counted per account name and per client address in a
 * sliding window; once either count reaches its limit, further attempts on that name or from that address are
 * refused (without checking the password) until the oldest counted failure leaves the window. A success clears the
 * account's count, not the address's. The failures live in the store ({@link LoginFailures}, decision record 0741),
 * under SHA-256 digests of the name and the address, so a restart forgets nothing and servers sharing a store share
 * the count.
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

    /** How long to wait before this name may try again from this address, or empty when it may try now. */
    public Optional<Duration> refusal(String accountName, String address, Instant now) {
        Duration a = wait(accountKey(accountName), limits.perAccount(), now);
        Duration b = wait(addressKey(address), limits.perAddress(), now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failure; failures that have left the window are forgotten on the way, so the table stays small. */
    public void failed(String accountName, String address, Instant now) {
        failures.forgetUpTo(now.minus(limits.window()));
        failures.add(List.of(accountKey(accountName), addressKey(address)), now);
    }

    public void succeeded(String accountName) {
        failures.clear(accountKey(accountName));
    }

    private Duration wait(String key, int limit, Instant now) {
        List<Instant> times = failures.since(key, now.minus(limits.window()));
        if (times.size() < limit) return Duration.ZERO;
        // the (size - limit + 1)-th oldest failure must leave the window before one more attempt is allowed
        Duration left = Duration.between(now, times.get(times.size() - limit).plus(limits.window()));
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
