package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Score of a candidate pair, 0..1: the product of a place, a time and a target factor (decision 0501), computed
 * with one exponential for place and time together.
 *
 * <ul>
 *   <li>place: {@code exp(-d² / 2σ²)} with σ = √(r_incident² + r_claim²), at least 0.1 km: a distance small against
 *       both records' uncertainty scores near 1.</li>
 *   <li>time: {@code exp(-m² / 2τ²) · √(1 day / longest window)} with m the distance between the windows' midpoints,
 *       τ = √(τ_i² + τ_c²), τ = half the window + 3 h; vague windows (a month) are worth less than a day.</li>
 *   <li>target: 1 when the claimed target names the kind of object hit, 0.6 when it names a different civilian kind,
 *       0.8 otherwise (unknown on either side, or a military target claimed where civilians were hit: that
 *       discrepancy is what investigators look for, not evidence against the match).</li>
 * </ul>
 */
public final class MatchScore {
    private static final double CLOCK_ERROR_HOURS = 3;

    private MatchScore() {
    }

    public static double score(IncidentFootprint incident, ClaimFootprint claim, double distanceKm) {
        return score(incident.radiusKm(), incident.firstSecond(), incident.lastSecond(), isClockTime(incident), kindMask(incident),
                claim.radiusKm(), claim.firstSecond(), claim.lastSecond(), isClockTime(claim), kindMask(claim), distanceKm);
    }

    /** The same from plain values, as the index keeps them; {@code *Mask} are bit sets of {@link CivilianObject} ordinals. */
    static double score(double iRadiusKm, long iFirst, long iLast, boolean iClock, int iMask,
                        double cRadiusKm, long cFirst, long cLast, boolean cClock, int cMask, double distanceKm) {
        double sigma = Math.max(0.1, Math.sqrt(iRadiusKm * iRadiusKm + cRadiusKm * cRadiusKm));
        double spanI = iClock ? 0 : (iLast - iFirst + 1) / 3600.0, spanC = cClock ? 0 : (cLast - cFirst + 1) / 3600.0;
        double midpointsHours = Math.abs((cFirst + (double) cLast) - (iFirst + (double) iLast)) / 2 / 3600;
        double tauI = spanI / 2 + CLOCK_ERROR_HOURS, tauC = spanC / 2 + CLOCK_ERROR_HOURS;
        double tau2 = tauI * tauI + tauC * tauC;
        double longest = Math.max(spanI, spanC);
        double vagueness = longest > 24 ? Math.sqrt(24 / longest) : 1;
        double target = iMask == 0 || cMask == 0 ? 0.8 : (iMask & cMask) != 0 ? 1.0 : 0.6;
        return Math.exp(-0.5 * (distanceKm * distanceKm / (sigma * sigma) + midpointsHours * midpointsHours / tau2)) * vagueness * target;
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
        return km(c.distanceKm()) + " apart (claim error " + km(cl.radiusKm()) + ", incident " + level.label() + "-level "
                + km(i.radiusKm()) + "), " + timePhrase(c) + "; " + targetPhrase(i, cl);
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
