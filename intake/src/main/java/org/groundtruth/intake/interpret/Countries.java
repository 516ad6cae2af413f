package org.groundtruth.intake.interpret;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries as sources name them ("Syria", "SY", "SYR", ACLED's numeric 760), and rough bounding boxes for the
 * countries Groundtruth is used in, so that coordinates far outside the country a row names are caught.
 */
public final class Countries {

    /** A country's extent in degrees, generous by about 0.3 degrees so that border towns pass. */
    public record Extent(String code, String name, double minLat, double maxLat, double minLon, double maxLon) {
        public boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    private static final Map<String, Extent> EXTENTS = new HashMap<>();
    private static final Map<String, String> ALPHA2_BY_NAME = new HashMap<>();

    static {
        extent("SY", "760", "Syria", 32.0, 37.7, 35.4, 42.7);
        extent("UA", "804", "Ukraine", 44.0, 52.7, 21.8, 40.6);
        extent("IQ", "368", "Iraq", 28.8, 37.7, 38.5, 48.9);
        extent("YE", "887", "Yemen", 11.9, 19.3, 41.5, 54.8);
        extent("SD", "729", "Sudan", 8.4, 22.5, 21.5, 39.0);
        extent("PS", "275", "Palestine", 31.0, 32.9, 34.0, 35.9);
        extent("LB", "422", "Lebanon", 32.8, 34.9, 34.8, 36.9);
        extent("LY", "434", "Libya", 19.2, 33.5, 9.0, 25.5);
        extent("AF", "4", "Afghanistan", 29.1, 38.8, 60.2, 75.2);
        extent("SO", "706", "Somalia", -1.9, 12.3, 40.7, 51.7);
        extent("IL", "376", "Israel", 29.2, 33.6, 34.0, 36.0);
        for (String code : Locale.getISOCountries()) {
            Locale l = Locale.of("", code);
            ALPHA2_BY_NAME.put(norm(l.getDisplayCountry(Locale.ENGLISH)), code);
            ALPHA2_BY_NAME.put(norm(code), code);
            try {
                ALPHA2_BY_NAME.put(norm(l.getISO3Country()), code);
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 code known for this one
            }
        }
        ALPHA2_BY_NAME.put("syrian arab republic", "SY");
        // the theatres' own names, as field teams write them in the country column of each row
        names("SY", "سوريا", "سورية", "الجمهورية العربية السورية", "Сирія", "Сирия", "Syrie", "Syrien");
        names("UA", "Україна", "Украина", "أوكرانيا", "Ukraine");
        names("RU", "Росія", "Россия", "Российская Федерация", "روسيا", "Russia");
        names("IQ", "العراق", "Ірак", "Ирак", "Irak");
        names("YE", "اليمن", "Ємен", "Йемен", "Yémen", "Jemen");
        names("SD", "السودان", "Судан", "Soudan");
        names("PS", "فلسطين", "غزة", "Gaza", "Gaza Strip", "West Bank", "Палестина");
        names("LB", "لبنان", "Ліван", "Ливан", "Liban");
        names("LY", "ليبيا", "Лівія", "Ливия", "Libye");
        names("TR", "تركيا", "Туреччина", "Турция", "Turkey", "Türkiye", "Turquie");
        names("BY", "Білорусь", "Беларусь", "Belarus");
        ALPHA2_BY_NAME.put("state of palestine", "PS");
        ALPHA2_BY_NAME.put("palestinian territories", "PS");
    }

    private Countries() {
    }

    private static void names(String alpha2, String... names) {
        for (String n : names) ALPHA2_BY_NAME.put(norm(n), alpha2);
    }

    private static void extent(String alpha2, String numeric, String name, double minLat, double maxLat, double minLon, double maxLon) {
        Extent e = new Extent(alpha2, name, minLat, maxLat, minLon, maxLon);
        EXTENTS.put(alpha2, e);
        ALPHA2_BY_NAME.put(numeric, alpha2);
    }

    /** ISO alpha-2 code for a country name, an alpha-2 or alpha-3 code, or an ACLED numeric code we know. */
    public static Optional<String> alpha2(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) return Optional.empty();
        return Optional.ofNullable(ALPHA2_BY_NAME.get(norm(nameOrCode)));
    }

    /** The extent of a country we know, by any of its names or codes. */
    public static Optional<Extent> extent(String nameOrCode) {
        return alpha2(nameOrCode).map(EXTENTS::get);
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
