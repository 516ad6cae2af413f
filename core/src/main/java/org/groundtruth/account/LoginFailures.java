package org.groundtruth.account;

import java.time.Instant;
import java.util.List;

/**
 * Failed logins, kept by the store so that the login throttle holds across restarts and across servers that share a
 * store (decision record 0741). Keys are opaque digests made by {@link LoginThrottle}, never names or addresses.
 */
public interface LoginFailures {

    /** Records one failure at {@code at} under each key, in one transaction; returns the new rows' ids. */
    List<Long> add(List<String> keys, Instant at);

    /** The times of the failures under {@code key} later than {@code after}, oldest first. */
    List<Instant> since(String key, Instant after);

    /** Takes back the failures with these ids. */
    void remove(List<Long> ids);

    /** Forgets every failure under {@code key}. */
    void clear(String key);

    /** Forgets every failure at or before {@code cutoff}; returns how many. */
    int forgetUpTo(Instant cutoff);
}
