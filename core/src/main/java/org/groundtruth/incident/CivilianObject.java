package org.groundtruth.incident;

import java.util.Locale;
import java.util.Optional;

/** Kinds of civilian object an attack hit. The protected ones carry special protection under IHL. */
public enum CivilianObject {
    RESIDENTIAL(false),
    MARKET(true),
    PLACE_OF_WORSHIP(true),
    MEDICAL(true),
    SCHOOL(true),
    CIVIL_DEFENCE(true),
    WATER_AND_POWER(true),
    DISPLACEMENT_CAMP(true),
    OTHER(false);

    private final boolean specificallyProtected;

    CivilianObject(boolean specificallyProtected) {
        this.specificallyProtected = specificallyProtected;
    }

    public boolean specificallyProtected() {
        return specificallyProtected;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case PLACE_OF_WORSHIP -> "place of worship";
            case CIVIL_DEFENCE -> "civil defence";
            case WATER_AND_POWER -> "water and power";
            case DISPLACEMENT_CAMP -> "camp for displaced people";
            default -> code();
        };
    }

    /** Accepts codes ("place_of_worship"), labels ("place of worship") and hyphenated forms, any case. */
    public static Optional<CivilianObject> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (key.equals("CAMP_FOR_DISPLACED_PEOPLE") || key.equals("CAMP") || key.equals("IDP_CAMP")) return Optional.of(DISPLACEMENT_CAMP);
        for (CivilianObject o : values()) if (o.name().equals(key)) return Optional.of(o);
        return Optional.empty();
    }
}
