package org.groundtruth.place;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Country codes as sources give them (alpha-2, alpha-3, English names) turned into ISO 3166-1 alpha-2. */
public final class CountryCodes {
    private CountryCodes() {
    }

    private static final Map<String, String> ALPHA2_BY_ALPHA3_OR_NAME = table();

    /** Placeholders for "no value" (so Namibia must be written NAM, as "NA" means missing in most sources). */
    private static final Set<String> NO_COUNTRY = Set.of("", "NA", "N/A", "-", "NULL", "NONE", "UNKNOWN");

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", alpha2);
            table.put(l.getISO3Country().toUpperCase(Locale.ROOT), alpha2);
            table.put(l.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), alpha2);
        }
        table.put("SYRIA", "SY");
        table.put("SYRIAN ARAB REPUBLIC", "SY");
        return Map.copyOf(table);
    }

    /** ISO alpha-2 code ("SY") for "SY", "sy", "SYR", "Syria"; null when absent, a placeholder ("NA") or unknown. */
    public static String alpha2(String code) {
        if (code == null) return null;
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (NO_COUNTRY.contains(c)) return null;
        if (c.length() == 2 && c.chars().allMatch(Character::isLetter)) return c;
        return ALPHA2_BY_ALPHA3_OR_NAME.get(c);
    }
}
