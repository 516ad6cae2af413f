package org.groundtruth.matching;

import org.groundtruth.claim.Claim;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.time.DatePrecision;

import java.util.Set;

/**
 * A claim as the matcher sees it: where and when the party said it struck (with its error) and what it said it hit.
 *
 * @param targetKinds kinds of civilian object the claimed target names ("hospital" names MEDICAL); derived from
 *                    the text when null, kept so that scoring does not re-read the text for every pair
 */
public record ClaimFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                             DatePrecision datePrecision, String claimedTarget, Set<CivilianObject> targetKinds)
        implements Footprint {

    public ClaimFootprint {
        Footprint.validate("claim", id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision);
        if (targetKinds == null) targetKinds = TargetWords.kindsNamed(claimedTarget);
    }

    public ClaimFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, String claimedTarget) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, claimedTarget, null);
    }

    public static ClaimFootprint of(Claim claim) {
        if (!claim.isPlaced()) throw new IllegalArgumentException("claim " + claim.id() + " is not placed and cannot be matched");
        var place = claim.place();
        return new ClaimFootprint(claim.id(), place.point().lat(), place.point().lon(), place.errorRadiusKm(),
                TimeSpans.firstSecond(claim.strikeDate()), TimeSpans.lastSecond(claim.strikeDate()),
                claim.strikeDate().precision(), claim.claimedTarget());
    }
}
