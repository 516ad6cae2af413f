package org.groundtruth.warning;

import java.util.Locale;
import java.util.Map;

/**
 * The direction an aircraft was seen flying, clockwise from true north.
 *
 * @param degrees        0 (inclusive) to 360 (exclusive)
 * @param uncertaintyDeg what the way it was given implies: 0 for degrees, ±11.25 for one of 16 compass points
 *                       ("NNE"), ±22.5 for one of 8 ("NE"); the projection adds its own (decision 0800)
 */
public record Heading(double degrees, double uncertaintyDeg) {
    private static final String[] POINTS_16 = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
    private static final Map<Language, String[]> WORDS_8 = Map.of(
            Language.EN, new String[]{"north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"},
            Language.AR, new String[]{"الشمال", "الشمال الشرقي", "الشرق", "الجنوب الشرقي", "الجنوب", "الجنوب الغربي", "الغرب", "الشمال الغربي"},
            Language.UK, new String[]{"північ", "північний схід", "схід", "південний схід", "південь", "південний захід", "захід", "північний захід"});

    public Heading {
        if (!Double.isFinite(degrees) || degrees < 0 || degrees > 360) {
            throw new IllegalArgumentException("a heading is 0 to 360 degrees, not " + degrees);
        }
        if (degrees == 360) degrees = 0;
        if (!Double.isFinite(uncertaintyDeg) || uncertaintyDeg < 0 || uncertaintyDeg > 90) {
            throw new IllegalArgumentException("a heading's uncertainty is 0 to 90 degrees, not " + uncertaintyDeg);
        }
    }

    public static Heading degrees(double degrees) {
        return new Heading(degrees, 0);
    }

    /**
     * Degrees ("45", "045", "45°", "45 deg") or a compass point: 16-point abbreviations (N, NNE, NE, ... NNW) or
     * the eight points in English, Arabic or Ukrainian words ("north-east", "الشمال الشرقي", "північний схід").
     *
     * @throws IllegalArgumentException naming what is accepted
     */
    public static Heading parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("no heading given");
        String t = text.strip();
        String number = t.replaceAll("(?i)\\s*(°|deg|degrees)$", "");
        if (number.matches("[+-]?\\d{1,4}(\\.\\d+)?")) {
            double d = Double.parseDouble(number);
            if (d < 0 || d > 360) throw new IllegalArgumentException("heading " + number + " is outside 0..360 degrees");
            return degrees(d);
        }
        String upper = t.toUpperCase(Locale.ROOT).replaceAll("[\\s.-]", "");
        for (int i = 0; i < POINTS_16.length; i++) {
            if (POINTS_16[i].equals(upper)) return new Heading(i * 22.5, POINTS_16[i].length() == 3 ? 11.25 : 22.5);
        }
        String words = t.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").replace("northeast", "north east")
                .replace("northwest", "north west").replace("southeast", "south east").replace("southwest", "south west");
        for (String[] names : WORDS_8.values()) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].replace('-', ' ').equals(words)) return new Heading(i * 45.0, 22.5);
            }
        }
        throw new IllegalArgumentException("heading '" + abbreviate(t) + "' is neither degrees (0 to 360) nor a compass point ("
                + String.join(", ", POINTS_16) + ", or the eight points in words)");
    }

    /** The nearest of the eight compass points, in words of the language ("north-east"). */
    public String wordIn(Language language) {
        return WORDS_8.get(language)[(int) Math.round(degrees / 45.0) % 8];
    }

    /** The nearest of the sixteen compass points ("NNE"). */
    public String compassPoint() {
        return POINTS_16[(int) Math.round(degrees / 22.5) % 16];
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
