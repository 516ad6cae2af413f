package org.groundtruth.merging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The self-join behind merging (decision 0521): every pair of footprints at most {@code maxDistanceKm} apart whose
 * windows lie at most {@code windowSeconds} apart and whose event kinds may be one event (decision 0218), found
 * without comparing all pairs.
 *
 * <p>Space and time are indexed together: records are sorted by space cell, then by the first second of their
 * window. Cells are latitude rows one search radius high, each row with its own column count so that a column
 * is at least one radius wide at the row's poleward edge; columns wrap at the antimeridian and a circle that
 * holds a pole reads its whole rows. A record looks, in each cell its circle reaches, only at records whose
 * window starts no earlier than its own and no later than its own end plus the window (one binary search, then a
 * contiguous run): each pair is so found once, by the record that starts first (by position on ties), and the
 * second time condition holds by construction. The exact distance test decides.
 */
final class MergeGrid {
    private static final int CHUNK = 4096;
    private static final double MARGIN = 1e-9;

    private final int n;
    private final double cellDeg;
    private final int rows;
    private final double reachRad;
    private final double reachDeg;
    private final long windowSeconds;
    private final double maxDistanceKm;
    // records in (cell, first second, position) order
    private final long[] first;
    private final long[] last;
    private final double[] latRad;
    private final double[] lonRad;
    private final double[] cosLat;
    private final double[] latDeg;
    private final double[] lonDeg;
    private final int[] position;
    private final org.groundtruth.incident.EventKind[] kind; // by slot, like the coordinates
    private final int[] columnsOfRow;
    private final LongIntHash cells;
    private final int[] cellStart; // cell id -> first sorted slot; cellStart[id + 1] ends it

    MergeGrid(List<MergeFootprint> footprints, MergeParameters p) {
        n = footprints.size();
        if (n >= 1 << 29) throw new IllegalArgumentException("at most " + ((1 << 29) - 1) + " footprints in one run");
        maxDistanceKm = p.maxDistanceKm();
        windowSeconds = p.windowSeconds();
        reachRad = p.maxDistanceKm() / org.groundtruth.matching.GreatCircle.EARTH_RADIUS_KM * (1 + MARGIN);
        cellDeg = Math.toDegrees(p.maxDistanceKm() / org.groundtruth.matching.GreatCircle.EARTH_RADIUS_KM);
        reachDeg = Math.toDegrees(reachRad);
        rows = (int) Math.ceil(180 / cellDeg);
        columnsOfRow = new int[rows];
        for (int r = 0; r < rows; r++) {
            double low = -90 + r * cellDeg, high = Math.min(90, low + cellDeg);
            double edge = Math.max(Math.abs(low), Math.abs(high));
            columnsOfRow[r] = Math.max(1, (int) Math.floor(360 * Math.cos(Math.toRadians(edge)) / cellDeg));
        }

        // dense cell ids in order of first sight, and each record's cell
        cells = new LongIntHash(Math.max(16, n / 2));
        int[] cellOf = new int[n];
        int[] count = new int[Math.max(16, n / 2)];
        int cellCount = 0;
        for (int k = 0; k < n; k++) {
            MergeFootprint f = footprints.get(k);
            int row = row(f.lat());
            long key = (long) row << 32 | column(f.lon(), columns(row));
            int id = cells.get(key);
            if (id < 0) {
                id = cellCount++;
                cells.put(key, id);
                if (id == count.length) count = Arrays.copyOf(count, id * 2);
            }
            cellOf[k] = id;
            count[id]++;
        }
        cellStart = new int[cellCount + 1];
        for (int c = 0; c < cellCount; c++) cellStart[c + 1] = cellStart[c] + count[c];
        int[] fill = Arrays.copyOf(cellStart, cellCount);
        long[] keyed = new long[n];
        for (int k = 0; k < n; k++) {
            keyed[fill[cellOf[k]]++] = (footprints.get(k).firstSecond() - MergeFootprint.MIN_SECOND) << 29 | k;
        }
        for (int c = 0; c < cellCount; c++) Arrays.sort(keyed, cellStart[c], cellStart[c + 1]);

        first = new long[n];
        last = new long[n];
        latRad = new double[n];
        lonRad = new double[n];
        cosLat = new double[n];
        latDeg = new double[n];
        lonDeg = new double[n];
        position = new int[n];
        kind = new org.groundtruth.incident.EventKind[n];
        for (int s = 0; s < n; s++) {
            int k = (int) (keyed[s] & ((1 << 29) - 1));
            MergeFootprint f = footprints.get(k);
            position[s] = k;
            kind[s] = f.kind();
            first[s] = f.firstSecond();
            last[s] = f.lastSecond();
            latDeg[s] = f.lat();
            lonDeg[s] = f.lon();
            latRad[s] = Math.toRadians(f.lat());
            lonRad[s] = Math.toRadians(f.lon());
            cosLat[s] = Math.cos(latRad[s]);
        }
    }

    private int row(double lat) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((lat + 90) / cellDeg)));
    }

    /** Columns of a row: at least one radius wide at the row's poleward edge. */
    private int columns(int row) {
        return columnsOfRow[row];
    }

    private static int column(double lon, int columns) {
        return Math.floorMod((int) Math.floor((lon + 180) / 360 * columns), columns);
    }

    /** All pairs, ordered by first then second position. */
    CandidatePairs pairs() {
        return collect().sorted();
    }

    /** With the pairs found by names for records no gazetteer placed (decision 0562). */
    static CandidatePairs.Builder collect(List<MergeFootprint> footprints, MergeParameters p) {
        CandidatePairs.Builder out = new MergeGrid(footprints, p).collect();
        NamedPairs.collect(footprints, p, out);
        return out;
    }

    /** All pairs in no particular order (for clustering, which needs no order). */
    CandidatePairs.Builder collect() {
        int chunks = (n + CHUNK - 1) / CHUNK;
        List<CandidatePairs.Builder> parts = new ArrayList<>(IntStream.range(0, chunks).parallel().mapToObj(c -> {
            CandidatePairs.Builder out = new CandidatePairs.Builder();
            for (int s = c * CHUNK, end = Math.min(n, s + CHUNK); s < end; s++) query(s, out);
            return out;
        }).toList());
        CandidatePairs.Builder all = parts.isEmpty() ? new CandidatePairs.Builder() : parts.getFirst();
        for (int k = 1; k < parts.size(); k++) all.addAll(parts.get(k));
        return all;
    }

    private void query(int s, CandidatePairs.Builder out) {
        double lat = latDeg[s], lon = lonDeg[s];
        if (Double.isNaN(lat)) return; // unplaced: NamedPairs finds its pairs
        int rLo = row(Math.max(-90, lat - reachDeg)), rHi = row(Math.min(90, lat + reachDeg));
        boolean holdsPole = Math.abs(lat) + reachDeg >= 90;
        double dLon = 180;
        if (!holdsPole) {
            double sin = Math.sin(reachRad) / Math.cos(Math.toRadians(lat));
            if (sin < 1) dLon = Math.toDegrees(Math.asin(sin)) * (1 + MARGIN) + 1e-12;
        }
        for (int r = rLo; r <= rHi; r++) {
            int cc = columns(r);
            int cLo, cHi;
            if (dLon >= 180) {
                cLo = 0;
                cHi = cc - 1;
            } else {
                cLo = (int) Math.floor((lon - dLon + 180) / 360 * cc);
                cHi = (int) Math.floor((lon + dLon + 180) / 360 * cc);
                if (cHi - cLo + 1 >= cc) {
                    cLo = 0;
                    cHi = cc - 1;
                }
            }
            for (int c = cLo; c <= cHi; c++) {
                int id = cells.get((long) r << 32 | Math.floorMod(c, cc));
                if (id >= 0) scan(s, cellStart[id], cellStart[id + 1], out);
            }
        }
    }

    /** Records of one cell whose window starts in [first[s], last[s] + window]; the pair is s's when it starts first. */
    private void scan(int s, int from, int to, CandidatePairs.Builder out) {
        long fa = first[s], until = last[s] + windowSeconds;
        int pa = position[s];
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first[mid] < fa) lo = mid + 1;
            else hi = mid;
        }
        for (int t = lo; t < to && first[t] <= until; t++) {
            if (first[t] == fa && position[t] <= pa) continue; // same start: the earlier position owns the pair
            if (!MergeFootprint.kindsMayMerge(kind[s], kind[t])) continue; // a strike and a battle are two events
            if (MergeFootprint.candidateGapSeconds(first[s], last[s], first[t], last[t]) > windowSeconds) continue; // touching days
            double d = Haversine.km(latRad[s], lonRad[s], cosLat[s], latRad[t], lonRad[t], cosLat[t]);
            if (d <= maxDistanceKm) out.add(pa, position[t], d);
        }
    }

    /** Open addressing from a cell key to its dense id; -1 when absent. */
    static final class LongIntHash {
        private long[] keys;
        private int[] values;
        private int size;
        private int mask;

        LongIntHash(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[cap];
            values = new int[cap];
            Arrays.fill(values, -1);
            mask = cap - 1;
        }

        int get(long key) {
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                int v = values[i];
                if (v < 0) return -1;
                if (keys[i] == key) return v;
            }
        }

        void put(long key, int value) {
            if ((size + 1) * 2 > keys.length) grow();
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(values, -1);
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldValues[i] >= 0) put(oldKeys[i], oldValues[i]);
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }
    }
}
