package org.groundtruth.warning;

/**
 * The bearings a flight may be on, as a centre and a half-width (decision 0813): what one piece of evidence allows (a
 * stated heading with its precision, a track with the angle its positions' uncertainty subtends). Two pieces about the
 * same moment are intersected, which is how a second sighting narrows the sector; when they do not overlap the
 * evidence disagrees, and the range that covers both is taken instead.
 *
 * @param centreDeg 0 to 360
 * @param halfDeg   0 to 180; 180 allows every bearing
 */
record BearingRange(double centreDeg, double halfDeg) {
    BearingRange {
        centreDeg = Geodesy.normalise(centreDeg);
        halfDeg = Math.max(0, Math.min(180, halfDeg));
    }

    /** The bearings both allow, or null when they share none. */
    BearingRange intersect(BearingRange other) {
        if (halfDeg >= 180) return other;
        if (other.halfDeg >= 180) return this;
        double d = signed(other.centreDeg - centreDeg);
        double lo = Math.max(-halfDeg, d - other.halfDeg), hi = Math.min(halfDeg, d + other.halfDeg);
        return lo > hi ? null : new BearingRange(centreDeg + (lo + hi) / 2, (hi - lo) / 2);
    }

    /** The smallest range holding both. */
    BearingRange cover(BearingRange other) {
        double d = signed(other.centreDeg - centreDeg);
        double lo = Math.min(-halfDeg, d - other.halfDeg), hi = Math.max(halfDeg, d + other.halfDeg);
        return new BearingRange(centreDeg + (lo + hi) / 2, (hi - lo) / 2);
    }

    /** Both when they overlap, else what covers both. */
    BearingRange combine(BearingRange other) {
        BearingRange both = intersect(other);
        return both != null ? both : cover(other);
    }

    private static double signed(double deg) {
        double d = Geodesy.normalise(deg);
        return d > 180 ? d - 360 : d;
    }
}
