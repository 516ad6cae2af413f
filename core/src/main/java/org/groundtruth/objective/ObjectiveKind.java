package org.groundtruth.objective;

import java.util.Locale;
import java.util.Optional;

/** What kind of military objective a layer entry is. */
public enum ObjectiveKind {
    AIRBASE, BASE, HEADQUARTERS, POSITION, CHECKPOINT, DEPOT, FRONT_LINE, AREA, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return code().replace('_', ' ');
    }

    public static Optional<ObjectiveKind> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (key.equals("AIR_BASE") || key.equals("AIRPORT") || key.equals("AIRFIELD")) return Optional.of(AIRBASE);
        if (key.equals("FRONTLINE")) return Optional.of(FRONT_LINE);
        for (ObjectiveKind k : values()) if (k.name().equals(key)) return Optional.of(k);
        return Optional.empty();
    }

    public static String known() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ObjectiveKind::code).toList());
    }
}
