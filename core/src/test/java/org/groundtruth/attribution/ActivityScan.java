package org.groundtruth.attribution;

import org.groundtruth.matching.GreatCircle;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;

/** The brute-force oracle of {@link ActivityIndex}: looks at every record. Tests compare the two. */
public final class ActivityScan {
    private final List<ActivityRecord> records;
    private final double radiusKm;
    private final int windowDays;

    public ActivityScan(List<ActivityRecord> records, double radiusKm, int windowDays) {
        this.records = List.copyOf(records);
        this.radiusKm = radiusKm;
        this.windowDays = windowDays;
    }

    public ActivityCounts near(long incidentId, double lat, double lon, LocalDate first, LocalDate last) {
        long fromDay = first.toEpochDay() - windowDays, toDay = last.toEpochDay() + windowDays;
        EnumMap<Party, Integer> counts = new EnumMap<>(Party.class);
        int incidents = 0;
        for (ActivityRecord r : records) {
            if (r.incidentId() == incidentId) continue;
            long d = r.day().toEpochDay();
            if (d < fromDay || d > toDay) continue;
            if (GreatCircle.distanceKm(lat, lon, r.lat(), r.lon()) > radiusKm) continue;
            incidents++;
            for (Party p : r.parties()) counts.merge(p, 1, Integer::sum);
        }
        return new ActivityCounts(counts, incidents, radiusKm, windowDays);
    }
}
