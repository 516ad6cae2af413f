package org.groundtruth.web;

import java.time.Clock;
import java.util.Objects;
import org.groundtruth.account.LoginThrottle;
import org.groundtruth.account.Session;
import org.groundtruth.web.account.Passwords;

/**
 * How the server checks who is calling: the Argon2id cost of new password hashes, the login throttle's limits, the
 * session lifetimes, and the clock (tests move it to expire sessions and throttles).
 */
public record SecuritySettings(Passwords.Cost passwordCost, LoginThrottle.Limits loginLimits, Session.Policy sessions, Clock clock) {
    public static final SecuritySettings DEFAULT = new SecuritySettings(Passwords.Cost.DEFAULT, LoginThrottle.Limits.DEFAULT,
            Session.Policy.DEFAULT, Clock.systemUTC());

    public SecuritySettings {
        Objects.requireNonNull(passwordCost, "passwordCost");
        Objects.requireNonNull(loginLimits, "loginLimits");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(clock, "clock");
    }

    public SecuritySettings withClock(Clock c) {
        return new SecuritySettings(passwordCost, loginLimits, sessions, c);
    }
}
