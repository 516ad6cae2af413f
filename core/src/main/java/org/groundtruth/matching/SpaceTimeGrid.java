package org.groundtruth.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Index of footprints keyed on (cell row, cell column, time bucket), with cells about one search radius wide
 * and buckets about one time window long, so that a query visits a 3 x 3 block of cells over a few buckets.
 *
 * <p>Rows are bands of latitude one search radius high. Each row has its own number of columns, fewer towards
 * the poles, so that a column is at least one radius wide at the row's poleward edge (longitude degrees shrink
 * with the cosine of latitude). A query takes, per row, the columns covering the longitude half-width
 * {@code asin(sin δ / cos φ)} of its search circle, wrapping across the antimeridian, or the whole row when the
 * circle contains a pole. Records whose time window spans more than {@link #MAX_BUCKETS_PER_RECORD} buckets
 * (a month, a year) go to a per-cell list without a bucket, visited by every query of that cell.
 *
 * <p>The built part is a compact array (cells → slices of record numbers); records added later go to a small
 * mutable part searched beside it, so adding a few records does not rebuild anything.
 */
final class SpaceTimeGrid<F extends Footprint> {
    static final int MAX_BUCKETS_PER_RECORD = 16;
    private static final int FIELD_BITS = 20;
    private static final int MAX_CELLS_PER_ROW = (1 << FIELD_BITS) - 1;
    private static final long BUCKET_OFFSET = 1L << 22;
    private static final long UNBUCKETED = 0;
    private static final double MARGIN = 1e-9;
    private static final long NO_BUCKET = Long.MIN_VALUE;

    /** Receives each stored record that passed the time and distance tests. */
    interface Visitor {
        void visit(int index, double distanceKm);
    }

    private final double maxDistanceKm;
    private final long windowSeconds;
    private final long bucketSeconds;
    private final boolean storesIncidents;
    private final double cellLatDeg;
    private final int rows;
    private final int[] colsPerRow;
    private final double[] colWidthDeg;

    private final List<F> records;
    private double[] latRad, lonRad, cosLat;
    private long[] first, last;

    private final LongIntMap baseCells;
    private final int[] baseStart;
    private final int[] baseItems;
    private final LongIntMap addedCells = new LongIntMap(16);
    private final List<int[]> addedItems = new ArrayList<>();
    private final List<Integer> addedCounts = new ArrayList<>();

    SpaceTimeGrid(MatchParameters parameters, List<F> initial, boolean storesIncidents) {
        this.maxDistanceKm = parameters.maxDistanceKm();
        this.windowSeconds = parameters.windowSeconds();
        this.bucketSeconds = Math.max(3600, windowSeconds);
        this.storesIncidents = storesIncidents;
        this.cellLatDeg = GreatCircle.latitudeDegrees(maxDistanceKm);
        this.rows = (int) Math.floor(180 / cellLatDeg) + 1;
        this.colsPerRow = new int[rows];
        this.colWidthDeg = new double[rows];
        for (int r = 0; r < rows; r++) {
            double low = -90 + r * cellLatDeg, high = Math.min(90, low + cellLatDeg);
            double poleward = Math.min(90, Math.max(Math.abs(low), Math.abs(high)));
            double cols = Math.floor(360 * Math.cos(Math.toRadians(poleward)) / cellLatDeg);
            colsPerRow[r] = (int) Math.max(1, Math.min(MAX_CELLS_PER_ROW, cols));
            colWidthDeg[r] = 360.0 / colsPerRow[r];
        }

        int n = initial.size();
        this.records = new ArrayList<>(initial);
        latRad = new double[Math.max(16, n)];
        lonRad = new double[latRad.length];
        cosLat = new double[latRad.length];
        first = new long[latRad.length];
        last = new long[latRad.length];
        for (int i = 0; i < n; i++) store(i, initial.get(i));

        // Compact build: count per cell, prefix sums, fill. Record numbers come out ascending within a cell.
        baseCells = new LongIntMap(n);
        int[] counts = new int[Math.max(16, n)];
        for (int i = 0; i < n; i++) {
            long b0 = bucketOf(first[i]), b1 = bucketOf(last[i]);
            long cell = cellOf(initial.get(i).lat(), initial.get(i).lon());
            if (b1 - b0 + 1 > MAX_BUCKETS_PER_RECORD) {
                counts = increment(counts, baseCells.getOrAdd(key(cell, UNBUCKETED)));
            } else {
                for (long b = b0; b <= b1; b++) counts = increment(counts, baseCells.getOrAdd(key(cell, b + BUCKET_OFFSET)));
            }
        }
        int cells = baseCells.size();
        baseStart = new int[cells + 1];
        for (int s = 0; s < cells; s++) baseStart[s + 1] = baseStart[s] + counts[s];
        baseItems = new int[baseStart[cells]];
        int[] fill = Arrays.copyOf(baseStart, cells);
        for (int i = 0; i < n; i++) {
            long b0 = bucketOf(first[i]), b1 = bucketOf(last[i]);
            long cell = cellOf(initial.get(i).lat(), initial.get(i).lon());
            if (b1 - b0 + 1 > MAX_BUCKETS_PER_RECORD) {
                baseItems[fill[baseCells.get(key(cell, UNBUCKETED))]++] = i;
            } else {
                for (long b = b0; b <= b1; b++) baseItems[fill[baseCells.get(key(cell, b + BUCKET_OFFSET))]++] = i;
            }
        }
    }

    int size() {
        return records.size();
    }

    F get(int index) {
        return records.get(index);
    }

    /** Adds one record to the mutable part; returns its record number. */
    int add(F f) {
        int i = records.size();
        records.add(f);
        if (i == latRad.length) {
            int capacity = latRad.length * 2;
            latRad = Arrays.copyOf(latRad, capacity);
            lonRad = Arrays.copyOf(lonRad, capacity);
            cosLat = Arrays.copyOf(cosLat, capacity);
            first = Arrays.copyOf(first, capacity);
            last = Arrays.copyOf(last, capacity);
        }
        store(i, f);
        long b0 = bucketOf(first[i]), b1 = bucketOf(last[i]);
        long cell = cellOf(f.lat(), f.lon());
        if (b1 - b0 + 1 > MAX_BUCKETS_PER_RECORD) {
            addItem(key(cell, UNBUCKETED), i);
        } else {
            for (long b = b0; b <= b1; b++) addItem(key(cell, b + BUCKET_OFFSET), i);
        }
        return i;
    }

    /** Visits every stored record within the distance and time window of the query footprint, each once. */
    void query(Footprint q, Visitor visitor) {
        double qLatRad = Math.toRadians(q.lat()), qLonRad = Math.toRadians(q.lon()), qCos = Math.cos(qLatRad);
        long qFirst = q.firstSecond(), qLast = q.lastSecond();
        long qb0 = bucketOf(qFirst - windowSeconds), qb1 = bucketOf(qLast + windowSeconds);

        double reachDeg = cellLatDeg * (1 + MARGIN) + MARGIN;
        double latMin = q.lat() - reachDeg, latMax = q.lat() + reachDeg;
        int rowFrom = rowOf(Math.max(-90, latMin)), rowTo = rowOf(Math.min(90, latMax));
        double halfWidthDeg = 360;
        if (latMin > -90 && latMax < 90) {
            double s = Math.sin(Math.toRadians(reachDeg)) / qCos;
            if (s < 1) halfWidthDeg = Math.toDegrees(Math.asin(s)) * (1 + MARGIN) + MARGIN;
        }
        for (int r = rowFrom; r <= rowTo; r++) {
            int n = colsPerRow[r];
            long cLo, cHi;
            if (halfWidthDeg >= 180) {
                cLo = 0;
                cHi = n - 1;
            } else {
                cLo = (long) Math.floor((q.lon() - halfWidthDeg + 180) / colWidthDeg[r]);
                cHi = (long) Math.floor((q.lon() + halfWidthDeg + 180) / colWidthDeg[r]);
                if (cHi - cLo + 1 >= n) {
                    cLo = 0;
                    cHi = n - 1;
                }
            }
            for (long c = cLo; c <= cHi; c++) {
                long cell = ((long) r << FIELD_BITS) | Math.floorMod(c, n);
                visitCell(key(cell, UNBUCKETED), NO_BUCKET, qb0, qLatRad, qLonRad, qCos, qFirst, qLast, visitor);
                for (long b = qb0; b <= qb1; b++) {
                    visitCell(key(cell, b + BUCKET_OFFSET), b, qb0, qLatRad, qLonRad, qCos, qFirst, qLast, visitor);
                }
            }
        }
    }

    private void visitCell(long key, long bucket, long qb0, double qLatRad, double qLonRad, double qCos, long qFirst, long qLast,
                           Visitor visitor) {
        int slot = baseCells.get(key);
        if (slot >= 0) {
            for (int p = baseStart[slot], end = baseStart[slot + 1]; p < end; p++) {
                test(baseItems[p], bucket, qb0, qLatRad, qLonRad, qCos, qFirst, qLast, visitor);
            }
        }
        if (addedCells.size() > 0) {
            int added = addedCells.get(key);
            if (added >= 0) {
                int[] items = addedItems.get(added);
                for (int p = 0, end = addedCounts.get(added); p < end; p++) {
                    test(items[p], bucket, qb0, qLatRad, qLonRad, qCos, qFirst, qLast, visitor);
                }
            }
        }
    }

    private void test(int j, long bucket, long qb0, double qLatRad, double qLonRad, double qCos, long qFirst, long qLast,
                      Visitor visitor) {
        // A record in several buckets is reported only from the first bucket both it and the query cover.
        if (bucket != NO_BUCKET && bucket != Math.max(bucketOf(first[j]), qb0)) return;
        if (!Pairing.withinWindow(qFirst, qLast, first[j], last[j], windowSeconds)) return;
        double d = storesIncidents
                ? GreatCircle.distanceKm(latRad[j], lonRad[j], cosLat[j], qLatRad, qLonRad, qCos)
                : GreatCircle.distanceKm(qLatRad, qLonRad, qCos, latRad[j], lonRad[j], cosLat[j]);
        if (d <= maxDistanceKm) visitor.visit(j, d);
    }

    private void store(int i, F f) {
        latRad[i] = Math.toRadians(f.lat());
        lonRad[i] = Math.toRadians(f.lon());
        cosLat[i] = Math.cos(latRad[i]);
        first[i] = f.firstSecond();
        last[i] = f.lastSecond();
    }

    private void addItem(long key, int i) {
        int slot = addedCells.getOrAdd(key);
        if (slot == addedItems.size()) {
            addedItems.add(new int[4]);
            addedCounts.add(0);
        }
        int count = addedCounts.get(slot);
        int[] items = addedItems.get(slot);
        if (count == items.length) addedItems.set(slot, items = Arrays.copyOf(items, count * 2));
        items[count] = i;
        addedCounts.set(slot, count + 1);
    }

    private long bucketOf(long second) {
        return Math.floorDiv(second, bucketSeconds);
    }

    private int rowOf(double lat) {
        return (int) Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / cellLatDeg)));
    }

    private long cellOf(double lat, double lon) {
        int r = rowOf(lat);
        int c = Math.floorMod((long) Math.floor((lon + 180) / colWidthDeg[r]), colsPerRow[r]);
        return ((long) r << FIELD_BITS) | c;
    }

    private static long key(long cell, long bucketField) {
        return (bucketField << (2 * FIELD_BITS)) | cell;
    }

    private static int[] increment(int[] counts, int slot) {
        if (slot == counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
        counts[slot]++;
        return counts;
    }
}
