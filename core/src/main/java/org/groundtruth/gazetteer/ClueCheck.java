package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How well a candidate place fits what else the record says (docs/decisions/0211): one point for lying in the
 * stated district (its own district name, or within {@value #NEAR_KM} km of the district's seat), one for each other
 * place of the record within {@value #NEAR_KM} km, one for each "north of X" it fits. Anchors are looked up only when
 * a choice between namesakes needs them, so records without namesakes cost nothing more.
 */
final class ClueCheck {
    /** A district's villages lie within about this of its seat; so do the places one record names together. */
    static final double NEAR_KM = 40;

    /** A point the candidate should be near, or in the given direction from (bearing null: only near). */
    private record Anchor(Coordinates point, Double bearingDegrees, boolean district) {
    }

    private final PlaceClues clues;
    private final RelativePhrase relative;
    private final Function<String, Coordinates> resolve;
    private List<Anchor> anchors;
    private String districtSkeleton;

    /**
     * @param clues    what the record says
     * @param relative the "north of X" phrase of the name itself, or null
     * @param resolve  looks a name up with the record's governorate and country, giving its point or null
     */
    ClueCheck(PlaceClues clues, RelativePhrase relative, Function<String, Coordinates> resolve) {
        this.clues = clues;
        this.relative = relative;
        this.resolve = resolve;
    }

    /** True when the record says nothing that could tell namesakes apart. */
    boolean isEmpty() {
        return relative == null && PlaceNames.isNoName(clues.district()) && clues.otherNames().isEmpty();
    }

    int score(Place p) {
        if (anchors == null) buildAnchors();
        int score = 0;
        boolean inOwnDistrict = districtSkeleton != null && p.district() != null
                && PlaceNames.skeletonKey(p.district()).equals(districtSkeleton);
        if (inOwnDistrict) score++;
        for (Anchor a : anchors) {
            if (a.district() && inOwnDistrict) continue;
            double km = a.point().distanceKm(p.point());
            boolean fits = a.bearingDegrees() == null ? km <= NEAR_KM
                    : RelativePhrase.fits(bearingDegrees(a.point(), p.point()), km, a.bearingDegrees());
            if (fits) score++;
        }
        return score;
    }

    /**
     * True when the record names a district that the gazetteer knows, and the place lies neither in it by its own
     * district name nor within {@value #NEAR_KM} km of its seat: the name found is then another place's.
     */
    boolean contradictsDistrict(Place p) {
        if (anchors == null) buildAnchors();
        if (districtSkeleton == null || (p.district() != null && PlaceNames.skeletonKey(p.district()).equals(districtSkeleton))) {
            return false;
        }
        return anchors.stream().filter(Anchor::district).anyMatch(a -> a.point().distanceKm(p.point()) > NEAR_KM);
    }

    private void buildAnchors() {
        anchors = new ArrayList<>();
        if (!PlaceNames.isNoName(clues.district())) {
            districtSkeleton = PlaceNames.skeletonKey(clues.district());
            Coordinates seat = resolve.apply(clues.district());
            if (seat != null) anchors.add(new Anchor(seat, null, true));
        }
        for (String other : clues.otherNames()) {
            RelativePhrase phrase = RelativePhrase.parse(other).orElse(null);
            Coordinates point = resolve.apply(phrase == null ? other : phrase.anchor());
            if (point != null) anchors.add(new Anchor(point, phrase == null || phrase.name() != null ? null : phrase.bearingDegrees(), false));
        }
        if (relative != null) {
            Coordinates point = resolve.apply(relative.anchor());
            if (point != null) anchors.add(new Anchor(point, relative.bearingDegrees(), false));
        }
    }

    /** Initial great-circle bearing from a to b, degrees clockwise from north. */
    static double bearingDegrees(Coordinates a, Coordinates b) {
        double lat1 = Math.toRadians(a.lat()), lat2 = Math.toRadians(b.lat()), dLon = Math.toRadians(b.lon() - a.lon());
        double y = Math.sin(dLon) * Math.cos(lat2);
        double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
