package org.groundtruth.intake.evaluation;

import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKindCoding;
import org.groundtruth.intake.interpret.CivilianObjectKeywords;
import org.groundtruth.matching.TimeSpans;
import org.groundtruth.merging.CandidatePairs;
import org.groundtruth.merging.MergeEngine;
import org.groundtruth.merging.MergeFootprint;
import org.groundtruth.merging.MergeGroup;
import org.groundtruth.merging.MergeGroups;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeScoring;
import org.groundtruth.merging.TextNormaliser;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merging on UCDP GED's sources as reports and its events as truth (docs/accuracy/build_merge_set.py). The years
 * 2016-2017 calibrate (the slope and intercept that make the confidence a probability, decision 0548); 2018-2019 are
 * held back and measured: the reliability of the pairs' confidence, and the B-cubed precision, recall and F1 of the
 * groups as proposed with the default settings.
 */
public final class MergingEvaluation {
    public static final String SET = "ucdp-reports";
    static final String REPORTS = "/evaluation/merging/ucdp-reports.csv";
    private static final double[] BINS = {0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0000001};

    private MergingEvaluation() {
    }

    record Labelled(List<MergeFootprint> footprints, long[] truth) {
    }

    public static Figures run() {
        Figures out = new Figures();
        List<Map<String, String>> rows = LabelledSets.csv(REPORTS);
        Labelled train = labelled(rows, true, false), test = labelled(rows, false, false);
        MergeParameters p = MergeParameters.DEFAULT;

        double[] fit = fit(train, p, FITTED, true);
        String[] names = {"place", "time", "objects", "text", "cross-script", "named place", "named area", "crowding", "intercept"};
        for (int i = 0; i < fit.length; i++) out.put(SET, "fitted " + names[i], fit[i]);
        double[] inUse = java.util.Arrays.copyOf(MergeScoring.weights(), fit.length);
        inUse[fit.length - 1] = MergeScoring.intercept();
        out.put(SET, "training pairs one event", trainingShare);
        out.line(String.format("merging %-25s calibration fitted on 2016-2017 (%d reports, %.0f%% of candidate pairs one event): %s (in use: %s)",
                SET, train.footprints().size(), 100 * trainingShare,
                java.util.Arrays.toString(java.util.Arrays.stream(fit).map(v -> Math.round(v * 1000) / 1000.0).toArray()),
                java.util.Arrays.toString(inUse)));

        double[][] knots = isotonic(train, p);
        out.line(String.format("merging %-25s isotonic map fitted on 2016-2017, %d knots (paste into MergeCalibration):%n  SCORE = %s%n"
                + "  ONE_EVENT = %s%n  pairs per knot %s", SET, knots[0].length, javaArray(knots[0]), javaArray(knots[1]), javaArray(knots[2])));
        double gap = 0;
        for (int k = 0; k <= 1000; k++) gap = Math.max(gap, Math.abs(MergeScoring.calibrate(knots, k / 1000.0) - MergeScoring.calibrate(MergeScoring.calibrationKnots(), k / 1000.0)));
        out.put(SET, "isotonic refit gap", gap);
        reliability(out, SET + " logistic only", test, p, MergeScoring::logistic);
        reliability(out, SET + " isotonic refit", test, p, e -> MergeScoring.calibrate(knots, MergeScoring.logistic(e)));
        reliability(out, SET, test, p, MergeScoring::calibrated);
        List<MergeGroup> groups = MergeGroups.propose(test.footprints(), p);
        bcubed(out, SET + " unmerged", test, List.of(), "no merging (every report alone)");
        for (double linkAt : new double[]{0.3, 0.4, 0.6}) {
            CandidatePairs pairs = MergeEngine.pairs(test.footprints(), p);
            bcubed(out, SET + " link " + linkAt, test, MergeGroups.propose(test.footprints(), pairs, linkAt), "groups linked at " + linkAt);
        }
        bcubed(out, SET, test, groups, "groups as proposed (linked at 0.5)");
        namesOnly(out, rows, p);
        return out;
    }

    static final String NAMES_ONLY = SET + " names only";

    /**
     * A third of the reports known by names only (decision 0562): their coordinates removed, their place name,
     * governorate and killed figure kept. The weights of the two stand-ins for the place term are fitted on 2016-2017
     * with the rest fixed; then the groups proposed on 2018-2019, against the groups that leave every unplaced report
     * alone (as before 0562, when they were never proposed).
     */
    static void namesOnly(Figures out, List<Map<String, String>> rows, MergeParameters p) {
        Labelled train = labelled(rows, true, true), test = labelled(rows, false, true);
        double[] fit = fit(train, p, NAMED, false);
        out.put(NAMES_ONLY, "fitted named place", fit[5]);
        out.put(NAMES_ONLY, "fitted named area", fit[6]);
        out.line(String.format("merging %-25s a third of the reports unplaced; stand-ins fitted on 2016-2017: same named place %.3f,"
                + " same area only %.3f (in use: %.3f, %.3f)", NAMES_ONLY, fit[5], fit[6], MergeScoring.weights()[5], MergeScoring.weights()[6]));
        List<MergeFootprint> placed = test.footprints().stream().filter(MergeFootprint::placed).toList();
        bcubed(out, NAMES_ONLY + " unplaced alone", test, MergeGroups.propose(placed, p), "unplaced reports never proposed");
        bcubed(out, NAMES_ONLY, test, MergeGroups.propose(test.footprints(), p), "unplaced reports proposed by names");
        reliability(out, NAMES_ONLY, test, p, MergeScoring::calibrated);
    }

    /** A deterministic third of the reports, by their identifier. */
    private static boolean unplace(String report) {
        return Math.floorMod(MergeFootprint.sourceKey(report), 3) == 0;
    }

    static Labelled labelled(List<Map<String, String>> rows, boolean training, boolean someUnplaced) {
        List<MergeFootprint> fs = new ArrayList<>();
        List<Long> truth = new ArrayList<>();
        long id = 0;
        for (Map<String, String> r : rows) {
            int year = Integer.parseInt(r.get("year"));
            if ((year <= 2017) != training) continue;
            id++;
            LocationPrecision precision = switch (r.get("where_prec")) {
                case "1" -> LocationPrecision.TOWN;
                case "2", "3" -> LocationPrecision.DISTRICT;
                case "4", "5" -> LocationPrecision.GOVERNORATE;
                default -> LocationPrecision.COUNTRY;
            };
            double radiusKm = "2".equals(r.get("where_prec")) ? 25 : precision.typicalRadiusMetres() / 1000.0;
            IncidentDate date = IncidentDate.between(LocalDate.parse(r.get("date_start")), LocalDate.parse(r.get("date_end")));
            String text = r.get("text");
            String killed = r.get("killed");
            MergeFootprint.Names names = MergeFootprint.Names.of(r.get("place"), r.get("adm_1"), "SY",
                    killed == null || killed.isBlank() ? null : CountRange.exactly(Integer.parseInt(killed)));
            boolean unplaced = someUnplaced && unplace(r.get("report"));
            fs.add(new MergeFootprint(id, unplaced ? Double.NaN : Double.parseDouble(r.get("lat")), unplaced ? Double.NaN : Double.parseDouble(r.get("lon")), radiusKm,
                    TimeSpans.firstSecond(date), TimeSpans.lastSecond(date), date.precision(), text == null ? null : CivilianObjectKeywords.detect(text),
                    text == null ? null : TextNormaliser.signature(text), EventKindCoding.ucdp(r.get("type_of_violence"), r.get("side_a"), r.get("side_b"), text),
                    new long[]{MergeFootprint.sourceKey(r.get("source"))}, names));
            truth.add(Long.parseLong(r.get("event")));
        }
        return new Labelled(fs, truth.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * The terms whose weights this set can calibrate: objects hit, same-script text and crowding (decision 0564; and
     * the intercept).
     */
    static final int[] FITTED = {2, 3, 7};
    /** The stand-ins for the place term when a report is unplaced: same named place, same area only. */
    static final int[] NAMED = {5, 6};

    /**
     * Logistic regression of "same event" on the score's terms over the candidate pairs (Newton's method with a small
     * ridge), for the weights this set can tell: objects hit, same-script text and the intercept. Place and time keep
     * weight 1 (they are log-likelihood ratios by construction, and in this set the reports of one event share its place
     * and date exactly, which would teach nothing true); the cross-script term keeps 1 (the set is in English only).
     * Returns every weight, then the intercept.
     */
    static double[] fit(Labelled set, MergeParameters p, int[] fitted, boolean withIntercept) {
        CandidatePairs pairs = MergeEngine.pairs(set.footprints(), p);
        int[] crowding = crowding(set, pairs);
        double[] fixed = MergeScoring.weights();
        int n = pairs.size(), m = fitted.length + 1;
        double[][] x = new double[n][];
        double[] offset = new double[n];
        boolean[] y = new boolean[n];
        for (int k = 0; k < n; k++) {
            double[] t = MergeScoring.terms(set.footprints().get(pairs.first(k)), set.footprints().get(pairs.second(k)), pairs.distanceKm(k), crowding[k]);
            x[k] = new double[m];
            for (int i = 0; i < fitted.length; i++) x[k][i] = t[fitted[i]];
            x[k][m - 1] = withIntercept ? 1 : 0;
            if (!withIntercept) offset[k] += MergeScoring.intercept();
            for (int i = 0; i < t.length; i++) if (!fitted(fitted, i)) offset[k] += fixed[i] * t[i];
            y[k] = set.truth()[pairs.first(k)] == set.truth()[pairs.second(k)];
        }
        int positives = 0;
        for (boolean same : y) if (same) positives++;
        trainingShare = n == 0 ? 0 : positives / (double) n;
        double[] w = new double[m];
        for (int it = 0; it < 100; it++) {
            double[] g = new double[m];
            double[][] h = new double[m][m];
            for (int i = 0; i < m; i++) {
                g[i] = -RIDGE * w[i];
                h[i][i] = RIDGE;
            }
            for (int k = 0; k < n; k++) {
                double z = offset[k];
                for (int i = 0; i < m; i++) z += w[i] * x[k][i];
                double q = 1 / (1 + Math.exp(-z)), r = (y[k] ? 1 : 0) - q, v = q * (1 - q);
                for (int i = 0; i < m; i++) {
                    g[i] += r * x[k][i];
                    for (int j = 0; j < m; j++) h[i][j] += v * x[k][i] * x[k][j];
                }
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int i = 0; i < m; i++) {
                w[i] += step[i];
                size += Math.abs(step[i]);
            }
            if (size < 1e-10) break;
        }
        double[] all = java.util.Arrays.copyOf(fixed, fixed.length + 1);
        for (int i = 0; i < fitted.length; i++) all[fitted[i]] = w[i];
        all[fixed.length] = withIntercept ? w[m - 1] : MergeScoring.intercept();
        return all;
    }

    /** The crowding term of each candidate pair, as the engine computes it from every record around (decision 0564). */
    static int[] crowding(Labelled set, CandidatePairs pairs) {
        int[] distinct = MergeScoring.distinctAround(set.footprints(), pairs), out = new int[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) out[k] = MergeScoring.crowding(distinct[pairs.first(k)], distinct[pairs.second(k)]);
        return out;
    }

    private static boolean fitted(int[] fitted, int term) {
        for (int f : fitted) if (f == term) return true;
        return false;
    }

    private static final double RIDGE = 1.0;
    /** Share of the training pairs that are one event (the base rate the intercept learns). */
    private static double trainingShare;

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r == c || m[c][c] == 0) continue;
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        return out;
    }

    /** Of the held-back candidate pairs at each confidence, the share that are one event. */
    /**
     * Isotonic regression (pool adjacent violators) of "one event" on the logistic score over the candidate pairs:
     * pairs of equal score pooled first, then neighbouring blocks while a block's share exceeds the next one's. Returns
     * the blocks' mean scores and shares, rounded to three decimals (decision 0563).
     */
    static double[][] isotonic(Labelled set, MergeParameters p) {
        CandidatePairs pairs = MergeEngine.pairs(set.footprints(), p);
        int[] crowding = crowding(set, pairs);
        int n = pairs.size();
        double[][] scored = new double[n][];
        for (int k = 0; k < n; k++) {
            double s = Math.round(1e6 * MergeScoring.logistic(MergeScoring.evidence(set.footprints().get(pairs.first(k)),
                    set.footprints().get(pairs.second(k)), pairs.distanceKm(k), crowding[k]))) / 1e6;
            scored[k] = new double[]{s, set.truth()[pairs.first(k)] == set.truth()[pairs.second(k)] ? 1 : 0};
        }
        java.util.Arrays.sort(scored, java.util.Comparator.comparingDouble((double[] x) -> x[0]));
        // blocks as (sum of scores, sum of labels, count), on a stack
        List<double[]> blocks = new ArrayList<>();
        for (int k = 0; k < n; ) {
            double sx = 0, sy = 0;
            int c = 0, j = k;
            for (; j < n && scored[j][0] == scored[k][0]; j++, c++) {
                sx += scored[j][0];
                sy += scored[j][1];
            }
            k = j;
            blocks.add(new double[]{sx, sy, c});
            while (blocks.size() > 1) {
                double[] b = blocks.get(blocks.size() - 1), a = blocks.get(blocks.size() - 2);
                if (a[1] / a[2] < b[1] / b[2]) break;
                blocks.remove(blocks.size() - 1);
                a[0] += b[0];
                a[1] += b[1];
                a[2] += b[2];
            }
        }
        // a block's share with half a pair of each kind added (a block of 12 pairs all one event says 0.96, not 1),
        // kept non-decreasing
        double[] score = new double[blocks.size()], share = new double[blocks.size()], count = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            score[b] = Math.round(1000 * blocks.get(b)[0] / blocks.get(b)[2]) / 1000.0;
            double smoothed = Math.max(b == 0 ? 0 : share[b - 1], (blocks.get(b)[1] + 0.5) / (blocks.get(b)[2] + 1));
            share[b] = Math.round(1000 * smoothed) / 1000.0;
            count[b] = blocks.get(b)[2];
        }
        return new double[][]{score, share, count};
    }

    private static String javaArray(double[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int k = 0; k < values.length; k++) b.append(k == 0 ? "" : ", ").append(values[k]);
        return b.append("}").toString();
    }

    static void reliability(Figures out, String name, Labelled set, MergeParameters p, java.util.function.DoubleUnaryOperator confidence) {
        CandidatePairs pairs = MergeEngine.pairs(set.footprints(), p);
        int[] crowding = crowding(set, pairs);
        int[] binN = new int[BINS.length - 1], binRight = new int[BINS.length - 1];
        double[] binP = new double[BINS.length - 1];
        int positives = 0;
        double brier = 0, ece = 0;
        for (int k = 0; k < pairs.size(); k++) {
            double c = confidence.applyAsDouble(MergeScoring.evidence(set.footprints().get(pairs.first(k)),
                    set.footprints().get(pairs.second(k)), pairs.distanceKm(k), crowding[k]));
            boolean same = set.truth()[pairs.first(k)] == set.truth()[pairs.second(k)];
            if (same) positives++;
            brier += (c - (same ? 1 : 0)) * (c - (same ? 1 : 0));
            for (int b = 0; b < binN.length; b++) {
                if (c >= BINS[b] && c < BINS[b + 1]) {
                    binN[b]++;
                    binP[b] += c;
                    if (same) binRight[b]++;
                }
            }
        }
        StringBuilder curve = new StringBuilder(String.format("merging %-25s held-back pairs %d (%d of one event), reliability"
                + " (confidence: pairs, mean, share one event):", name, pairs.size(), positives));
        for (int b = 0; b < binN.length; b++) {
            double mean = binN[b] == 0 ? 0 : binP[b] / binN[b], share = binN[b] == 0 ? 0 : binRight[b] / (double) binN[b];
            ece += binN[b] * Math.abs(mean - share);
            curve.append(String.format("  [%.1f,%.1f) %d %.2f %.2f", BINS[b], Math.min(1, BINS[b + 1]), binN[b], mean, share));
            out.put(name, String.format("reliability %.1f-%.1f mean", BINS[b], Math.min(1, BINS[b + 1])), mean);
            out.put(name, String.format("reliability %.1f-%.1f right", BINS[b], Math.min(1, BINS[b + 1])), share);
            out.put(name, String.format("reliability %.1f-%.1f n", BINS[b], Math.min(1, BINS[b + 1])), binN[b]);
        }
        out.put(name, "held-back pairs", pairs.size());
        out.put(name, "expected calibration error", pairs.size() == 0 ? 0 : ece / pairs.size());
        out.put(name, "brier", pairs.size() == 0 ? 0 : brier / pairs.size());
        out.line(curve + String.format("; expected calibration error %.3f", out.require(name, "expected calibration error")));
        if (Boolean.getBoolean("groundtruth.evaluation.examples")) {
            int[][] kinds = new int[4][2];
            for (int k = 0; k < pairs.size(); k++) {
                MergeFootprint a = set.footprints().get(pairs.first(k)), b = set.footprints().get(pairs.second(k));
                int kind = a.sharesSourceWith(b) ? 0 : MergeScoring.terms(a, b, pairs.distanceKm(k))[3] != 0 ? 1 : 2;
                boolean same = set.truth()[pairs.first(k)] == set.truth()[pairs.second(k)];
                kinds[kind][same ? 1 : 0]++;
            }
            out.line(String.format("  pairs sharing a source %d (one event %d); texts compared %d (%d); texts not compared %d (%d)",
                    kinds[0][0] + kinds[0][1], kinds[0][1], kinds[1][0] + kinds[1][1], kinds[1][1], kinds[2][0] + kinds[2][1], kinds[2][1]));
        }
    }

    /** B-cubed precision and recall of a grouping against the truth, over every report (singletons included). */
    static void bcubed(Figures out, String set, Labelled labelled, List<MergeGroup> groups, String what) {
        int n = labelled.footprints().size();
        Map<Long, Integer> position = new HashMap<>();
        for (int k = 0; k < n; k++) position.put(labelled.footprints().get(k).id(), k);
        int[] cluster = new int[n];
        for (int k = 0; k < n; k++) cluster[k] = -1 - k;
        for (int g = 0; g < groups.size(); g++) for (long id : groups.get(g).incidentIds()) cluster[position.get(id)] = g;
        Map<Integer, Integer> clusterSize = new HashMap<>();
        Map<Long, Integer> truthSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int k = 0; k < n; k++) {
            clusterSize.merge(cluster[k], 1, Integer::sum);
            truthSize.merge(labelled.truth()[k], 1, Integer::sum);
            both.merge(cluster[k] + "|" + labelled.truth()[k], 1, Integer::sum);
        }
        double precision = 0, recall = 0;
        for (int k = 0; k < n; k++) {
            int common = both.get(cluster[k] + "|" + labelled.truth()[k]);
            precision += common / (double) clusterSize.get(cluster[k]);
            recall += common / (double) truthSize.get(labelled.truth()[k]);
        }
        precision /= n;
        recall /= n;
        double f1 = 2 * precision * recall / (precision + recall);
        out.put(set, "b-cubed precision", precision);
        out.put(set, "b-cubed recall", recall);
        out.put(set, "b-cubed f1", f1);
        out.put(set, "groups", groups.size());
        out.line(String.format("merging %-25s %s on 2018-2019 (%d reports of %d events): %d groups, B-cubed precision %.3f recall %.3f F1 %.3f",
                set, what, n, truthSize.size(), groups.size(), precision, recall, f1));
    }
}
