package org.groundtruth.intake.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Groundtruth fields a mapping file can fill, by the names used in the file. */
public enum MappingField {
    ID, TITLE, SUMMARY, DATE, DATE_END, TIME, DATE_PRECISION, UTC_OFFSET, LAT, LON, PLACE, GOVERNORATE, DISTRICT,
    COUNTRY, LOCATION_PRECISION, KILLED_MIN, KILLED_MAX, INJURED_MIN, INJURED_MAX, CHILDREN_KILLED, WOMEN_KILLED,
    MEN_KILLED, OBJECTS, PERPETRATORS, WEAPONS, SOURCE_NAME, SOURCE_URL, TEXT, LANGUAGE;

    /** The name in mapping files: "killed_min". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MappingField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** Fields whose value is a list split by the rule's separator. */
    public boolean isList() {
        return this == OBJECTS || this == PERPETRATORS || this == WEAPONS;
    }

    /** Fields read with date or time patterns. */
    public boolean hasFormats() {
        return this == DATE || this == DATE_END || this == TIME;
    }

    public static String allKeys() {
        return String.join(", ", Arrays.stream(values()).map(MappingField::key).toList());
    }
}
