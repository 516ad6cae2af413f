package org.groundtruth.merging;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confidence that two candidate incidents describe one strike, and the reason in words (decision 0522). A sum of
 * log-odds, each term checkable on its own:
 * <ul>
 *   <li>place: how specific the two locations are (two exact geolocations agreeing say much more than two town
 *       centroids) minus how far apart they are against both precisions, {@code σ = √(r₁² + r₂²)};</li>
 *   <li>time: how specific the two windows are (two clock times, two days, a week or more) minus the gap in hours;</li>
 *   <li>objects hit: the same kind of civilian object (more for a specially protected one) or different kinds;</li>
 *   <li>text: share of words (stems) in common when both texts are in the same script and long enough.</li>
 * </ul>
 * The confidence is the logistic of the sum, rounded to three decimals.
 */
public final class MergeScore {
    private static final double BASE = -0.5;

    private MergeScore() {
    }

    public static MergeCandidate candidate(MergeFootprint a, MergeFootprint b, double distanceKm) {
        MergeFootprint lo = a.id() < b.id() ? a : b, hi = lo == a ? b : a;
        long gap = MergeFootprint.gapSeconds(lo, hi);
        double sum = BASE + placeTerm(lo, hi, distanceKm) + timeTerm(lo, hi, gap) + objectTerm(lo, hi) + textTerm(lo, hi);
        double confidence = Math.round(1000.0 / (1 + Math.exp(-sum))) / 1000.0;
        return new MergeCandidate(lo.id(), hi.id(), confidence, distanceKm, gap, reason(lo, hi, distanceKm, gap));
    }

    static double sigmaKm(MergeFootprint a, MergeFootprint b) {
        return Math.max(0.1, Math.sqrt(a.radiusKm() * a.radiusKm() + b.radiusKm() * b.radiusKm()));
    }

    static double placeTerm(MergeFootprint a, MergeFootprint b, double distanceKm) {
        double sigma = sigmaKm(a, b);
        double specificity = Math.max(-1.5, Math.min(2, 2 - 0.6 * Math.log(sigma / 0.14)));
        double q = distanceKm / sigma;
        return specificity - Math.min(4, 1.5 * q * q);
    }

    static double timeTerm(MergeFootprint a, MergeFootprint b, long gapSeconds) {
        long widest = Math.max(a.lastSecond() - a.firstSecond(), b.lastSecond() - b.firstSecond()) + 1;
        double specificity = widest <= 3600 ? 1.5 : widest <= 86_400 ? 0 : widest <= 8 * 86_400 ? -1 : -2;
        return specificity - Math.min(3, gapSeconds / 3600.0);
    }

    static double objectTerm(MergeFootprint a, MergeFootprint b) {
        if (a.objectsHit().isEmpty() || b.objectsHit().isEmpty()) return 0;
        Set<CivilianObject> both = EnumSet.copyOf(a.objectsHit());
        both.retainAll(b.objectsHit());
        if (both.isEmpty()) return -1.5;
        return both.stream().anyMatch(CivilianObject::specificallyProtected) ? 1.5 : 1.0;
    }

    static boolean textsComparable(TextSignature a, TextSignature b) {
        return a.script() == b.script() && a.script() != TextSignature.Script.NONE && a.size() >= 3 && b.size() >= 3;
    }

    static double jaccard(TextSignature a, TextSignature b) {
        int shared = a.shared(b);
        return shared / (double) (a.size() + b.size() - shared);
    }

    static double textTerm(MergeFootprint a, MergeFootprint b) {
        if (!textsComparable(a.text(), b.text())) return 0;
        double j = jaccard(a.text(), b.text());
        return j >= 0.5 ? 2.0 : 4 * j - 0.5;
    }

    static String reason(MergeFootprint a, MergeFootprint b, double distanceKm, long gapSeconds) {
        return placePhrase(a, b, distanceKm) + "; " + timePhrase(a, b, gapSeconds) + "; " + objectPhrase(a, b) + "; " + textPhrase(a, b);
    }

    private static String placePhrase(MergeFootprint a, MergeFootprint b, double distanceKm) {
        String pa = precision(a), pb = precision(b);
        String both = pa.equals(pb) ? "both " + pa : pa + " and " + pb;
        return km(distanceKm) + " apart (" + both + ")";
    }

    private static String precision(MergeFootprint f) {
        LocationPrecision level = LocationPrecision.forRadiusMetres((int) Math.min(Integer.MAX_VALUE, Math.round(f.radiusKm() * 1000)));
        return level.label() + " ±" + km(f.radiusKm());
    }

    private static String timePhrase(MergeFootprint a, MergeFootprint b, long gap) {
        String pa = a.datePrecision().label(), pb = b.datePrecision().label();
        String kinds = pa.equals(pb) ? "both " + pa : pa + " and " + pb;
        if (gap == 0) {
            boolean sameWindow = a.firstSecond() == b.firstSecond() && a.lastSecond() == b.lastSecond();
            String when = sameWindow ? (a.datePrecision() == DatePrecision.EXACT_TIME ? "same time" : "same " + pa) : "times overlap";
            return when + " (" + kinds + ")";
        }
        if (a.datePrecision() == DatePrecision.DAY && b.datePrecision() == DatePrecision.DAY && gap == 1) return "consecutive days (" + kinds + ")";
        return duration(gap) + " apart (" + kinds + ")";
    }

    private static String objectPhrase(MergeFootprint a, MergeFootprint b) {
        if (a.objectsHit().isEmpty() && b.objectsHit().isEmpty()) return "objects hit unknown";
        if (a.objectsHit().isEmpty() || b.objectsHit().isEmpty()) return "objects hit known for one only";
        Set<CivilianObject> both = EnumSet.copyOf(a.objectsHit());
        both.retainAll(b.objectsHit());
        if (!both.isEmpty()) return "both hit " + labels(both);
        return "hit different objects (" + labels(a.objectsHit()) + " / " + labels(b.objectsHit()) + ")";
    }

    private static String labels(Set<CivilianObject> objects) {
        return EnumSet.copyOf(objects).stream().map(CivilianObject::label).collect(Collectors.joining(", "));
    }

    private static String textPhrase(MergeFootprint a, MergeFootprint b) {
        TextSignature ta = a.text(), tb = b.text();
        if (ta.size() == 0 || tb.size() == 0) return ta.size() == 0 && tb.size() == 0 ? "no text" : "text for one only";
        if (ta.script() != tb.script()) return "texts in " + ta.script().language() + " and " + tb.script().language() + ", not compared";
        if (!textsComparable(ta, tb)) return "texts too short to compare";
        int shared = ta.shared(tb);
        int union = ta.size() + tb.size() - shared;
        return ta.script().language() + " texts share " + shared + " of " + union + " words ("
                + Math.round(100.0 * shared / union) + "%)";
    }

    static String km(double km) {
        return km < 10 ? String.format(Locale.ROOT, "%.2f km", km) : String.format(Locale.ROOT, "%.0f km", km);
    }

    static String duration(long seconds) {
        if (seconds < 60) return seconds + " s";
        if (seconds < 3600) return Math.round(seconds / 60.0) + " min";
        if (seconds < 2 * 86_400) return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
        return String.format(Locale.ROOT, "%.1f days", seconds / 86_400.0);
    }
}
