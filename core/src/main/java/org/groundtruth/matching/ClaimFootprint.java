package org.groundtruth.matching;

import org.groundtruth.claim.Claim;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.time.DatePrecision;

import java.util.Set;

/**
 * A claim as the matcher sees it: where and when the party said it struck (with its error), what it said it hit, and
 * when it said so.
 *
 * @param targetKinds  kinds of civilian object the claimed target names ("hospital" names MEDICAL); derived from
 *                     the text when null, kept so that scoring does not re-read the text for every pair
 * @param statedSecond when the statement was published (epoch seconds), or {@link #STATED_UNKNOWN}: the strike lies
 *                     on or before it, and a strike window that reaches the statement's day may be no more than the
 *                     day of posting (decision 0546)
 */
public record ClaimFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                             DatePrecision datePrecision, String claimedTarget, Set<CivilianObject> targetKinds,
                             long statedSecond)
        implements Footprint {
    /** The statement time is not known: the strike window is taken as the party dated it. */
    public static final long STATED_UNKNOWN = Long.MAX_VALUE;

    public ClaimFootprint {
        Footprint.validate("claim", id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision);
        if (targetKinds == null) targetKinds = TargetWords.kindsNamed(claimedTarget);
        if (statedSecond != STATED_UNKNOWN && statedSecond < firstSecond) {
            throw new IllegalArgumentException("claim " + id + ": the statement lies before the strike window it reports");
        }
    }

    public ClaimFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, String claimedTarget, Set<CivilianObject> targetKinds) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, claimedTarget, targetKinds, STATED_UNKNOWN);
    }

    public ClaimFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, String claimedTarget) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, claimedTarget, null);
    }

    public static ClaimFootprint of(Claim claim) {
        if (!claim.isPlaced()) throw new IllegalArgumentException("claim " + claim.id() + " is not placed and cannot be matched");
        var place = claim.place();
        long first = TimeSpans.firstSecond(claim.strikeDate());
        // a claim's day is a local day: its statement may carry an earlier UTC instant than the window's UTC start
        long stated = Math.max(first, claim.statedAt().getEpochSecond());
        return new ClaimFootprint(claim.id(), place.point().lat(), place.point().lon(), place.errorRadiusKm(),
                first, TimeSpans.lastSecond(claim.strikeDate()), claim.strikeDate().precision(), claim.claimedTarget(), null, stated);
    }

    /** Whether the strike window reaches the day of the statement, so that it may be the posting day, not the strike's. */
    public boolean mayBePostingDay() {
        return statedSecond != STATED_UNKNOWN
                && Math.floorDiv(lastSecond, TimeSpans.DAY_SECONDS) >= Math.floorDiv(statedSecond, TimeSpans.DAY_SECONDS);
    }
}
