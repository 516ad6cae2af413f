package org.groundtruth.warning;

/**
 * The numbers of the threat model (decision 0800), in one place so that the back-test can show what each costs.
 *
 * @param baseHalfWidthDeg      the sector's half-width at the origin, before what the heading's own precision adds:
 *                              pilots do not fly straight at a target from take-off
 * @param growthDegPer100Km     how much the half-width grows every 100 km
 * @param maxHalfWidthDeg       the half-width never grows beyond this
 * @param detourFactor          the path to a place is up to this much longer than the geodesic (latest ETA)
 * @param horizonMinutes        places are warned when the aircraft could reach them within this time; farther ones when a
 *                              later sighting brings them within it (decision 0813: 20 minutes, not 60)
 * @param localThreatKm         radius around circling aircraft, a strike, or an overflight without heading
 * @param minTrackKm            two positions of a flight closer than this give no heading
 * @param trackSpeedTolerance   a speed measured along a track narrows the type's band to measured ÷ this .. × this
 * @param minAlertMinutes       an alert lives at least this long after its last sighting
 * @param maxAlertMinutes       and at most this long, unless a sighting refreshes it
 * @param takeOffMergeMinutes   take-offs of one type from one base this close in time are one flight
 * @param trackHalfWidthDeg     a track's half-width before what its positions' uncertainty adds: the aircraft was seen
 *                              holding a course, so less is allowed for than for a heading read at one moment (0813)
 * @param headingWindowMinutes  headings stated this close in time to the latest (several spotters of one take-off, a
 *                              heading seen with the last position of a track) narrow each other (decision 0813)
 */
public record ProjectionModel(double baseHalfWidthDeg, double growthDegPer100Km, double maxHalfWidthDeg, double detourFactor,
                              double horizonMinutes, double localThreatKm, double minTrackKm, double trackSpeedTolerance,
                              double minAlertMinutes, double maxAlertMinutes, double takeOffMergeMinutes, double trackHalfWidthDeg,
                              double headingWindowMinutes) {
    /** Decision 0800's numbers with decision 0813's narrowing and its 20-minute horizon. */
    public static final ProjectionModel DEFAULT = new ProjectionModel(10, 5, 60, 1.25, 20, 25, 5, 1.5, 10, 40, 5, 5, 3);

    /** The same model with other sector numbers, for the back-test's comparisons. */
    public ProjectionModel withSector(double newBaseHalfWidthDeg, double newGrowthDegPer100Km, double newMaxHalfWidthDeg, double newHorizonMinutes,
                                      double newTrackHalfWidthDeg, double newHeadingWindowMinutes) {
        return new ProjectionModel(newBaseHalfWidthDeg, newGrowthDegPer100Km, newMaxHalfWidthDeg, detourFactor, newHorizonMinutes, localThreatKm, minTrackKm,
                trackSpeedTolerance, minAlertMinutes, maxAlertMinutes, takeOffMergeMinutes, newTrackHalfWidthDeg, newHeadingWindowMinutes);
    }

    public ProjectionModel {
        if (!(baseHalfWidthDeg >= 0 && growthDegPer100Km >= 0 && maxHalfWidthDeg >= baseHalfWidthDeg && maxHalfWidthDeg <= 180
                && detourFactor >= 1 && horizonMinutes > 0 && localThreatKm > 0 && minTrackKm > 0 && trackSpeedTolerance >= 1
                && minAlertMinutes > 0 && maxAlertMinutes >= minAlertMinutes && takeOffMergeMinutes >= 0 && trackHalfWidthDeg >= 0
                && headingWindowMinutes >= 0)) {
            throw new IllegalArgumentException("projection model out of range: " + this);
        }
    }
}
