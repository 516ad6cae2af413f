package org.groundtruth.matching;

import org.groundtruth.time.DatePrecision;

/**
 * What the matcher needs of a record: a point with its uncertainty radius, and a window of time.
 *
 * <p>Time is a closed window of epoch seconds {@code [firstSecond, lastSecond]}: a day-precision date covers
 * 00:00:00..23:59:59 UTC of that day, a clock time is a single second.
 */
public sealed interface Footprint permits IncidentFootprint, ClaimFootprint {
    long id();

    double lat();

    double lon();

    /** Radius of location uncertainty in km (stated or typical for the precision level). */
    double radiusKm();

    long firstSecond();

    long lastSecond();

    DatePrecision datePrecision();

    /** Earliest and latest second a footprint may carry: years 1900..2199, so that index keys never overflow. */
    long MIN_SECOND = -2_208_988_800L;
    long MAX_SECOND = 7_258_118_399L;

    static void validate(String what, long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                         DatePrecision precision) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException(what + " " + id + ": latitude " + lat + " is outside -90..90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(what + " " + id + ": longitude " + lon + " is outside -180..180");
        }
        if (!Double.isFinite(radiusKm) || radiusKm < 0 || radiusKm > 20_016) {
            throw new IllegalArgumentException(what + " " + id + ": radius " + radiusKm + " km is impossible (0..20016 km)");
        }
        if (lastSecond < firstSecond) {
            throw new IllegalArgumentException(what + " " + id + ": time window ends before it starts");
        }
        if (firstSecond < MIN_SECOND || lastSecond > MAX_SECOND) {
            throw new IllegalArgumentException(what + " " + id + ": time window lies outside the years 1900..2199");
        }
        if (precision == null) throw new IllegalArgumentException(what + " " + id + ": date precision is missing");
    }
}
