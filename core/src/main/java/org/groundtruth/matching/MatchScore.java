package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Score of a candidate pair, 0..1: the product of a place, a time and a target factor (decision 0501).
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

    public static double score(IncidentFootprint incident, ClaimFootprint claim, double distanceKm, long offsetSeconds) {
        return placeFactor(incident, claim, distanceKm) * timeFactor(incident, claim) * targetFactor(incident, claim);
    }

    static double placeFactor(IncidentFootprint incident, ClaimFootprint claim, double distanceKm) {
        double sigma = Math.max(0.1, Math.hypot(incident.radiusKm(), claim.radiusKm()));
        return Math.exp(-0.5 * (distanceKm / sigma) * (distanceKm / sigma));
    }

    static double timeFactor(IncidentFootprint incident, ClaimFootprint claim) {
        double spanI = spanHours(incident), spanC = spanHours(claim);
        double midI = (incident.firstSecond() + (double) incident.lastSecond()) / 2;
        double midC = (claim.firstSecond() + (double) claim.lastSecond()) / 2;
        double m = Math.abs(midC - midI) / 3600;
        double tau = Math.hypot(spanI / 2 + CLOCK_ERROR_HOURS, spanC / 2 + CLOCK_ERROR_HOURS);
        double vagueness = Math.sqrt(24 / Math.max(24, Math.max(spanI, spanC)));
        return Math.exp(-0.5 * (m / tau) * (m / tau)) * vagueness;
    }

    static double targetFactor(IncidentFootprint incident, ClaimFootprint claim) {
        Set<CivilianObject> named = TargetWords.kindsNamed(claim.claimedTarget());
        if (named.isEmpty() || incident.objectsHit().isEmpty()) return 0.8;
        for (CivilianObject o : incident.objectsHit()) if (named.contains(o)) return 1.0;
        return 0.6;
    }

    private static double spanHours(Footprint f) {
        return (f.lastSecond() - f.firstSecond() + 1) / 3600.0 - (f.datePrecision() == DatePrecision.EXACT_TIME ? 1 / 3600.0 : 0);
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
        String hit = i.objectsHit().stream().sorted().map(CivilianObject::label).collect(Collectors.joining(", "));
        if (i.objectsHit().size() == 1) {
            String article = "aeiou".indexOf(hit.charAt(0)) >= 0 ? "an " : "a ";
            return claimed + ", " + article + hit + " was hit";
        }
        return claimed + ", hit: " + hit;
    }

    private static String km(double km) {
        String s = km >= 10 ? String.format(Locale.ROOT, "%.0f", km) : String.format(Locale.ROOT, "%.1f", km);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " km";
    }
}
