package org.groundtruth.merging;

import java.util.Arrays;

/**
 * Candidate pairs as plain arrays: positions {@code first[k] < second[k]} into the footprint list they were found
 * in, and their distance. Ordered by first, then second position. Millions of pairs cost little this way.
 */
public final class CandidatePairs {
    private final int[] first;
    private final int[] second;
    private final double[] distanceKm;

    CandidatePairs(int[] first, int[] second, double[] distanceKm) {
        this.first = first;
        this.second = second;
        this.distanceKm = distanceKm;
    }

    public int size() {
        return first.length;
    }

    public int first(int k) {
        return first[k];
    }

    public int second(int k) {
        return second[k];
    }

    public double distanceKm(int k) {
        return distanceKm[k];
    }

    /** Grows while a search runs; {@link #sorted()} makes the ordered result. */
    static final class Builder {
        private long[] packed = new long[1024];
        private double[] dist = new double[1024];
        private int n;

        void add(int a, int b, double d) {
            if (n == packed.length) {
                packed = Arrays.copyOf(packed, n * 2);
                dist = Arrays.copyOf(dist, n * 2);
            }
            int lo = Math.min(a, b), hi = Math.max(a, b);
            packed[n] = (long) lo << 32 | hi;
            dist[n++] = d;
        }

        void addAll(Builder other) {
            for (int k = 0; k < other.n; k++) {
                long p = other.packed[k];
                add((int) (p >>> 32), (int) p, other.dist[k]);
            }
        }

        int size() {
            return n;
        }

        interface PairVisitor {
            void visit(int first, int second);
        }

        void forEach(PairVisitor v) {
            for (int k = 0; k < n; k++) v.visit((int) (packed[k] >>> 32), (int) packed[k]);
        }

        CandidatePairs sorted() {
            // sort the packed keys together with their distances: order an index by key
            long[] keyed = new long[n];
            for (int k = 0; k < n; k++) keyed[k] = packed[k];
            long[] order = new long[n];
            for (int k = 0; k < n; k++) order[k] = k;
            sortBy(keyed, order);
            int[] a = new int[n], b = new int[n];
            double[] d = new double[n];
            for (int k = 0; k < n; k++) {
                a[k] = (int) (keyed[k] >>> 32);
                b[k] = (int) keyed[k];
                d[k] = dist[(int) order[k]];
            }
            return new CandidatePairs(a, b, d);
        }

        /** Sorts keys ascending, moving the companions along (a plain radix sort on the 64-bit keys, 4 passes of 16 bits). */
        private static void sortBy(long[] keys, long[] companions) {
            int n = keys.length;
            long[] k2 = new long[n], c2 = new long[n];
            int[] count = new int[1 << 16];
            for (int shift = 0; shift < 64; shift += 16) {
                Arrays.fill(count, 0);
                for (long key : keys) count[(int) (key >>> shift) & 0xFFFF]++;
                int sum = 0;
                for (int k = 0; k < count.length; k++) {
                    int c = count[k];
                    count[k] = sum;
                    sum += c;
                }
                for (int k = 0; k < n; k++) {
                    int slot = count[(int) (keys[k] >>> shift) & 0xFFFF]++;
                    k2[slot] = keys[k];
                    c2[slot] = companions[k];
                }
                System.arraycopy(k2, 0, keys, 0, n);
                System.arraycopy(c2, 0, companions, 0, n);
            }
        }
    }
}
