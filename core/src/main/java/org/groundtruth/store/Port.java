package org.groundtruth.store;

import java.util.Objects;

/**
 * The key by which a {@link Store} opens one feature's port. Each feature declares its own as a constant beside
 * its port interface ({@code ClaimLedger.PORT}), so that adding a feature touches neither the store root nor any
 * other feature's port.
 *
 * @param name what the feature is called in errors ("claims", "sightings")
 * @param type the port interface
 */
public record Port<P>(String name, Class<P> type) {
    public Port {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!type.isInterface()) throw new IllegalArgumentException("a port is an interface, not " + type.getName());
    }
}
