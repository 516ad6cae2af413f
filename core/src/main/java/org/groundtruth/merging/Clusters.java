package org.groundtruth.merging;

/**
 * Connected components of the candidate pairs (union-find with path halving): footprints joined by a chain of
 * pairs form one cluster, labelled by its smallest position.
 */
public final class Clusters {
    private final int[] label;
    private final int clusters;
    private final int multiMemberClusters;

    private Clusters(int[] label) {
        this.label = label;
        int singles = 0, all = 0;
        int[] size = new int[label.length];
        for (int k = 0; k < label.length; k++) size[label[k]]++;
        for (int k = 0; k < label.length; k++) {
            if (size[k] > 0) all++;
            if (size[k] == 1) singles++;
        }
        this.clusters = all;
        this.multiMemberClusters = all - singles;
    }

    static Clusters of(int n, CandidatePairs.Builder pairs) {
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) parent[k] = k;
        pairs.forEach((a, b) -> union(parent, a, b));
        return finish(parent);
    }

    static Clusters of(int n, CandidatePairs pairs) {
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) parent[k] = k;
        for (int k = 0; k < pairs.size(); k++) union(parent, pairs.first(k), pairs.second(k));
        return finish(parent);
    }

    private static Clusters finish(int[] parent) {
        int[] label = new int[parent.length];
        for (int k = 0; k < parent.length; k++) label[k] = find(parent, k);
        return new Clusters(label);
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return;
        // the smaller position becomes the root, so labels are the smallest member
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** Position of the smallest member of the cluster that position {@code k} belongs to. */
    public int label(int k) {
        return label[k];
    }

    public int size() {
        return label.length;
    }

    /** Clusters including single footprints. */
    public int clusters() {
        return clusters;
    }

    /** Clusters of two or more footprints. */
    public int multiMemberClusters() {
        return multiMemberClusters;
    }
}
