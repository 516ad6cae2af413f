package org.groundtruth.merging;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid finds exactly the pairs (and so the clusters and proposals) the brute-force oracle finds, edges included. */
class MergeGridOracleTest {
    static final long T0 = 1_451_606_400L; // 2016-01-01T00:00:00Z
    static final MergeParameters KM1_H1 = MergeParameters.DEFAULT;

    static double[] destination(double lat, double lon, double km, double bearingDeg) {
        double d = km / 6371.0087714, th = Math.toRadians(bearingDeg);
        double p1 = Math.toRadians(lat), l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(th));
        double l2 = l1 + Math.atan2(Math.sin(th) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lon2 = Math.toDegrees(l2);
        lon2 = ((lon2 + 540) % 360) - 180;
        return new double[]{Math.max(-90, Math.min(90, Math.toDegrees(p2))), Math.max(-180, Math.min(180, lon2))};
    }

    /** Footprints clustered around centres; a third placed exactly on the radius and the window edge of an earlier one (±1 s). */
    static List<MergeFootprint> generate(long seed, double[][] centres, double spreadKm, int n, MergeParameters p) {
        Random rnd = new Random(seed);
        List<MergeFootprint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = 1000 + i * 7L;
            int kind = rnd.nextInt(3);
            if (kind == 0 && !out.isEmpty()) {
                MergeFootprint o = out.get(rnd.nextInt(out.size()));
                double[] pt = destination(o.lat(), o.lon(), p.maxDistanceKm() * (rnd.nextBoolean() ? 1 : 1 + (rnd.nextInt(3) - 1) * 1e-12),
                        rnd.nextDouble() * 360);
                long edge = rnd.nextInt(3) - 1;
                long t = rnd.nextBoolean() ? o.lastSecond() + p.windowSeconds() + edge : o.firstSecond() - p.windowSeconds() - edge;
                out.add(new MergeFootprint(id, pt[0], pt[1], 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(CivilianObject.MARKET)));
            } else if (kind == 1 && !out.isEmpty()) {
                MergeFootprint o = out.get(rnd.nextInt(out.size()));
                out.add(withTime(id, o.lat(), o.lon(), rnd)); // same point
            } else {
                double[] c = centres[rnd.nextInt(centres.length)];
                double[] pt = destination(c[0], c[1], rnd.nextDouble() * spreadKm, rnd.nextDouble() * 360);
                out.add(withTime(id, pt[0], pt[1], rnd));
            }
        }
        return out;
    }

    private static MergeFootprint withTime(long id, double lat, double lon, Random rnd) {
        long day = T0 + rnd.nextInt(5) * 86_400L;
        return switch (rnd.nextInt(5)) {
            case 0 -> new MergeFootprint(id, lat, lon, 5, day, day + 86_399, DatePrecision.DAY, Set.of());
            case 1, 2 -> {
                long t = day + rnd.nextInt(86_400);
                yield new MergeFootprint(id, lat, lon, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(CivilianObject.RESIDENTIAL));
            }
            case 3 -> new MergeFootprint(id, lat, lon, 1, day, day + 7 * 86_400 - 1, DatePrecision.WEEK, Set.of());
            default -> {
                long t = day + rnd.nextInt(86_400) / 60 * 60; // on whole minutes: many equal starts
                yield new MergeFootprint(id, lat, lon, 1, t, t, DatePrecision.EXACT_TIME, Set.of());
            }
        };
    }

    static void assertSame(List<MergeFootprint> data, MergeParameters p) {
        CandidatePairs grid = MergeEngine.pairs(data, p), oracle = BruteForceMerger.pairs(data, p);
        assertThat(grid.size()).isEqualTo(oracle.size());
        for (int k = 0; k < grid.size(); k++) {
            assertThat(new long[]{grid.first(k), grid.second(k)}).containsExactly(oracle.first(k), oracle.second(k));
            assertThat(grid.distanceKm(k)).isEqualTo(oracle.distanceKm(k));
        }
        Clusters gc = MergeEngine.clusters(data, p), oc = BruteForceMerger.clusters(data, p);
        for (int k = 0; k < data.size(); k++) assertThat(gc.label(k)).isEqualTo(oc.label(k));
        assertThat(gc.multiMemberClusters()).isEqualTo(oc.multiMemberClusters());
        assertThat(MergeEngine.propose(data, p)).containsExactlyElementsOf(BruteForceMerger.propose(data, p));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void syrianTownsEqualOracleAtOneKmOneHour(long seed) {
        double[][] towns = {{36.2, 37.15}, {35.93, 36.63}, {35.13, 36.75}};
        List<MergeFootprint> data = generate(seed, towns, 3, 1500, KM1_H1);
        CandidatePairs pairs = MergeEngine.pairs(data, KM1_H1);
        assertThat(pairs.size()).isGreaterThan(500); // the test means something
        assertSame(data, KM1_H1);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void otherRadiiAndWindowsEqualOracle(long seed) {
        double[][] towns = {{50.45, 30.52}, {48.0, 37.8}};
        for (MergeParameters p : List.of(new MergeParameters(0.05, 0), new MergeParameters(5, 6 * 3600), new MergeParameters(25, 86_400))) {
            assertSame(generate(seed, towns, p.maxDistanceKm() * 3, 800, p), p);
        }
    }

    /** The same footprints, each given a kind drawn from a strike, a ground battle and unknown. */
    static List<MergeFootprint> withKinds(List<MergeFootprint> data, long seed) {
        Random rnd = new Random(seed);
        EventKind[] kinds = {EventKind.AIR_STRIKE, EventKind.GROUND_FIGHTING, EventKind.UNKNOWN};
        List<MergeFootprint> out = new ArrayList<>();
        for (MergeFootprint f : data) {
            out.add(new MergeFootprint(f.id(), f.lat(), f.lon(), f.radiusKm(), f.firstSecond(), f.lastSecond(), f.datePrecision(),
                    f.objectsHit(), f.text(), kinds[rnd.nextInt(kinds.length)]));
        }
        return out;
    }

    /** With event kinds the grid still finds exactly the oracle's pairs, and no pair joins two different known kinds. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void kindsEqualOracleAndDifferentKnownKindsNeverPair(long seed) {
        double[][] towns = {{36.2, 37.15}, {35.93, 36.63}};
        List<MergeFootprint> data = withKinds(generate(seed, towns, 3, 1200, KM1_H1), seed);
        assertSame(data, KM1_H1);
        CandidatePairs pairs = MergeEngine.pairs(data, KM1_H1);
        int withUnknown = 0;
        for (int k = 0; k < pairs.size(); k++) {
            EventKind a = data.get(pairs.first(k)).kind(), b = data.get(pairs.second(k)).kind();
            assertThat(a == b || a == EventKind.UNKNOWN || b == EventKind.UNKNOWN).as(a + " with " + b).isTrue();
            if (a != b) withUnknown++;
        }
        assertThat(withUnknown).as("unknown pairs with a known kind").isPositive();
        // without kinds the same footprints give more pairs: the kind test is what removed them
        assertThat(pairs.size()).isLessThan(MergeEngine.pairs(generate(seed, towns, 3, 1200, KM1_H1), KM1_H1).size());
    }

    /** A strike and a ground battle at one place and time are two events; unknown may be either (issue 9 item 3). */
    @Test
    void aStrikeAndAGroundBattleAtOnePlaceAndTimeAreNeverProposed() {
        long t = T0 + 3600;
        var strike = new MergeFootprint(1, 36.0, 37.0, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(), TextSignature.EMPTY, EventKind.AIR_STRIKE);
        var battle = new MergeFootprint(2, 36.0, 37.0, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(), TextSignature.EMPTY, EventKind.GROUND_FIGHTING);
        var shelling = new MergeFootprint(3, 36.0, 37.0, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(), TextSignature.EMPTY, EventKind.SHELLING);
        assertThat(MergeEngine.propose(List.of(strike, battle, shelling), KM1_H1)).isEmpty();
        assertThat(BruteForceMerger.propose(List.of(strike, battle, shelling), KM1_H1)).isEmpty();
        var unknown = new MergeFootprint(4, 36.0, 37.0, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(), TextSignature.EMPTY, EventKind.UNKNOWN);
        var anotherStrike = new MergeFootprint(5, 36.0, 37.0, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of(), TextSignature.EMPTY, EventKind.AIR_STRIKE);
        List<MergeFootprint> data = List.of(strike, battle, unknown, anotherStrike);
        assertThat(MergeEngine.propose(data, KM1_H1)).extracting(c -> c.firstId() + "-" + c.secondId())
                .containsExactly("1-4", "1-5", "2-4", "4-5");
        assertSame(data, KM1_H1);
        assertThat(MergeEngine.clusters(data, KM1_H1).multiMemberClusters()).isEqualTo(1); // all four, through unknown
    }

    @Test
    void antimeridianAndPolesEqualOracle() {
        double[][] places = {{0, 179.9995}, {0, -179.9995}, {89.9995, 10}, {-89.9999, -120}, {71.0, 180}, {-65, -180}};
        for (long seed = 21; seed < 25; seed++) {
            List<MergeFootprint> data = generate(seed, places, 2, 700, KM1_H1);
            assertSame(data, KM1_H1);
            CandidatePairs pairs = MergeEngine.pairs(data, KM1_H1);
            int across = 0, polar = 0;
            for (int k = 0; k < pairs.size(); k++) {
                MergeFootprint a = data.get(pairs.first(k)), b = data.get(pairs.second(k));
                if (Math.abs(a.lon() - b.lon()) > 180) across++;
                if (Math.abs(a.lat()) > 89.99 && Math.abs(b.lat()) > 89.99 && Math.abs(a.lon() - b.lon()) > 90) polar++;
            }
            assertThat(across).as("pairs across the antimeridian").isPositive();
            assertThat(polar).as("pairs across a pole").isPositive();
        }
    }

    @Test
    void exactlyOnTheEdgesIsAPairAndOneSecondBeyondIsNot() {
        double[] east = destination(36.0, 37.0, 0.5, 90);
        long t = T0 + 12 * 3600;
        var a = new MergeFootprint(1, 36.0, 37.0, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of());
        var onHour = new MergeFootprint(2, 36.0, 37.0, 0.1, t + 3600, t + 3600, DatePrecision.EXACT_TIME, Set.of());
        var pastHour = new MergeFootprint(3, 36.0, 37.0, 0.1, t - 3601, t - 3601, DatePrecision.EXACT_TIME, Set.of());
        var halfKm = new MergeFootprint(4, east[0], east[1], 0.1, t, t, DatePrecision.EXACT_TIME, Set.of());
        var dayWindow = new MergeFootprint(5, 36.0, 37.0, 5, T0 + 86_400 + 3600, T0 + 2 * 86_400 - 1, DatePrecision.DAY, Set.of());
        List<MergeFootprint> data = List.of(a, onHour, pastHour, halfKm, dayWindow);
        List<MergeCandidate> found = MergeEngine.propose(data, KM1_H1);
        assertThat(found).extracting(c -> c.firstId() + "-" + c.secondId()).containsExactly("1-2", "1-4", "2-4");
        assertSame(data, KM1_H1);
    }

    @Test
    void chainsFormOneClusterLabelledByItsFirstMember() {
        long t = T0;
        List<MergeFootprint> data = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            double[] p = destination(36, 37, 0.9 * k, 0);
            data.add(new MergeFootprint(10 + k, p[0], p[1], 0.1, t + k * 3000L, t + k * 3000L, DatePrecision.EXACT_TIME, Set.of()));
        }
        data.add(new MergeFootprint(99, 30, 30, 0.1, t, t, DatePrecision.EXACT_TIME, Set.of()));
        Clusters c = MergeEngine.clusters(data, KM1_H1);
        assertThat(c.clusters()).isEqualTo(2);
        assertThat(c.multiMemberClusters()).isEqualTo(1);
        for (int k = 0; k < 5; k++) assertThat(c.label(k)).isZero();
        assertThat(c.label(5)).isEqualTo(5);
    }

    @Test
    void idsGivenTwiceAreRefused() {
        var a = new MergeFootprint(1, 36, 37, 0.1, T0, T0, DatePrecision.EXACT_TIME, Set.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MergeEngine.propose(List.of(a, a), KM1_H1))
                .hasMessageContaining("incident 1 is given twice");
    }
}
