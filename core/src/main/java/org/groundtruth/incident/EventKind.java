package org.groundtruth.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of violent event an incident is, as its source coded it (docs/decisions/0213-event-kind.md). The map,
 * lists and analyses show strikes ({@link #STRIKES}) unless asked for more; attribution and claim matching consider
 * only the kinds that may be a strike ({@link #mayBeStrike()}).
 */
public enum EventKind {
    AIR_STRIKE("air or drone strike"),
    MISSILE("missile strike"),
    SHELLING("shelling"),
    GROUND_FIGHTING("ground fighting"),
    OTHER("other violence"),
    /** No source coded the kind, and no rule could tell it: it may be a strike. */
    UNKNOWN("kind not known");

    /** Air or drone strikes and missile strikes: what the map and lists show by default. */
    public static final Set<EventKind> STRIKES = Collections.unmodifiableSet(EnumSet.of(AIR_STRIKE, MISSILE));

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** The wire code: "air_strike", "ground_fighting". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public boolean isStrike() {
        return STRIKES.contains(this);
    }

    /**
     * A strike, or an incident whose kind nobody coded (which may be one). Attribution weighs who struck from the air
     * and claims say what a party struck: shelling, ground fighting and other violence are neither's business.
     */
    public boolean mayBeStrike() {
        return isStrike() || this == UNKNOWN;
    }

    /**
     * Accepts codes ("air_strike"), labels ("air or drone strike") and common spellings ("airstrike", "drone strike",
     * "air-strike", "missile", "ground battle"), any case.
     */
    public static Optional<EventKind> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/]+", "_");
        for (EventKind k : values()) {
            if (k.code().equals(key) || k.label.replace(' ', '_').equals(key)) return Optional.of(k);
        }
        return Optional.ofNullable(switch (key) {
            case "airstrike", "air_strikes", "airstrikes", "drone_strike", "drone", "air_drone_strike", "air_raid", "aerial_bombardment" -> AIR_STRIKE;
            case "missile_strike", "missiles", "missile_attack" -> MISSILE;
            case "artillery", "shelling_artillery", "shell" -> SHELLING;
            case "ground_battle", "ground", "battle", "clash", "clashes", "armed_clash", "fighting" -> GROUND_FIGHTING;
            case "unknown", "not_known" -> UNKNOWN;
            default -> null;
        });
    }

    /**
     * A set of kinds as a filter writes it: "strikes" (air and missile strikes), "all", or codes separated by commas
     * ("air_strike,shelling,unknown"); "strikes" may be combined with codes. Empty or null is null (no filter).
     *
     * @throws IllegalArgumentException naming the word that is not a kind
     */
    public static Set<EventKind> parseSet(String text) {
        if (text == null || text.isBlank()) return null;
        EnumSet<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (p.equalsIgnoreCase("strikes")) kinds.addAll(STRIKES);
            else if (p.equalsIgnoreCase("all")) kinds.addAll(EnumSet.allOf(EventKind.class));
            else kinds.add(parse(p).orElseThrow(() -> new IllegalArgumentException(
                    "not an event kind; known are strikes, all, " + String.join(", ", codes())))); // never repeats the value sent
        }
        return kinds.isEmpty() ? null : kinds;
    }

    /** The codes of every kind, in order. */
    public static List<String> codes() {
        List<String> out = new ArrayList<>();
        Arrays.stream(values()).forEach(k -> out.add(k.code()));
        return out;
    }
}
