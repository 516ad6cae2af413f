package org.groundtruth.gazetteer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place named by its direction from another: "Kafr Nabl, north of Maarat al-Numan", "10 km south-east of Hama",
 * "north of Idlib", "شمال حماة". The named place (possibly absent) should lie in that direction from the anchor.
 *
 * @param name          the place named before the phrase, or null ("north of Idlib" names none)
 * @param anchor        the place the direction is taken from
 * @param bearingDegrees the direction from the anchor, clockwise from north
 */
record RelativePhrase(String name, String anchor, double bearingDegrees) {
    /** How far a place may lie from its anchor and still be "north of" it; beyond, the phrase is not about it. */
    static final double MAX_KM = 100;
    /** How far a bearing may stray from the stated direction: half of a quarter on either side. */
    static final double TOLERANCE_DEGREES = 67.5;

    private static final Map<String, Double> BEARINGS = Map.ofEntries(
            Map.entry("north", 0.0), Map.entry("northeast", 45.0), Map.entry("east", 90.0), Map.entry("southeast", 135.0),
            Map.entry("south", 180.0), Map.entry("southwest", 225.0), Map.entry("west", 270.0), Map.entry("northwest", 315.0),
            Map.entry("شمال", 0.0), Map.entry("شرق", 90.0), Map.entry("جنوب", 180.0), Map.entry("غرب", 270.0));

    private static final String DIRECTION = "(north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)";
    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:(.*?)[\\s,(]+)?(?:about\\s+|some\\s+)?(?:\\d+(?:[.,]\\d+)?\\s*(?:km|kilometres|kilometers|miles)\\s+)?"
                    + DIRECTION + "\\s+of\\s+(?:the\\s+)?(?:city\\s+of\\s+|town\\s+of\\s+|village\\s+of\\s+)?(.+?)\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARABIC = Pattern.compile("^(?:(.*?)[\\s,،(]+)?(شمال|جنوب|شرق|غرب)(?:ي|ى)?\\s+(.+?)\\)?$");

    /** The phrase in a name, if the name is of that form. */
    static Optional<RelativePhrase> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        Matcher m = ENGLISH.matcher(t);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        m = ARABIC.matcher(t);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        return Optional.empty();
    }

    private static Optional<RelativePhrase> of(String name, String direction, String anchor) {
        Double bearing = BEARINGS.get(direction.toLowerCase(Locale.ROOT).replaceAll("[- ]", ""));
        if (bearing == null || anchor == null || anchor.isBlank()) return Optional.empty();
        String n = name == null || name.isBlank() ? null : name.strip().replaceAll("[,،(]+$", "").strip();
        return Optional.of(new RelativePhrase(n == null || n.isEmpty() ? null : n, anchor.strip(), bearing));
    }

    /** True when a point at that bearing and distance from the anchor fits the phrase. */
    static boolean fits(double bearingFromAnchor, double km, double statedBearing) {
        double off = Math.abs(((bearingFromAnchor - statedBearing) % 360 + 540) % 360 - 180);
        return km <= MAX_KM && off <= TOLERANCE_DEGREES;
    }
}
