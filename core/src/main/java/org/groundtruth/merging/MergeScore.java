package org.groundtruth.merging;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confidence that two candidate incidents describe one strike, and the reason in words (decisions 0522, 0547, 0548).
 * A sum of log-likelihood ratios, each checkable on its own, then calibrated on labelled pairs:
 * <ul>
 *   <li>place: the density of the distance seen if both records describe one strike, each lying anywhere in its area
 *       (σ² = (r₁² + r₂²) / 4), against unrelated strikes spread over {@value #PLACE_BACKGROUND_KM} km or over the area
 *       the records could lie in, whichever is larger (vague unrelated records are filed at the same centroid too): two
 *       exact geolocations that agree say much, two town or governorate centroids nothing (within ±4);</li>
 *   <li>time: the same for the two windows (uniform, with half an hour of clock error each) against unrelated strikes
 *       spread over a day or the windows, whichever is longer: two clock times minutes apart say much, two days
 *       nothing (within ±4);</li>
 *   <li>objects hit: the same kind of civilian object (more for a specially protected one) or different kinds;</li>
 *   <li>text: share of words (stems) in common when both are in one script; across scripts, the share of numbers and
 *       transliterated names in common; nothing when the two cite a shared source (a roundup's words name every strike
 *       it lists) or when either has no text (absence of text is no evidence against).</li>
 * </ul>
 * The confidence is {@code 1 / (1 + exp(-(Σ wᵢ · termᵢ + INTERCEPT)))}, rounded to three decimals: the weights and
 * intercept were fitted by logistic regression on labelled pairs (UCDP GED's sources as reports, its events as truth,
 * 2016-2017) so that of the proposals at 0.8 about 80% are right (decision 0548; curve on held-back years in
 * docs/accuracy.md). A shared source has no weight of its own: in that set two reports never share one unless they are
 * two events, which is how the set was built, not a rule of the world.
 */
public final class MergeScore {
    static final double PLACE_BACKGROUND_KM = 5;
    /**
     * Weights of the two indicators that stand for the place term when either record is unplaced (decision 0562):
     * the same named place, or only the same area. The area's is fitted like the others on labelled pairs with a third
     * of the reports unplaced (docs/accuracy.md, "Merging"); the named place's fit (+0.94; +0.34 with the crowding term of 0564) is capped at 0, what two
     * centroids of one town say, because in that set every report of an event carries its place name exactly, and a
     * name is never better evidence than the point it would be placed at.
     */
    static final double NAMED_PLACE_WEIGHT = 0;
    static final double NAMED_AREA_WEIGHT = -1.400;
    private static final double DAY = 86_400;
    private static final double CLOCK_ERROR_SECONDS = 1800;
    private static final double TERM_LIMIT = 4;
    /** Weights of the place, time, objects, same-script text and cross-script terms, and the intercept (decision 0548). */
    /**
     * Weight of the crowding term (decision 0564): per distinct strike beyond one that a source reports around the
     * pair's place and day ({@link Crowding}), fitted on the labelled pairs of 2016-2017 with the others.
     */
    static final double CROWDING_WEIGHT = -1.662;
    static final double[] WEIGHTS = {1.0, 1.0, 0.256, 0.673, 1.0, NAMED_PLACE_WEIGHT, NAMED_AREA_WEIGHT, CROWDING_WEIGHT};
    static final double INTERCEPT = 0.823;

    private MergeScore() {
    }

    /**
     * A pair scored without knowing what else lies around it: its crowding term is what the two alone say (a source
     * they both cite reports two strikes; decision 0564).
     */
    public static MergeCandidate candidate(MergeFootprint a, MergeFootprint b, double distanceKm) {
        return candidate(a, b, distanceKm, Crowding.ofPair(a, b));
    }

    /**
     * A pair scored with its crowding term: the distinct strikes beyond one that a source reports around its place and
     * day ({@link Crowding#term}, 0 when none is known).
     */
    static MergeCandidate candidate(MergeFootprint a, MergeFootprint b, double distanceKm, int crowding) {
        MergeFootprint lo = a.id() < b.id() ? a : b, hi = lo == a ? b : a;
        long gap = MergeFootprint.gapSeconds(lo, hi);
        double confidence = Math.round(1000.0 * calibrated(evidence(lo, hi, distanceKm, crowding))) / 1000.0;
        String reason = reason(lo, hi, distanceKm, gap);
        if (crowding > 0) {
            reason += "; a source reports " + (crowding + 1 >= Crowding.CAP ? "at least " : "") + (crowding + 1)
                    + " distinct strikes around this place that day";
        }
        return new MergeCandidate(lo.id(), hi.id(), confidence, distanceKm, gap, reason);
    }

    static double evidence(MergeFootprint a, MergeFootprint b, double distanceKm) {
        return evidence(a, b, distanceKm, Crowding.ofPair(a, b));
    }

    /** The weighted sum of the terms, before the intercept. */
    static double evidence(MergeFootprint a, MergeFootprint b, double distanceKm, int crowding) {
        double[] t = terms(a, b, distanceKm, crowding);
        double sum = 0;
        for (int k = 0; k < t.length; k++) sum += WEIGHTS[k] * t[k];
        return sum;
    }

    /**
     * Place, time, objects hit, text in one script, text across scripts, and for a pair with an unplaced record the
     * place's stand-ins: same named place (1 or 0), same area only (1 or 0); 0 where a term does not apply; and the
     * crowding term of the pair alone.
     */
    static double[] terms(MergeFootprint a, MergeFootprint b, double distanceKm) {
        return terms(a, b, distanceKm, Crowding.ofPair(a, b));
    }

    /** The terms, the last being the crowding term (decision 0564). */
    static double[] terms(MergeFootprint a, MergeFootprint b, double distanceKm, int crowding) {
        boolean shared = a.sharesSourceWith(b);
        double same = !shared && textsComparable(a.text(), b.text()) ? sameScriptTerm(a.text(), b.text()) : 0;
        double cross = !shared && bridgeComparable(a.text(), b.text()) ? crossScriptTerm(a.text(), b.text()) : 0;
        boolean placed = a.placed() && b.placed();
        boolean namedPlace = !placed && sameNamedPlace(a, b);
        return new double[]{placed ? placeTerm(a, b, distanceKm) : 0, timeTerm(a, b), objectTerm(a, b), same, cross,
                namedPlace ? 1 : 0, placed || namedPlace ? 0 : 1, crowding};
    }

    private static boolean sameNamedPlace(MergeFootprint a, MergeFootprint b) {
        return a.names().place() != 0 && a.names().place() == b.names().place();
    }

    /** The confidence: the logistic score of the evidence, mapped through the isotonic calibration (decision 0563). */
    static double calibrated(double evidence) {
        return MergeCalibration.apply(logistic(evidence), 1 / (1 + Math.exp(-(evidence + UNREVIEWED_INTERCEPT))));
    }

    /**
     * The intercept of decision 0548, before the crowding term: above the labelled pairs' last knot the confidence is
     * what the evidence said then (decision 0564), so that a merge applied without a reviewer (0.95) needs the same
     * evidence as before. The crowding term raised the intercept of a pair with nothing around it; the labelled set
     * has no pairs up there (no two geolocated, clock-timed reports) to say whether that holds for sure merges.
     */
    static final double UNREVIEWED_INTERCEPT = -0.857;

    /** Before the isotonic map: what the weights and intercept alone say. */
    static double logistic(double evidence) {
        return 1 / (1 + Math.exp(-(evidence + INTERCEPT)));
    }

    static double sigmaKm(MergeFootprint a, MergeFootprint b) {
        return Math.sqrt(Math.max(0.0025, (a.radiusKm() * a.radiusKm() + b.radiusKm() * b.radiusKm()) / 4));
    }

    static double placeTerm(MergeFootprint a, MergeFootprint b, double distanceKm) {
        double s2 = sigmaKm(a, b) * sigmaKm(a, b);
        // unrelated records as vague as these lie as close as they do: the area they could be in sets the background
        double log = Math.log(Math.max(1, PLACE_BACKGROUND_KM * PLACE_BACKGROUND_KM / (2 * s2))) - distanceKm * distanceKm / (2 * s2);
        return clamp(log);
    }

    static double timeTerm(MergeFootprint a, MergeFootprint b) {
        double wA = a.datePrecision() == DatePrecision.EXACT_TIME ? 0 : a.lastSecond() - a.firstSecond() + 1.0;
        double wB = b.datePrecision() == DatePrecision.EXACT_TIME ? 0 : b.lastSecond() - b.firstSecond() + 1.0;
        double v = (wA * wA + wB * wB) / 12 + 2 * CLOCK_ERROR_SECONDS * CLOCK_ERROR_SECONDS;
        double delta = ((a.firstSecond() + (double) a.lastSecond()) - (b.firstSecond() + (double) b.lastSecond())) / 2;
        double log = Math.log(Math.max(1, DAY / Math.sqrt(2 * Math.PI * v))) - delta * delta / (2 * v);
        return clamp(log);
    }

    private static double clamp(double log) {
        return Math.max(-TERM_LIMIT, Math.min(TERM_LIMIT, log));
    }

    static double objectTerm(MergeFootprint a, MergeFootprint b) {
        if (a.objectsHit().isEmpty() || b.objectsHit().isEmpty()) return 0;
        boolean shared = false;
        for (CivilianObject o : a.objectsHit()) {
            if (!b.objectsHit().contains(o)) continue;
            if (o.specificallyProtected()) return 1.5;
            shared = true;
        }
        return shared ? 1.0 : -1.5;
    }

    static boolean textsComparable(TextSignature a, TextSignature b) {
        return a.script() == b.script() && a.script() != TextSignature.Script.NONE && a.size() >= 3 && b.size() >= 3;
    }

    /** Texts in two scripts compared through their numbers and transliterated names. */
    static boolean bridgeComparable(TextSignature a, TextSignature b) {
        return a.script() != b.script() && a.script() != TextSignature.Script.NONE && b.script() != TextSignature.Script.NONE
                && a.bridgeHashes().length >= 2 && b.bridgeHashes().length >= 2;
    }

    static double jaccard(TextSignature a, TextSignature b) {
        int shared = a.shared(b);
        return shared / (double) (a.size() + b.size() - shared);
    }

    static double bridgeShare(TextSignature a, TextSignature b) {
        return a.sharedBridge(b) / (double) Math.min(a.bridgeHashes().length, b.bridgeHashes().length);
    }

    static double sameScriptTerm(TextSignature a, TextSignature b) {
        double j = jaccard(a, b);
        return j >= 0.5 ? 2.0 : 4 * j - 0.5;
    }

    static double crossScriptTerm(TextSignature a, TextSignature b) {
        return Math.min(1.5, 3 * bridgeShare(a, b) - 0.5);
    }

    static String reason(MergeFootprint a, MergeFootprint b, double distanceKm, long gapSeconds) {
        return placePhrase(a, b, distanceKm) + "; " + timePhrase(a, b, gapSeconds) + "; " + objectPhrase(a, b) + "; " + textPhrase(a, b);
    }

    private static String placePhrase(MergeFootprint a, MergeFootprint b, double distanceKm) {
        if (!a.placed() || !b.placed()) {
            String which = a.placed() || b.placed() ? "one not placed" : "neither placed";
            String killed = a.names().killed().isKnown() && b.names().killed().isKnown()
                    ? ", killed " + a.names().killed().display() + " and " + b.names().killed().display() : "";
            return (sameNamedPlace(a, b) ? "same place name" : "same area, no place named by one") + " (" + which + killed + ")";
        }
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
        if (a.sharesSourceWith(b)) return "both cite a shared source: its words are not counted (a roundup names every strike it lists)";
        if (ta.script() != tb.script()) {
            if (!bridgeComparable(ta, tb)) return "texts in " + ta.script().language() + " and " + tb.script().language() + " with too few numbers or names to compare";
            return ta.script().language() + " and " + tb.script().language() + " texts share " + ta.sharedBridge(tb) + " of "
                    + Math.min(ta.bridgeHashes().length, tb.bridgeHashes().length) + " numbers and transliterated names";
        }
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
