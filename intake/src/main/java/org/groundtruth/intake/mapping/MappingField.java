package org.groundtruth.intake.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Groundtruth fields a mapping file can fill, by the names used in the file. Most fill incidents; those marked
 * for claims fill the claims ledger ({@code groundtruth claims import}); the date, place and source fields fill both.
 */
public enum MappingField {
    ID, TITLE, SUMMARY, DATE, DATE_END, TIME, DATE_PRECISION, UTC_OFFSET, LAT, LON, PLACE, GOVERNORATE, DISTRICT,
    COUNTRY, LOCATION_PRECISION, KILLED_MIN, KILLED_MAX, INJURED_MIN, INJURED_MAX, CHILDREN_KILLED, WOMEN_KILLED,
    MEN_KILLED, CHILDREN_KILLED_MIN, CHILDREN_KILLED_MAX, WOMEN_KILLED_MIN, WOMEN_KILLED_MAX, MEN_KILLED_MIN, MEN_KILLED_MAX,
    OBJECTS, PERPETRATORS, WEAPONS, SOURCE_NAME, SOURCE_URL, TEXT, LANGUAGE, KIND,
    // claims only
    PARTY, STATED_AT, LOCALITIES, ERROR_RADIUS_KM, CLAIMED_TARGET, SORTIES;

    private static final java.util.Set<MappingField> CLAIMS_ONLY =
            java.util.EnumSet.of(PARTY, STATED_AT, LOCALITIES, ERROR_RADIUS_KM, CLAIMED_TARGET, SORTIES);
    private static final java.util.Set<MappingField> INCIDENTS_ONLY = java.util.EnumSet.of(TITLE, SUMMARY, KILLED_MIN,
            KILLED_MAX, INJURED_MIN, INJURED_MAX, CHILDREN_KILLED, WOMEN_KILLED, MEN_KILLED, CHILDREN_KILLED_MIN, CHILDREN_KILLED_MAX,
            WOMEN_KILLED_MIN, WOMEN_KILLED_MAX, MEN_KILLED_MIN, MEN_KILLED_MAX, OBJECTS, PERPETRATORS, WEAPONS, SOURCE_NAME, KIND);

    /** Whether a mapping for this target may fill the field. */
    public boolean fills(MappingTarget target) {
        return target == MappingTarget.CLAIMS ? !INCIDENTS_ONLY.contains(this) : !CLAIMS_ONLY.contains(this);
    }

    public static String allKeys(MappingTarget target) {
        return String.join(", ", Arrays.stream(values()).filter(f -> f.fills(target)).map(MappingField::key).toList());
    }

    /** The name in mapping files: "killed_min". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MappingField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** Fields whose value is a list split by the rule's separator. */
    public boolean isList() {
        return this == OBJECTS || this == PERPETRATORS || this == WEAPONS || this == LOCALITIES;
    }

    /** Fields read with date or time patterns. */
    public boolean hasFormats() {
        return this == DATE || this == DATE_END || this == TIME || this == STATED_AT;
    }

    public static String allKeys() {
        return allKeys(MappingTarget.INCIDENTS);
    }
}
