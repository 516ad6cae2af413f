package org.groundtruth.attribution;

import org.groundtruth.matching.GreatCircle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which parties were active near a place and time, learned from the store's own attributed incidents. A grid keyed
 * on space and time together (cells of the radius in latitude degrees, buckets of the window in days), so that a
 * question looks at a few cells instead of every incident; {@link ActivityScan} is its brute-force oracle.
 *
 * <p>A record counts when it lies within {@code radiusKm} (great circle) and its day within {@code windowDays}
 * of the incident's date window, both edges included, and it is not the incident asked about.
 */
public final class ActivityIndex {
    private final double radiusKm;
    private final int windowDays;
    private final double cellDegrees;
    private final int lonCells;
    private final Map<Long, List<ActivityRecord>> cells = new HashMap<>();
    private int size;

    public ActivityIndex(double radiusKm, int windowDays) {
        if (!(radiusKm > 0) || radiusKm > 500) throw new IllegalArgumentException("activity radius " + radiusKm + " km is outside (0, 500]");
        if (windowDays < 0 || windowDays > 366) throw new IllegalArgumentException("activity window " + windowDays + " days is outside 0..366");
        this.radiusKm = radiusKm;
        this.windowDays = windowDays;
        this.cellDegrees = Math.toDegrees(radiusKm / GreatCircle.EARTH_RADIUS_KM);
        this.lonCells = (int) Math.ceil(360 / cellDegrees);
    }

    public static ActivityIndex of(List<ActivityRecord> records, double radiusKm, int windowDays) {
        ActivityIndex index = new ActivityIndex(radiusKm, windowDays);
        for (ActivityRecord r : records) index.add(r);
        return index;
    }

    public double radiusKm() {
        return radiusKm;
    }

    public int windowDays() {
        return windowDays;
    }

    public int size() {
        return size;
    }

    public void add(ActivityRecord r) {
        cells.computeIfAbsent(key(latCell(r.lat()), lonCell(r.lon()), timeBucket(r.day().toEpochDay())), k -> new ArrayList<>(4)).add(r);
        size++;
    }

    /** Parties active within the radius of the point and the window of the days {@code first..last}. */
    public ActivityCounts near(long incidentId, double lat, double lon, LocalDate first, LocalDate last) {
        long fromDay = first.toEpochDay() - windowDays, toDay = last.toEpochDay() + windowDays;
        double dLat = cellDegrees + 1e-9; // a hair wider than the radius so that rounding never loses an edge record
        int latFrom = latCell(Math.max(-90, lat - dLat)), latTo = latCell(Math.min(90, lat + dLat));
        // both points lie within |lat| + dLat of the equator, so sin(dLon/2) <= sin(d/2R) / cos(that latitude)
        double cos = Math.cos(Math.toRadians(Math.min(90, Math.abs(lat) + dLat)));
        double ratio = Math.sin(radiusKm / GreatCircle.EARTH_RADIUS_KM / 2) / cos;
        double dLon = cos < 1e-9 || ratio >= 1 ? 360 : Math.toDegrees(2 * Math.asin(ratio)) + 1e-9;
        int lonFrom, lonTo;
        if (dLon >= 180) {
            lonFrom = 0;
            lonTo = lonCells - 1;
        } else {
            lonFrom = (int) Math.floor((lon - dLon + 180) / cellDegrees);
            lonTo = (int) Math.floor((lon + dLon + 180) / cellDegrees);
        }
        EnumMap<Party, Integer> counts = new EnumMap<>(Party.class);
        int incidents = 0;
        long bucketFrom = Math.floorDiv(fromDay, bucketDays()), bucketTo = Math.floorDiv(toDay, bucketDays());
        java.util.Set<Integer> seenLon = new java.util.HashSet<>();
        for (int lc = lonFrom; lc <= lonTo; lc++) {
            int wrapped = Math.floorMod(lc, lonCells);
            if (!seenLon.add(wrapped)) continue;
            for (int la = latFrom; la <= latTo; la++) {
                for (long b = bucketFrom; b <= bucketTo; b++) {
                    List<ActivityRecord> cell = cells.get(key(la, wrapped, b));
                    if (cell == null) continue;
                    for (ActivityRecord r : cell) {
                        if (r.incidentId() == incidentId) continue;
                        long d = r.day().toEpochDay();
                        if (d < fromDay || d > toDay) continue;
                        if (GreatCircle.distanceKm(lat, lon, r.lat(), r.lon()) > radiusKm) continue;
                        incidents++;
                        for (Party p : r.parties()) counts.merge(p, 1, Integer::sum);
                    }
                }
            }
        }
        return new ActivityCounts(counts, incidents, radiusKm, windowDays);
    }

    private int bucketDays() {
        return Math.max(1, windowDays);
    }

    private int latCell(double lat) {
        return (int) Math.floor((lat + 90) / cellDegrees);
    }

    private int lonCell(double lon) {
        return Math.floorMod((int) Math.floor((lon + 180) / cellDegrees), lonCells);
    }

    private long timeBucket(long epochDay) {
        return Math.floorDiv(epochDay, bucketDays());
    }

    private static long key(int latCell, int lonCell, long bucket) {
        return ((long) latCell * 1_000_003L + lonCell) * 4_000_037L + bucket;
    }
}
