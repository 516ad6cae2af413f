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
 * <p>The built part keeps entries ordered by cell, then bucket, with the tested values copied inline: one hash
 * lookup per cell, a search for the first bucket, then one sequential run of entries (decision 0502). Records
 * added later go to a small mutable part searched beside it, so adding a few records does not rebuild anything.
 * Queries may run from several threads at once; additions may not run concurrently with anything.
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
        /** @param offsetSeconds gap between the windows, positive when the claim's lies after the incident's */
        void visit(int index, long id, double distanceKm, double score, long offsetSeconds);
    }

    private final double maxDistanceKm;
    private final long windowSeconds;
    private final long lagSeconds;
    private final long bucketSeconds;
    private final boolean storesIncidents;
    private final double cellLatDeg;
    private final int rows;
    private final int[] colsPerRow;
    private final double[] colWidthDeg;

    private final List<F> records;
    private double[] latRad, lonRad, cosLat, radiusKm;
    private long[] first, last, ids, stated;
    private int[] kindMask;
    private boolean[] clock, strike;

    // Built part, ordered by cell, then bucket: one hash lookup per cell, then the buckets a query covers are one
    // contiguous run of entries (found by binary search), read sequentially.
    private final LongIntMap cellSlots;
    private final int[] cellBucketStart;    // per cell slot: its first bucket run; length cells + 1
    private final long[] runBucketField;    // per bucket run: bucket + BUCKET_OFFSET, or UNBUCKETED (sorts first)
    private final int[] runEntryStart;      // per bucket run: its first entry; length runs + 1
    private final int[] entryRecord;
    // The tested values of each entry, copied in entry order.
    private final double[] entryLatRad, entryLonRad, entryCosLat, entryRadiusKm;
    /** Unit vectors of the entries, for a cheap chord-length pre-test before the exact haversine. */
    private final double[] entryX, entryY, entryZ;
    /** Squared chord of the search radius on the unit sphere, widened by 1e-6 so the pre-test never rejects a pair. */
    private final double maxChordSquared;
    private final long[] entryFirst, entryLast, entryId, entryStated;
    private final int[] entryKindMask;
    private final boolean[] entryClock, entryStrike;

    // Added part: (cell, bucket) -> record numbers, searched beside the built part.
    private final LongIntMap addedCells = new LongIntMap(16);
    private final List<int[]> addedItems = new ArrayList<>();
    private final List<Integer> addedCounts = new ArrayList<>();

    SpaceTimeGrid(MatchParameters parameters, List<F> initial, boolean storesIncidents) {
        this.maxDistanceKm = parameters.maxDistanceKm();
        this.windowSeconds = parameters.windowSeconds();
        this.lagSeconds = parameters.lagSeconds();
        this.bucketSeconds = Math.max(3600, windowSeconds);
        this.storesIncidents = storesIncidents;
        this.cellLatDeg = GreatCircle.latitudeDegrees(maxDistanceKm);
        double halfChord = Math.sin(Math.min(Math.PI, maxDistanceKm / GreatCircle.EARTH_RADIUS_KM) / 2);
        this.maxChordSquared = 4 * halfChord * halfChord * (1 + 1e-6) + 1e-15;
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
        radiusKm = new double[latRad.length];
        ids = new long[latRad.length];
        kindMask = new int[latRad.length];
        clock = new boolean[latRad.length];
        stated = new long[latRad.length];
        strike = new boolean[latRad.length];
        long[] recordCell = new long[n];
        for (int i = 0; i < n; i++) {
            store(i, initial.get(i));
            recordCell[i] = cellOf(initial.get(i).lat(), initial.get(i).lon());
        }

        // 1. count entries per cell (a record has one entry per bucket it covers, or one unbucketed entry)
        cellSlots = new LongIntMap(Math.max(16, n / 4));
        int[] counts = new int[16];
        for (int i = 0; i < n; i++) {
            int slot = cellSlots.getOrAdd(recordCell[i]);
            if (slot == counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
            counts[slot] += bucketSpan(i) > MAX_BUCKETS_PER_RECORD ? 1 : (int) bucketSpan(i);
        }
        int cells = cellSlots.size();
        int[] cellEntryStart = new int[cells + 1];
        for (int c = 0; c < cells; c++) cellEntryStart[c + 1] = cellEntryStart[c] + counts[c];
        int entries = cellEntryStart[cells];
        // 2. place (bucket field << 32 | record) per cell, then sort each cell's slice: bucket order, record order
        long[] packed = new long[entries];
        int[] fill = Arrays.copyOf(cellEntryStart, cells);
        for (int i = 0; i < n; i++) {
            int slot = cellSlots.get(recordCell[i]);
            if (bucketSpan(i) > MAX_BUCKETS_PER_RECORD) {
                packed[fill[slot]++] = (UNBUCKETED << 32) | i;
            } else {
                for (long b = bucketOf(first[i]), b1 = bucketOf(last[i]); b <= b1; b++) packed[fill[slot]++] = ((b + BUCKET_OFFSET) << 32) | i;
            }
        }
        // 3. cut each slice into bucket runs and copy the tested values in entry order
        cellBucketStart = new int[cells + 1];
        long[] runField = new long[Math.max(16, cells)];
        int[] runStart = new int[runField.length + 1];
        int runs = 0;
        entryRecord = new int[entries];
        entryLatRad = new double[entries];
        entryLonRad = new double[entries];
        entryCosLat = new double[entries];
        entryFirst = new long[entries];
        entryLast = new long[entries];
        entryRadiusKm = new double[entries];
        entryX = new double[entries];
        entryY = new double[entries];
        entryZ = new double[entries];
        entryId = new long[entries];
        entryKindMask = new int[entries];
        entryClock = new boolean[entries];
        entryStated = new long[entries];
        entryStrike = new boolean[entries];
        for (int c = 0; c < cells; c++) {
            Arrays.sort(packed, cellEntryStart[c], cellEntryStart[c + 1]);
            cellBucketStart[c] = runs;
            for (int p = cellEntryStart[c]; p < cellEntryStart[c + 1]; p++) {
                long field = packed[p] >>> 32;
                if (p == cellEntryStart[c] || field != runField[runs - 1]) {
                    if (runs == runField.length) {
                        runField = Arrays.copyOf(runField, runs * 2);
                        runStart = Arrays.copyOf(runStart, runs * 2 + 1);
                    }
                    runField[runs] = field;
                    runStart[runs++] = p;
                }
                int i = (int) packed[p];
                entryRecord[p] = i;
                entryLatRad[p] = latRad[i];
                entryLonRad[p] = lonRad[i];
                entryCosLat[p] = cosLat[i];
                entryFirst[p] = first[i];
                entryLast[p] = last[i];
                entryRadiusKm[p] = radiusKm[i];
                entryX[p] = cosLat[i] * Math.cos(lonRad[i]);
                entryY[p] = cosLat[i] * Math.sin(lonRad[i]);
                entryZ[p] = Math.sin(latRad[i]);
                entryId[p] = ids[i];
                entryKindMask[p] = kindMask[i];
                entryClock[p] = clock[i];
                entryStated[p] = stated[i];
                entryStrike[p] = strike[i];
            }
        }
        cellBucketStart[cells] = runs;
        runBucketField = Arrays.copyOf(runField, runs);
        runEntryStart = Arrays.copyOf(runStart, runs + 1);
        runEntryStart[runs] = entries;
    }

    private long bucketSpan(int i) {
        return bucketOf(last[i]) - bucketOf(first[i]) + 1;
    }

    int size() {
        return records.size();
    }

    F get(int index) {
        return records.get(index);
    }

    long id(int index) {
        return ids[index];
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
            radiusKm = Arrays.copyOf(radiusKm, capacity);
            ids = Arrays.copyOf(ids, capacity);
            kindMask = Arrays.copyOf(kindMask, capacity);
            clock = Arrays.copyOf(clock, capacity);
            stated = Arrays.copyOf(stated, capacity);
            strike = Arrays.copyOf(strike, capacity);
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

    /** One query's values, passed down the visiting methods (the grid is queried from several threads at once). */
    private record Probe(double latRad, double lonRad, double cosLat, double x, double y, double z, long first, long last,
                         long firstBucket, double radiusKm, int kindMask, boolean clock, long stated, boolean strike, Visitor visitor) {
    }

    /** Visits every stored record within the distance and time window of the query footprint, each once. */
    void query(Footprint q, Visitor visitor) {
        double qLatRad = Math.toRadians(q.lat());
        // an incident looks for claims up to window + lag after it; a claim for incidents up to window + lag before it
        long before = storesIncidents ? windowSeconds + lagSeconds : windowSeconds;
        long after = storesIncidents ? windowSeconds : windowSeconds + lagSeconds;
        long qb0 = bucketOf(q.firstSecond() - before), qb1 = bucketOf(q.lastSecond() + after);
        double qLonRad = Math.toRadians(q.lon()), qCos = Math.cos(qLatRad);
        Probe probe = new Probe(qLatRad, qLonRad, qCos, qCos * Math.cos(qLonRad), qCos * Math.sin(qLonRad), Math.sin(qLatRad),
                q.firstSecond(), q.lastSecond(), qb0, q.radiusKm(), MatchScore.kindMask(q), MatchScore.isClockTime(q), statedOf(q), strikeOf(q),
                visitor);

        double reachDeg = cellLatDeg * (1 + MARGIN) + MARGIN;
        double latMin = q.lat() - reachDeg, latMax = q.lat() + reachDeg;
        int rowFrom = rowOf(Math.max(-90, latMin)), rowTo = rowOf(Math.min(90, latMax));
        double halfWidthDeg = 360;
        if (latMin > -90 && latMax < 90) {
            double s = Math.sin(Math.toRadians(reachDeg)) / probe.cosLat();
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
                int slot = cellSlots.get(cell);
                if (slot >= 0) visitBuilt(slot, qb0, qb1, probe);
                if (addedCells.size() > 0) {
                    visitAdded(key(cell, UNBUCKETED), NO_BUCKET, probe);
                    for (long b = qb0; b <= qb1; b++) visitAdded(key(cell, b + BUCKET_OFFSET), b, probe);
                }
            }
        }
    }

    private void visitBuilt(int slot, long qb0, long qb1, Probe probe) {
        int k = cellBucketStart[slot], kEnd = cellBucketStart[slot + 1];
        if (k < kEnd && runBucketField[k] == UNBUCKETED) {
            visitEntries(runEntryStart[k], runEntryStart[k + 1], NO_BUCKET, probe);
            k++;
        }
        long toField = qb1 + BUCKET_OFFSET;
        for (k = firstRunFrom(k, kEnd, qb0 + BUCKET_OFFSET); k < kEnd && runBucketField[k] <= toField; k++) {
            visitEntries(runEntryStart[k], runEntryStart[k + 1], runBucketField[k] - BUCKET_OFFSET, probe);
        }
    }

    /**
     * First run in [lo, hi) whose bucket field is at least {@code field}, or hi. Buckets of a cell are spread
     * fairly evenly over time, so a few interpolation steps land close before the binary search; this matters
     * because a cell may hold thousands of runs and each probe is a cache miss.
     */
    private int firstRunFrom(int lo, int hi, long field) {
        long[] f = runBucketField;
        for (int step = 0; step < 3 && hi - lo > 8; step++) {
            long a = f[lo], b = f[hi - 1];
            if (field <= a) return lo;
            if (field > b) return hi;
            int guess = lo + (int) ((double) (field - a) / (b - a) * (hi - 1 - lo));
            if (f[guess] >= field) hi = guess; // the answer lies in [lo, guess]
            else lo = guess + 1;               // the answer lies in [guess + 1, hi]
        }
        int at = Arrays.binarySearch(f, lo, hi, field);
        return at >= 0 ? at : -at - 1;
    }

    /** The cell of a point, as a number whose order follows rows, then columns. */
    long cellOf(Footprint f) {
        return cellOf(f.lat(), f.lon());
    }

    long firstBucketOf(Footprint f) {
        return bucketOf(f.firstSecond());
    }

    private void visitEntries(int from, int to, long bucket, Probe q) {
        for (int p = from; p < to; p++) {
            // A record in several buckets is reported only from the first bucket both it and the query cover.
            if (bucket != NO_BUCKET && bucket != Math.max(bucketOf(entryFirst[p]), q.firstBucket())) continue;
            if (!within(q, entryFirst[p], entryLast[p])) continue;
            double dx = entryX[p] - q.x(), dy = entryY[p] - q.y(), dz = entryZ[p] - q.z();
            if (dx * dx + dy * dy + dz * dz > maxChordSquared) continue; // surely too far; the exact test decides the rest
            double d, score;
            long offset;
            if (storesIncidents) {
                d = GreatCircle.distanceKm(entryLatRad[p], entryLonRad[p], entryCosLat[p], q.latRad(), q.lonRad(), q.cosLat());
                if (d > maxDistanceKm) continue;
                score = MatchScore.score(entryRadiusKm[p], entryFirst[p], entryLast[p], entryClock[p], entryKindMask[p], entryStrike[p],
                        q.radiusKm(), q.first(), q.last(), q.clock(), q.kindMask(), q.stated(), d);
                offset = Pairing.offsetSeconds(entryFirst[p], entryLast[p], q.first(), q.last());
            } else {
                d = GreatCircle.distanceKm(q.latRad(), q.lonRad(), q.cosLat(), entryLatRad[p], entryLonRad[p], entryCosLat[p]);
                if (d > maxDistanceKm) continue;
                score = MatchScore.score(q.radiusKm(), q.first(), q.last(), q.clock(), q.kindMask(), q.strike(),
                        entryRadiusKm[p], entryFirst[p], entryLast[p], entryClock[p], entryKindMask[p], entryStated[p], d);
                offset = Pairing.offsetSeconds(q.first(), q.last(), entryFirst[p], entryLast[p]);
            }
            q.visitor().visit(entryRecord[p], entryId[p], d, score, offset);
        }
    }

    private void visitAdded(long key, long bucket, Probe q) {
        int added = addedCells.get(key);
        if (added < 0) return;
        int[] items = addedItems.get(added);
        for (int p = 0, end = addedCounts.get(added); p < end; p++) {
            int j = items[p];
            if (bucket != NO_BUCKET && bucket != Math.max(bucketOf(first[j]), q.firstBucket())) continue;
            if (!within(q, first[j], last[j])) continue;
            double d, score;
            long offset;
            if (storesIncidents) {
                d = GreatCircle.distanceKm(latRad[j], lonRad[j], cosLat[j], q.latRad(), q.lonRad(), q.cosLat());
                if (d > maxDistanceKm) continue;
                score = MatchScore.score(radiusKm[j], first[j], last[j], clock[j], kindMask[j], strike[j],
                        q.radiusKm(), q.first(), q.last(), q.clock(), q.kindMask(), q.stated(), d);
                offset = Pairing.offsetSeconds(first[j], last[j], q.first(), q.last());
            } else {
                d = GreatCircle.distanceKm(q.latRad(), q.lonRad(), q.cosLat(), latRad[j], lonRad[j], cosLat[j]);
                if (d > maxDistanceKm) continue;
                score = MatchScore.score(q.radiusKm(), q.first(), q.last(), q.clock(), q.kindMask(), q.strike(),
                        radiusKm[j], first[j], last[j], clock[j], kindMask[j], stated[j], d);
                offset = Pairing.offsetSeconds(q.first(), q.last(), first[j], last[j]);
            }
            q.visitor().visit(j, ids[j], d, score, offset);
        }
    }

    private void store(int i, F f) {
        latRad[i] = Math.toRadians(f.lat());
        lonRad[i] = Math.toRadians(f.lon());
        cosLat[i] = Math.cos(latRad[i]);
        first[i] = f.firstSecond();
        last[i] = f.lastSecond();
        radiusKm[i] = f.radiusKm();
        ids[i] = f.id();
        kindMask[i] = MatchScore.kindMask(f);
        clock[i] = MatchScore.isClockTime(f);
        stated[i] = statedOf(f);
        strike[i] = strikeOf(f);
    }

    private static long statedOf(Footprint f) {
        return f instanceof ClaimFootprint c ? c.statedSecond() : ClaimFootprint.STATED_UNKNOWN;
    }

    private static boolean strikeOf(Footprint f) {
        return f instanceof IncidentFootprint i && i.kind().isStrike();
    }

    /** The window test with the query and the stored record in their roles (incident, claim). */
    private boolean within(Probe q, long storedFirst, long storedLast) {
        return storesIncidents
                ? Pairing.withinWindow(storedFirst, storedLast, q.first(), q.last(), windowSeconds, lagSeconds)
                : Pairing.withinWindow(q.first(), q.last(), storedFirst, storedLast, windowSeconds, lagSeconds);
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

}
