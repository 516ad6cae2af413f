package org.groundtruth.attribution;

import org.groundtruth.matching.GreatCircle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid index answers exactly what the brute-force scan answers, on seeded random data and on the edges. */
class ActivityIndexOracleTest {
    private static final LocalDate START = LocalDate.of(2015, 9, 30);

    @Test
    void gridEqualsScanOnClusteredRandomData() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            List<ActivityRecord> records = new ArrayList<>();
            for (int n = 0; n < 3000; n++) {
                double lat = 35 + r.nextGaussian() * 0.6, lon = 36.5 + r.nextGaussian() * 0.6;
                EnumSet<Party> parties = EnumSet.of(Party.values()[r.nextInt(Party.values().length)]);
                if (r.nextInt(5) == 0) parties.add(Party.SYRIAN_GOVERNMENT);
                records.add(new ActivityRecord(n, lat, lon, START.plusDays(r.nextInt(120)), parties));
            }
            double radius = 5 + r.nextInt(40);
            int window = r.nextInt(31);
            ActivityIndex index = ActivityIndex.of(records, radius, window);
            ActivityScan scan = new ActivityScan(records, radius, window);
            for (int q = 0; q < 300; q++) {
                double lat = 35 + r.nextGaussian() * 0.6, lon = 36.5 + r.nextGaussian() * 0.6;
                LocalDate first = START.plusDays(r.nextInt(120));
                LocalDate last = first.plusDays(r.nextInt(3));
                long self = r.nextInt(3000);
                assertThat(index.near(self, lat, lon, first, last)).as("seed %d query %d", seed, q)
                        .isEqualTo(scan.near(self, lat, lon, first, last));
            }
        }
    }

    @Test
    void recordsExactlyOnTheRadiusAndWindowEdgesCountForBoth() {
        double radius = 25;
        double dLat = Math.toDegrees(radius / GreatCircle.EARTH_RADIUS_KM);
        List<ActivityRecord> records = List.of(
                new ActivityRecord(1, 35 + dLat, 36, START.plusDays(30), EnumSet.of(Party.RUSSIAN_MILITARY)),
                new ActivityRecord(2, 35 - dLat, 36, START.minusDays(30), EnumSet.of(Party.SYRIAN_GOVERNMENT)),
                new ActivityRecord(3, 35 + dLat * 1.0001, 36, START, EnumSet.of(Party.OTHER)),
                new ActivityRecord(4, 35, 36, START.plusDays(31), EnumSet.of(Party.OTHER)),
                new ActivityRecord(5, 35, 36, START, EnumSet.of(Party.TURKISH_MILITARY)));
        ActivityIndex index = ActivityIndex.of(records, radius, 30);
        ActivityScan scan = new ActivityScan(records, radius, 30);
        ActivityCounts fromIndex = index.near(5, 35, 36, START, START);
        assertThat(fromIndex).isEqualTo(scan.near(5, 35, 36, START, START));
        assertThat(fromIndex.of(Party.OTHER)).isZero();
        assertThat(fromIndex.of(Party.TURKISH_MILITARY)).as("the incident itself is not counted").isZero();
    }

    @Test
    void worksAcrossTheAntimeridianAndNearThePoles() {
        List<ActivityRecord> records = List.of(
                new ActivityRecord(1, 10, 179.99, START, EnumSet.of(Party.OTHER)),
                new ActivityRecord(2, 10, -179.99, START, EnumSet.of(Party.OTHER)),
                new ActivityRecord(3, 89.9, 0, START, EnumSet.of(Party.OTHER)),
                new ActivityRecord(4, 89.9, 180, START, EnumSet.of(Party.OTHER)));
        ActivityIndex index = ActivityIndex.of(records, 30, 0);
        ActivityScan scan = new ActivityScan(records, 30, 0);
        assertThat(index.near(0, 10, 180, START, START)).isEqualTo(scan.near(0, 10, 180, START, START));
        assertThat(index.near(0, 10, 180, START, START).incidents()).isEqualTo(2);
        assertThat(index.near(0, 89.95, 90, START, START)).isEqualTo(scan.near(0, 89.95, 90, START, START));
        assertThat(index.near(0, 89.95, 90, START, START).incidents()).isEqualTo(2);
    }
}
