package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Score of a candidate pair: how much likelier the evidence is if the incident is the strike the claim reports than if
 * it is an unrelated incident nearby (a likelihood ratio, decision 0546), shown as {@code LR / (1 + LR)} (0..1).
 *
 * <ul>
 *   <li>place: each record could lie anywhere in its area, a disc of its radius (σ = radius / 2 on each axis); the
 *       density of the distance seen if both describe one strike ({@code σ² = σ_i² + σ_c²}) against an unrelated
 *       incident spread evenly within {@value #BACKGROUND_KM} km, or within the records' own area when that is larger
 *       (vague unrelated incidents sit at the same centroids): {@code max(1, R² / 2σ²) · exp(-d² / 2σ²)}. A record that
 *       could lie anywhere in a governorate explains a nearby claim no better than chance; an exact one at 0 km
 *       explains it well.</li>
 *   <li>time: the strike lies in the incident's window; the claim dates it with a clock error of 3 h, or, when its
 *       window reaches the day it was posted, by that posting day, which follows the strike by 0, 1, 2 ... days as
 *       UCDP's sources followed the events they report (71.5%, 20.4%, 1.6%, ...); against an unrelated incident spread
 *       evenly over {@value #BACKGROUND_DAYS} days. An incident that begins after the statement was posted is
 *       nearly ruled out.</li>
 *   <li>target: soft, between ×0.8 and ×1.5, so that it never outweighs place and time: the claimed target names the
 *       kind of object hit ×1.5, names another civilian kind ×0.8 (parties and monitors code the same building
 *       differently), unknown on either side ×1.</li>
 *   <li>kind: an incident coded as a strike ×1, one whose kind is unknown ×0.9 (it may be shelling).</li>
 * </ul>
 */
public final class MatchScore {
    static final double BACKGROUND_KM = 25;
    static final double BACKGROUND_DAYS = 4;
    private static final double CLOCK_ERROR_SECONDS = 3 * 3600;
    private static final double DAY = TimeSpans.DAY_SECONDS;
    /** Share of reports posted k days after the event, k = -1..7: UCDP GED Syria 2016-2019, day-dated events (15,480). */
    private static final double[] POSTING_LAG = {0.006, 0.715, 0.204, 0.016, 0.007, 0.007, 0.002, 0.001, 0.002};
    private static final int LAG_FROM_DAY = -1;
    /** A party dating its strike itself is right to the day, or a day off (a local against a UTC day). */
    private static final double[] DATED_OFFSET = {0.03, 0.94, 0.03};
    private static final double AFTER_STATEMENT = 0.05;
    private static final double GRACE_SECONDS = 12 * 3600;
    static final double SAME_TARGET = 1.5, OTHER_TARGET = 0.8, UNKNOWN_KIND = 0.9;

    private MatchScore() {
    }

    /** The factors of one pair, each a likelihood ratio; their product is the pair's. */
    public record Likelihood(double place, double time, double target, double kind) {
        public double ratio() {
            return place * time * target * kind;
        }

        /** Place and time only: what a tie on the map and the calendar shares. */
        public double placeAndTime() {
            return place * time;
        }

        public double score() {
            return toScore(ratio());
        }
    }

    public static double toScore(double ratio) {
        return ratio / (1 + ratio);
    }

    public static double score(IncidentFootprint incident, ClaimFootprint claim, double distanceKm) {
        return likelihood(incident, claim, distanceKm).score();
    }

    public static Likelihood likelihood(IncidentFootprint incident, ClaimFootprint claim, double distanceKm) {
        double place = placeRatio(incident.radiusKm(), claim.radiusKm(), distanceKm);
        double time = timeRatio(incident.firstSecond(), incident.lastSecond(), isClockTime(incident), claim.firstSecond(),
                claim.lastSecond(), isClockTime(claim), claim.statedSecond(), claim.mayBePostingDay());
        return new Likelihood(place, time, targetRatio(kindMask(incident), kindMask(claim)), kindRatio(incident.kind().isStrike()));
    }

    /** The same from plain values, as the index keeps them; {@code *Mask} are bit sets of {@link CivilianObject} ordinals. */
    static double score(double iRadiusKm, long iFirst, long iLast, boolean iClock, int iMask, boolean iStrike,
                        double cRadiusKm, long cFirst, long cLast, boolean cClock, int cMask, long cStated, double distanceKm) {
        boolean posting = cStated != ClaimFootprint.STATED_UNKNOWN
                && Math.floorDiv(cLast, TimeSpans.DAY_SECONDS) >= Math.floorDiv(cStated, TimeSpans.DAY_SECONDS);
        double ratio = placeRatio(iRadiusKm, cRadiusKm, distanceKm) * timeRatio(iFirst, iLast, iClock, cFirst, cLast, cClock, cStated, posting)
                * targetRatio(iMask, cMask) * kindRatio(iStrike);
        return toScore(ratio);
    }

    static double placeRatio(double iRadiusKm, double cRadiusKm, double distanceKm) {
        double s2 = Math.max(0.0025, (iRadiusKm * iRadiusKm + cRadiusKm * cRadiusKm) / 4);
        // unrelated incidents as vague lie as close: the background is the search area or the records' own, the larger
        return Math.max(1, BACKGROUND_KM * BACKGROUND_KM / (2 * s2)) * Math.exp(-distanceKm * distanceKm / (2 * s2));
    }

    static double timeRatio(long iFirst, long iLast, boolean iClock, long cFirst, long cLast, boolean cClock, long cStated, boolean posting) {
        double wI = iClock ? 0 : iLast - iFirst + 1.0, wC = cClock ? 0 : cLast - cFirst + 1.0;
        double variance = (wI * wI + wC * wC) / 12 + 2 * CLOCK_ERROR_SECONDS * CLOCK_ERROR_SECONDS;
        double delta = ((cFirst + (double) cLast) - (iFirst + (double) iLast)) / 2; // claim after incident: positive
        double[] weights = posting ? POSTING_LAG : DATED_OFFSET;
        int from = posting ? LAG_FROM_DAY : -1;
        double density = 0;
        for (int k = 0; k < weights.length; k++) density += weights[k] * gaussian(delta - (from + k) * DAY, variance);
        double ratio = density * BACKGROUND_DAYS * DAY;
        if (cStated != ClaimFootprint.STATED_UNKNOWN && iFirst > cStated + GRACE_SECONDS) ratio *= AFTER_STATEMENT;
        return ratio;
    }

    private static double gaussian(double x, double variance) {
        return Math.exp(-x * x / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    }

    static double targetRatio(int iMask, int cMask) {
        return iMask == 0 || cMask == 0 ? 1.0 : (iMask & cMask) != 0 ? SAME_TARGET : OTHER_TARGET;
    }

    static double kindRatio(boolean incidentIsStrike) {
        return incidentIsStrike ? 1.0 : UNKNOWN_KIND;
    }

    static boolean isClockTime(Footprint f) {
        return f.datePrecision() == DatePrecision.EXACT_TIME;
    }

    /** Kinds of object hit (incident) or named as target (claim), as a bit set of ordinals. */
    static int kindMask(Footprint f) {
        Set<CivilianObject> kinds = switch (f) {
            case IncidentFootprint i -> i.objectsHit();
            case ClaimFootprint c -> c.targetKinds();
        };
        int mask = 0;
        for (CivilianObject o : kinds) mask |= 1 << o.ordinal();
        return mask;
    }

    static String reason(MatchCandidate c) {
        IncidentFootprint i = c.incident();
        ClaimFootprint cl = c.claim();
        LocationPrecision level = LocationPrecision.forRadiusMetres((int) Math.min(Integer.MAX_VALUE, Math.round(i.radiusKm() * 1000)));
        Likelihood l = likelihood(i, cl, c.distanceKm());
        return km(c.distanceKm()) + " apart (claim error " + km(cl.radiusKm()) + ", incident " + level.label() + "-level "
                + km(i.radiusKm()) + "), " + timePhrase(c) + "; " + targetPhrase(i, cl) + "; " + ratioPhrase(l, i);
    }

    /** "likelihood ratio 31 (place ×12, time ×2.6, target ×1)": the arithmetic a reviewer can redo. */
    static String ratioPhrase(Likelihood l, IncidentFootprint i) {
        return "likelihood ratio " + number(l.ratio()) + " (place ×" + number(l.place()) + ", time ×" + number(l.time())
                + ", target ×" + number(l.target()) + (i.kind().isStrike() ? "" : ", kind unknown ×" + number(l.kind())) + ")";
    }

    static String number(double x) {
        if (x >= 10) return String.format(Locale.ROOT, "%.0f", x);
        if (x >= 1) return trim(String.format(Locale.ROOT, "%.1f", x));
        if (x >= 0.01) return trim(String.format(Locale.ROOT, "%.2f", x));
        return String.format(Locale.ROOT, "%.1g", x);
    }

    private static String trim(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String timePhrase(MatchCandidate c) {
        IncidentFootprint i = c.incident();
        ClaimFootprint cl = c.claim();
        boolean bothClock = i.datePrecision() == DatePrecision.EXACT_TIME && cl.datePrecision() == DatePrecision.EXACT_TIME;
        long off = c.offsetSeconds();
        if (off == 0) {
            if (bothClock) return "same time";
            long day = Math.floorDiv(i.firstSecond(), TimeSpans.DAY_SECONDS);
            if (day == Math.floorDiv(i.lastSecond(), TimeSpans.DAY_SECONDS)
                    && day == Math.floorDiv(cl.firstSecond(), TimeSpans.DAY_SECONDS)
                    && day == Math.floorDiv(cl.lastSecond(), TimeSpans.DAY_SECONDS)) {
                return "same day";
            }
            return "date windows overlap (incident " + i.datePrecision().label() + ", claim " + cl.datePrecision().label() + ")";
        }
        String side = off > 0 ? "after" : "before";
        boolean anyClock = i.datePrecision() == DatePrecision.EXACT_TIME || cl.datePrecision() == DatePrecision.EXACT_TIME;
        if (bothClock || (anyClock && Math.abs(off) < TimeSpans.DAY_SECONDS)) {
            return "claimed strike " + String.format(Locale.ROOT, "%.1f h", Math.abs(c.offsetHours())) + " " + side + " the incident";
        }
        long days = Math.abs(c.offsetDays());
        return "claimed strike " + days + (days == 1 ? " day " : " days ") + side + " the incident";
    }

    private static String targetPhrase(IncidentFootprint i, ClaimFootprint c) {
        String claimed = c.claimedTarget() == null ? "no target claimed" : "claimed '" + c.claimedTarget() + "'";
        if (i.objectsHit().isEmpty()) return claimed + ", no kind of object reported hit";
        String hit = i.objectsHit().stream().sorted().map(MatchScore::objectName).collect(Collectors.joining(", "));
        if (i.objectsHit().size() == 1) {
            String article = "aeiou".indexOf(hit.charAt(0)) >= 0 ? "an " : "a ";
            return claimed + ", " + article + hit + " was hit";
        }
        return claimed + ", hit: " + hit;
    }

    private static String objectName(CivilianObject o) {
        return switch (o) {
            case RESIDENTIAL -> "residential building";
            case MEDICAL -> "medical facility";
            case WATER_AND_POWER -> "water or power facility";
            case OTHER -> "other civilian object";
            default -> o.label();
        };
    }

    private static String km(double km) {
        String s = km >= 10 ? String.format(Locale.ROOT, "%.0f", km) : String.format(Locale.ROOT, "%.1f", km);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " km";
    }
}
