package org.groundtruth.web;

import java.time.Clock;
import java.util.Objects;
import org.groundtruth.account.LoginThrottle;
import org.groundtruth.account.Session;
import org.groundtruth.web.account.Passwords;

/**
 * How the server checks who is calling: the Argon2id cost of new password hashes, the login throttle's limits, the
 * session lifetimes, the clock (tests move it to expire sessions and throttles), and the proxies whose
 * {@code X-Forwarded-For} names the client (none by default: the connecting address is the client's).
 */
public record SecuritySettings(Passwords.Cost passwordCost, LoginThrottle.Limits loginLimits, Session.Policy sessions, Clock clock,
                               ClientAddress clientAddress) {
    public static final SecuritySettings DEFAULT = new SecuritySettings(Passwords.Cost.DEFAULT, LoginThrottle.Limits.DEFAULT,
            Session.Policy.DEFAULT, Clock.systemUTC());

    public SecuritySettings(Passwords.Cost passwordCost, LoginThrottle.Limits loginLimits, Session.Policy sessions, Clock clock) {
        this(passwordCost, loginLimits, sessions, clock, new ClientAddress(java.util.List.of()));
    }

    public SecuritySettings {
        Objects.requireNonNull(passwordCost, "passwordCost");
        Objects.requireNonNull(loginLimits, "loginLimits");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    public SecuritySettings withClock(Clock c) {
        return new SecuritySettings(passwordCost, loginLimits, sessions, c, clientAddress);
    }

    /** Trusts these proxies' {@code X-Forwarded-For} (addresses, CIDR blocks or ranges; decision record 0742). */
    public SecuritySettings withTrustedProxies(java.util.List<String> proxies) {
        return new SecuritySettings(passwordCost, loginLimits, sessions, clock, new ClientAddress(proxies));
    }
}
