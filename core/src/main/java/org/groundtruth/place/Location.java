package org.groundtruth.place;

import java.util.Objects;

/**
 * Where an incident happened, as precisely as it is known, with the names the sources gave.
 *
 * @param point            coordinates, or null when the incident could not be placed
 * @param precision        level of precision; {@link LocationPrecision#UNKNOWN} exactly when point is null
 * @param radiusMetres     uncertainty radius in metres when a source stated one, else null
 * @param placeName        the most specific place name given (town, neighbourhood), may be null
 * @param governorate      first-level administrative area (governorate, oblast), may be null
 * @param district         second-level administrative area, may be null
 * @param countryCode      ISO 3166-1 alpha-2 or alpha-3 code as given, may be null
 * @param placedBy         where the coordinates came from
 */
public record Location(Coordinates point, LocationPrecision precision, Integer radiusMetres, String placeName,
                       String governorate, String district, String countryCode, PlacedBy placedBy) {

    public Location {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(placedBy, "placedBy");
        if ((point == null) != (precision == LocationPrecision.UNKNOWN)) {
            throw new IllegalArgumentException("precision must be UNKNOWN exactly when there are no coordinates");
        }
        if ((point == null) != (placedBy == PlacedBy.NONE)) {
            throw new IllegalArgumentException("placedBy must be NONE exactly when there are no coordinates");
        }
        if (radiusMetres != null && radiusMetres < 0) throw new IllegalArgumentException("negative radius " + radiusMetres);
    }

    public static Location unplaced(String placeName, String governorate, String district, String countryCode) {
        return new Location(null, LocationPrecision.UNKNOWN, null, placeName, governorate, district, countryCode, PlacedBy.NONE);
    }

    public boolean isPlaced() {
        return point != null;
    }

    /** Radius of uncertainty: the stated one, else the typical one for the level. */
    public int effectiveRadiusMetres() {
        return radiusMetres != null ? radiusMetres : precision.typicalRadiusMetres();
    }

    public Location placedAt(Coordinates p, LocationPrecision level, PlacedBy by) {
        return new Location(p, level, radiusMetres, placeName, governorate, district, countryCode, by);
    }

    public Location withGovernorate(String g) {
        return new Location(point, precision, radiusMetres, placeName, g, district, countryCode, placedBy);
    }

    /** The same location filed under another country: a place the gazetteer found across the border. */
    public Location withCountryCode(String code) {
        return new Location(point, precision, radiusMetres, placeName, governorate, district, code, placedBy);
    }
}
