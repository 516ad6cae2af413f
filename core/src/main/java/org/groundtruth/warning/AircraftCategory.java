package org.groundtruth.warning;

import java.util.Locale;
import java.util.Optional;

/** What kind of threat a type is: users of warning systems ask for jets, helicopters, drones and missiles apart. */
public enum AircraftCategory {
    JET, HELICOPTER, DRONE, CRUISE_MISSILE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AircraftCategory> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (AircraftCategory c : values()) if (c.name().equals(key)) return Optional.of(c);
        return Optional.empty();
    }
}
