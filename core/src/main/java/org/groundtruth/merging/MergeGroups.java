package org.groundtruth.merging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups instead of pairs (decision 0549): the candidate pairs, scored, are clustered by average linkage within each
 * connected component: two clusters join while the mean confidence over all their pairs of members (a pair that is no
 * candidate counts 0) is at least the link threshold. A chain of likely pairs through a crowded town therefore does
 * not become one incident, as it would by single linkage, and every member of a group is likely one strike with the
 * rest. Each group keeps the spanning tree of its most confident pairs, which is what a merge applies and what the
 * reviewer reads; only those pairs get a reason, so a run with hundreds of thousands of candidate pairs makes a few
 * thousand strings.
 */
public final class MergeGroups {
    /** Join clusters while they are more likely one strike than not. */
    public static final double DEFAULT_LINK_AT = 0.5;

    private MergeGroups() {
    }

    /** The groups of these footprints, most valuable first (ties by smallest member). */
    public static List<MergeGroup> propose(List<MergeFootprint> footprints, MergeParameters p) {
        return propose(footprints, MergeEngine.pairs(footprints, p), DEFAULT_LINK_AT);
    }

    public static List<MergeGroup> propose(List<MergeFootprint> footprints, CandidatePairs pairs, double linkAt) {
        MergeEngine.requireDistinctIds(footprints);
        int n = pairs.size();
        double[] confidence = new double[n];
        int[] distinct = Crowding.distinctAtLeast(footprints, pairs);
        // each pair on its own: scored on every core
        java.util.stream.IntStream.range(0, n).parallel().forEach(k -> {
            MergeFootprint a = footprints.get(pairs.first(k)), b = footprints.get(pairs.second(k));
            int crowding = Crowding.term(distinct[pairs.first(k)], distinct[pairs.second(k)]);
            confidence[k] = Math.round(1000.0 * MergeScore.calibrated(MergeScore.evidence(a, b, pairs.distanceKm(k), crowding))) / 1000.0;
        });
        int[] cluster = cluster(footprints.size(), pairs, confidence, linkAt);
        return groups(footprints, pairs, confidence, cluster, distinct);
    }

    /** Average linkage: a cluster label per footprint position. */
    static int[] cluster(int size, CandidatePairs pairs, double[] confidence, double linkAt) {
        int[] label = new int[size], members = new int[size];
        for (int k = 0; k < size; k++) {
            label[k] = k;
            members[k] = 1;
        }
        List<Map<Integer, Double>> links = new ArrayList<>(size);
        for (int k = 0; k < size; k++) links.add(null);
        for (int k = 0; k < pairs.size(); k++) {
            int a = pairs.first(k), b = pairs.second(k);
            if (links.get(a) == null) links.set(a, new HashMap<>(4));
            if (links.get(b) == null) links.set(b, new HashMap<>(4));
            links.get(a).merge(b, confidence[k], Double::sum);
            links.get(b).merge(a, confidence[k], Double::sum);
        }
        // queue of (mean link, a, b, sizes when queued): stale entries are skipped
        // highest mean first, then by positions (entries hold the smaller position first): no boxing in the comparator
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> {
            int c = Double.compare(y[0], x[0]);
            if (c != 0) return c;
            c = Double.compare(x[1], y[1]);
            return c != 0 ? c : Double.compare(x[2], y[2]);
        });
        for (int a = 0; a < size; a++) {
            if (links.get(a) == null) continue;
            for (var e : links.get(a).entrySet()) {
                if (e.getKey() > a && e.getValue() >= linkAt) queue.add(new double[]{e.getValue(), a, e.getKey(), 1, 1});
            }
        }
        while (!queue.isEmpty()) {
            double[] e = queue.poll();
            int a = (int) e[1], b = (int) e[2];
            if (label[a] != a || label[b] != b || members[a] != (int) e[3] || members[b] != (int) e[4]) continue; // stale
            // join b into a (a keeps the smaller position as its label)
            int keep = Math.min(a, b), gone = Math.max(a, b);
            Map<Integer, Double> into = links.get(keep), from = links.get(gone);
            into.remove(gone);
            from.remove(keep);
            for (var f : from.entrySet()) {
                into.merge(f.getKey(), f.getValue(), Double::sum);
                Map<Integer, Double> other = links.get(f.getKey());
                double sum = other.remove(gone);
                other.merge(keep, sum, Double::sum);
            }
            links.set(gone, null);
            members[keep] += members[gone];
            members[gone] = 0;
            label[gone] = keep;
            for (var f : into.entrySet()) {
                int o = f.getKey();
                double mean = f.getValue() / ((double) members[keep] * members[o]);
                if (mean >= linkAt) queue.add(new double[]{mean, Math.min(keep, o), Math.max(keep, o),
                        members[Math.min(keep, o)], members[Math.max(keep, o)]});
            }
        }
        for (int k = 0; k < size; k++) label[k] = root(label, k);
        return label;
    }

    private static int root(int[] label, int k) {
        while (label[k] != k) {
            label[k] = label[label[k]];
            k = label[k];
        }
        return k;
    }

    /** Per cluster of two or more: its maximum spanning tree over its candidate pairs (Kruskal), scored with reasons. */
    static List<MergeGroup> groups(List<MergeFootprint> footprints, CandidatePairs pairs, double[] confidence, int[] cluster, int[] distinct) {
        Map<Integer, List<Integer>> edges = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            int a = pairs.first(k), b = pairs.second(k);
            if (cluster[a] == cluster[b]) edges.computeIfAbsent(cluster[a], c -> new ArrayList<>()).add(k);
        }
        int[] parent = new int[footprints.size()];
        for (int k = 0; k < parent.length; k++) parent[k] = k;
        List<MergeGroup> out = new ArrayList<>();
        for (List<Integer> es : edges.values()) {
            es.sort(Comparator.comparingDouble((Integer k) -> -confidence[k]).thenComparingInt(k -> k));
            List<MergeCandidate> tree = new ArrayList<>();
            java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
            double weakest = 1;
            for (int k : es) {
                int a = root(parent, pairs.first(k)), b = root(parent, pairs.second(k));
                if (a == b) continue;
                parent[Math.max(a, b)] = Math.min(a, b);
                MergeFootprint fa = footprints.get(pairs.first(k)), fb = footprints.get(pairs.second(k));
                tree.add(MergeScore.candidate(fa, fb, pairs.distanceKm(k), Crowding.term(distinct[pairs.first(k)], distinct[pairs.second(k)])));
                ids.add(fa.id());
                ids.add(fb.id());
                weakest = Math.min(weakest, confidence[k]);
            }
            out.add(new MergeGroup(new ArrayList<>(ids), weakest, (ids.size() - 1) * weakest, tree));
        }
        out.sort(Comparator.comparingDouble((MergeGroup g) -> -g.value()).thenComparingLong(g -> g.incidentIds().get(0)));
        return out;
    }
}
