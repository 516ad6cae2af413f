package org.groundtruth.placename;

import java.util.List;
import java.util.Objects;
import org.groundtruth.place.LocationPrecision;

/**
 * A place as the map names it and the place look-up offers it.
 *
 * @param name          the name in Latin script, as the map shows it
 * @param arabicName    the name in Arabic script, or null
 * @param ukrainianName the name in Ukrainian, or null
 * @param otherNames    other names and spellings that find the place (any script)
 * @param lat           latitude of its representative point
 * @param lon           longitude of its representative point
 * @param level         TOWN, NEIGHBOURHOOD, DISTRICT or GOVERNORATE: the precision choosing it gives a location
 * @param governorate   the governorate or oblast it lies in (its own name for one), as the gazetteer's list spells it; or null
 * @param district      the district it lies in, or null
 * @param countryCode   ISO 3166-1 alpha-2, upper case
 * @param population    people living there as GeoNames counts them; 0 when not known
 * @param size          how large the place is taken to be, for ordering: its population where known, otherwise an
 *                      estimate from what kind of place it is (a governorate's seat, a district's, a village)
 */
public record PlaceName(String name, String arabicName, String ukrainianName, List<String> otherNames, double lat, double lon,
                        LocationPrecision level, String governorate, String district, String countryCode, long population, long size) {

    public PlaceName {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a place name needs a name");
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("place " + name + " lies outside the world: " + lat + ", " + lon);
        }
        Objects.requireNonNull(level, "level");
        if (level == LocationPrecision.UNKNOWN || level == LocationPrecision.EXACT || level == LocationPrecision.COUNTRY) {
            throw new IllegalArgumentException("place " + name + " is a town, neighbourhood, district or governorate, not " + level);
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) throw new IllegalArgumentException("place " + name + ": country code " + countryCode);
        if (population < 0 || size < 0) throw new IllegalArgumentException("place " + name + ": negative population or size");
        name = name.strip();
        arabicName = blankToNull(arabicName);
        ukrainianName = blankToNull(ukrainianName);
        otherNames = otherNames == null ? List.of() : otherNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        governorate = blankToNull(governorate);
        district = blankToNull(district);
    }

    /** Every name that finds the place: the Latin, Arabic and Ukrainian ones first. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name, arabicName, ukrainianName), otherNames.stream())
                .filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The lowest zoom at which the map may name this place, before names nearer than a label's width push it further
     * in ({@link LabelZooms}): cities from the country view, villages only when zoomed in, quarters of a town closer
     * still; areas (districts, governorates) are never named by this layer (the boundaries name governorates).
     */
    public int firstZoom() {
        if (level == LocationPrecision.NEIGHBOURHOOD) return 13;
        if (level != LocationPrecision.TOWN) return LabelZooms.NEVER;
        if (size >= 1_000_000) return 3;
        if (size >= 300_000) return 4;
        if (size >= 100_000) return 5;
        if (size >= 30_000) return 6;
        if (size >= 10_000) return 7;
        if (size >= 3_000) return 8;
        if (size >= 1_000) return 9;
        return 10;
    }

    /** How the map draws the name: a city's largest and boldest, a quarter's small and slanted. */
    public enum Rank { CITY, TOWN, VILLAGE, QUARTER }

    public Rank rank() {
        if (level == LocationPrecision.NEIGHBOURHOOD) return Rank.QUARTER;
        if (size >= 100_000) return Rank.CITY;
        if (size >= 5_000) return Rank.TOWN;
        return Rank.VILLAGE;
    }

    /**
     * How wide the name is on the map, generously: letters at the width of a wide letter of its rank's type (the map's
     * CSS sets those sizes: .place-city 0.86rem bold, .place-town 0.76rem, smaller names 0.68rem) plus a margin.
     */
    public double labelWidthPx() {
        double perLetter = switch (rank()) {
            case CITY -> 9.5;
            case TOWN -> 8;
            case VILLAGE, QUARTER -> 7;
        };
        return Math.min(LabelZooms.MAX_WIDTH_PX, name.codePointCount(0, name.length()) * perLetter + 10);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
