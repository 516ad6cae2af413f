package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One named place of the gazetteer.
 *
 * @param name             primary name (Latin script as the source wrote it)
 * @param arabicName       name in Arabic script, or null
 * @param alternativeNames other spellings and names, possibly empty
 * @param point            representative point
 * @param level            {@link LocationPrecision#TOWN} for populated places, NEIGHBOURHOOD for city quarters,
 *                         DISTRICT for sub-districts (nahiyah, mantiqah), GOVERNORATE for admin-1 areas
 * @param governorate      governorate / oblast the place lies in (its own name for a governorate), or null
 * @param district         district, or null
 * @param countryCode      ISO 3166-1 alpha-2 code in upper case ("SY", "UA")
 * @param source           dataset the place came from ("geonames", "syrian-archive-places", ...)
 */
public record Place(String name, String arabicName, List<String> alternativeNames, Coordinates point,
                    LocationPrecision level, String governorate, String district, String countryCode, String source) {

    public Place {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a place needs a name");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(level, "level");
        if (level == LocationPrecision.UNKNOWN || level == LocationPrecision.EXACT) {
            throw new IllegalArgumentException("a gazetteer place is a town, neighbourhood, district or governorate, not " + level);
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be ISO alpha-2 in upper case, got " + countryCode);
        }
        Objects.requireNonNull(source, "source");
        name = name.strip();
        arabicName = arabicName == null || arabicName.isBlank() ? null : arabicName.strip();
        alternativeNames = alternativeNames == null ? List.of()
                : alternativeNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        governorate = governorate == null || governorate.isBlank() ? null : governorate.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }

    /** Every name of the place: primary first, then Arabic, then the alternatives. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(name, arabicName), alternativeNames.stream()).filter(Objects::nonNull).toList();
    }

    public boolean isGovernorate() {
        return level == LocationPrecision.GOVERNORATE;
    }

    public Place withGovernorate(String g) {
        return new Place(name, arabicName, alternativeNames, point, level, g, district, countryCode, source);
    }

    @Override
    public String toString() {
        return name + (governorate != null && !isGovernorate() ? " (" + governorate + ")" : "") + " [" + level.label()
                + ", " + countryCode + ", " + source + "]";
    }
}
