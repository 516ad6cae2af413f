package org.groundtruth.matching;

import org.groundtruth.claim.Claim;
import org.groundtruth.time.DatePrecision;

/** A claim as the matcher sees it: where and when the party said it struck (with its error) and what it said it hit. */
public record ClaimFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                             DatePrecision datePrecision, String claimedTarget) implements Footprint {

    public ClaimFootprint {
        Footprint.validate("claim", id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision);
    }

    public static ClaimFootprint of(Claim claim) {
        if (!claim.isPlaced()) throw new IllegalArgumentException("claim " + claim.id() + " is not placed and cannot be matched");
        var place = claim.place();
        return new ClaimFootprint(claim.id(), place.point().lat(), place.point().lon(), place.errorRadiusKm(),
                TimeSpans.firstSecond(claim.strikeDate()), TimeSpans.lastSecond(claim.strikeDate()),
                claim.strikeDate().precision(), claim.claimedTarget());
    }
}
