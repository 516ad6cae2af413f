package org.groundtruth.claim;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;

import java.util.List;
import java.util.Objects;

/**
 * Where a party said it struck: the locality names it gave and, when placed, coordinates with an error radius.
 *
 * <p>A claim with names the gazetteer does not know stays unplaced (no point, precision UNKNOWN) and is kept.
 *
 * @param localityNames  names as the party gave them, in its spelling; may be empty when only coordinates were given
 * @param point          coordinates, or null when not placed
 * @param precision      level of precision of the point; UNKNOWN exactly when there is no point
 * @param errorRadiusKm  radius within which the strike is believed to lie; null exactly when there is no point
 * @param radiusBasis    whether that radius was stated or assumed; null exactly when there is no point
 * @param placedBy       where the point came from: SOURCE (the statement gave coordinates), GAZETTEER (a locality
 *                       name was looked up) or MANUAL; NONE exactly when there is no point
 */
public record ClaimedPlace(List<String> localityNames, Coordinates point, LocationPrecision precision,
                           Double errorRadiusKm, RadiusBasis radiusBasis, PlacedBy placedBy) {

    /** Half the Earth's circumference: no error radius on a sphere can be larger. */
    public static final double MAX_RADIUS_KM = Math.PI * 6371.0088;

    /** Radius assumed for a belligerent's claimed location when it states none (see decision 0502). */
    public static final double ASSUMED_CLAIM_RADIUS_KM = 10.0;

    /** A precision contradicts a radius when the radius exceeds its typical radius by more than this factor. */
    private static final double CONTRADICTION_FACTOR = 10.0;

    public ClaimedPlace {
        localityNames = localityNames == null ? List.of()
                : localityNames.stream().map(SourceDocument::blankToNull).filter(Objects::nonNull).toList();
        Objects.requireNonNull(precision, "precision");
        if (placedBy == null) placedBy = point == null ? PlacedBy.NONE : PlacedBy.SOURCE;
        if ((point == null) != (placedBy == PlacedBy.NONE)) {
            throw new IllegalArgumentException("placed by " + placedBy.name().toLowerCase(java.util.Locale.ROOT)
                    + (point == null ? " contradicts a place without coordinates" : " contradicts coordinates"));
        }
        if (point == null) {
            if (precision != LocationPrecision.UNKNOWN) {
                throw new IllegalArgumentException("precision " + precision.label() + " contradicts a place without coordinates");
            }
            if (errorRadiusKm != null || radiusBasis != null) {
                throw new IllegalArgumentException("an error radius needs coordinates to be a radius around");
            }
            if (localityNames.isEmpty()) {
                throw new IllegalArgumentException("a claimed place needs locality names or coordinates");
            }
        } else {
            if (precision == LocationPrecision.UNKNOWN) {
                throw new IllegalArgumentException("precision unknown contradicts coordinates " + point.lat() + ", " + point.lon());
            }
            Objects.requireNonNull(radiusBasis, "radiusBasis");
            if (errorRadiusKm == null) throw new IllegalArgumentException("placed claim needs an error radius (stated or assumed)");
            if (!Double.isFinite(errorRadiusKm) || errorRadiusKm <= 0 || errorRadiusKm > MAX_RADIUS_KM) {
                throw new IllegalArgumentException("error radius " + errorRadiusKm + " km is impossible: it must be above 0 and at most "
                        + Math.round(MAX_RADIUS_KM) + " km (half the Earth's circumference)");
            }
            double typicalKm = precision.typicalRadiusMetres() / 1000.0;
            if (errorRadiusKm > typicalKm * CONTRADICTION_FACTOR) {
                throw new IllegalArgumentException("precision " + precision.label() + " (about " + fmt(typicalKm)
                        + " km) contradicts an error radius of " + fmt(errorRadiusKm) + " km");
            }
        }
    }

    /** As the five-component form, with the point (if any) given by the source. */
    public ClaimedPlace(List<String> localityNames, Coordinates point, LocationPrecision precision, Double errorRadiusKm,
                        RadiusBasis radiusBasis) {
        this(localityNames, point, precision, errorRadiusKm, radiusBasis, null);
    }

    /** Coordinates with a radius the source stated; the precision level follows from the radius. */
    public static ClaimedPlace stated(List<String> names, Coordinates point, double errorRadiusKm) {
        return new ClaimedPlace(names, point, levelFor(errorRadiusKm), errorRadiusKm, RadiusBasis.STATED);
    }

    /** Coordinates (typically a gazetteer match for the named locality) with the default assumed radius. */
    public static ClaimedPlace assumed(List<String> names, Coordinates point) {
        return assumed(names, point, ASSUMED_CLAIM_RADIUS_KM);
    }

    public static ClaimedPlace assumed(List<String> names, Coordinates point, double errorRadiusKm) {
        return new ClaimedPlace(names, point, levelFor(errorRadiusKm), errorRadiusKm, RadiusBasis.ASSUMED);
    }

    /** A locality name placed with the gazetteer, with the given (assumed or stated) radius. */
    public static ClaimedPlace byGazetteer(List<String> names, Coordinates point, double errorRadiusKm, RadiusBasis basis) {
        return new ClaimedPlace(names, point, levelFor(errorRadiusKm), errorRadiusKm, basis, PlacedBy.GAZETTEER);
    }

    /** Names the gazetteer could not place: kept, listed as unplaced. */
    public static ClaimedPlace unplaced(List<String> names) {
        return new ClaimedPlace(names, null, LocationPrecision.UNKNOWN, null, null);
    }

    public boolean isPlaced() {
        return point != null;
    }

    private static LocationPrecision levelFor(double radiusKm) {
        if (!Double.isFinite(radiusKm) || radiusKm <= 0) return LocationPrecision.EXACT; // the constructor names the problem
        return LocationPrecision.forRadiusMetres((int) Math.min(Integer.MAX_VALUE, Math.ceil(radiusKm * 1000)));
    }

    static String fmt(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(Math.round(km * 10) / 10.0);
    }
}
