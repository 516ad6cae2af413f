package org.groundtruth.grading;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well an incident is established (the brief's definitions, after Airwars). */
public enum Grade {
    CONFIRMED("a belligerent accepted responsibility"),
    FAIR("two or more credible, independent sources and belligerent action nearby"),
    WEAK("a single source, or sources that are not independent or credible"),
    CONTESTED("competing claims of responsibility"),
    DISCOUNTED("only combatants were harmed, or another party is responsible");

    private final String definition;

    Grade(String definition) {
        this.definition = definition;
    }

    public String definition() {
        return definition;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Optional<Grade> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().equals(key)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(Grade::code).toList());
    }
}
