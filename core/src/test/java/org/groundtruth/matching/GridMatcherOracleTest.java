package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid index finds exactly the pairs the brute-force oracle finds, edges included. */
class GridMatcherOracleTest {
    private static final MatchParameters P25_1D = MatchParameters.withinKmAndDays(25, 1);
    private static final long T0 = FootprintForTest.day("2016-01-01");

    /** Random records clustered around a few centres, with a share placed exactly on the radius and window edges. */
    record Data(List<IncidentFootprint> incidents, List<ClaimFootprint> claims) {
    }

    static Data generate(long seed, double[][] centres, double spreadKm, int n, int m, MatchParameters p) {
        Random rnd = new Random(seed);
        var incidents = new ArrayList<IncidentFootprint>();
        for (int i = 0; i < n; i++) {
            double[] c = centres[rnd.nextInt(centres.length)];
            double[] pt = FootprintForTest.destination(c[0], c[1], rnd.nextDouble() * spreadKm, rnd.nextDouble() * 360);
            incidents.add(withTime(FootprintForTest.incident(i + 1).at(pt[0], pt[1]).radiusKm(rnd.nextInt(4) * 2.5), rnd)
                    .hit(rnd.nextBoolean() ? CivilianObject.MARKET : CivilianObject.RESIDENTIAL).incident());
        }
        var claims = new ArrayList<ClaimFootprint>();
        for (int j = 0; j < m; j++) {
            long id = 100_000 + j;
            FootprintForTest f;
            int kind = rnd.nextInt(4);
            if (kind == 0 && !incidents.isEmpty()) {
                // exactly on (or within rounding of) the radius from an incident, at an exact window edge
                IncidentFootprint inc = incidents.get(rnd.nextInt(incidents.size()));
                double[] pt = FootprintForTest.destination(inc.lat(), inc.lon(), p.maxDistanceKm(), rnd.nextDouble() * 360);
                f = FootprintForTest.claim(id).at(pt[0], pt[1]);
                long edge = rnd.nextInt(3) - 1; // -1, 0, +1 second around the window edge
                long start = inc.lastSecond() + p.windowSeconds() + edge;
                f = rnd.nextBoolean() ? f.atSecond(start) : f.atSecond(inc.firstSecond() - p.windowSeconds() - edge);
            } else if (kind == 1 && !incidents.isEmpty()) {
                // same point as an incident (distance 0), random time
                IncidentFootprint inc = incidents.get(rnd.nextInt(incidents.size()));
                f = withTime(FootprintForTest.claim(id).at(inc.lat(), inc.lon()), rnd);
            } else {
                double[] c = centres[rnd.nextInt(centres.length)];
                double[] pt = FootprintForTest.destination(c[0], c[1], rnd.nextDouble() * spreadKm, rnd.nextDouble() * 360);
                f = withTime(FootprintForTest.claim(id).at(pt[0], pt[1]), rnd);
            }
            claims.add(f.radiusKm(1 + rnd.nextInt(93)).claiming(rnd.nextBoolean() ? "terrorist command post" : "market").claim());
        }
        return new Data(incidents, claims);
    }

    private static FootprintForTest withTime(FootprintForTest f, Random rnd) {
        long day = T0 + rnd.nextInt(20) * TimeSpans.DAY_SECONDS;
        return switch (rnd.nextInt(6)) {
            case 0, 1 -> f.between(day, day + TimeSpans.DAY_SECONDS - 1, DatePrecision.DAY);
            case 2 -> f.atSecond(day + rnd.nextInt((int) TimeSpans.DAY_SECONDS));
            case 3 -> f.between(day, day + 7 * TimeSpans.DAY_SECONDS - 1, DatePrecision.WEEK);
            case 4 -> f.between(day, day + 30 * TimeSpans.DAY_SECONDS - 1, DatePrecision.MONTH);
            default -> f.between(day - 200 * TimeSpans.DAY_SECONDS, day + 165 * TimeSpans.DAY_SECONDS - 1, DatePrecision.YEAR);
        };
    }

    static void assertSame(List<MatchCandidate> grid, List<MatchCandidate> oracle) {
        assertThat(grid).hasSameSizeAs(oracle);
        assertThat(grid).containsExactlyElementsOf(oracle); // records: ids, distance, offset, score all equal, same order
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void syrianTownsClusteredEqualsOracle(long seed) {
        double[][] towns = {{36.2, 37.15}, {35.93, 36.63}, {35.13, 36.75}, {33.51, 36.29}, {35.95, 39.01}};
        Data d = generate(seed, towns, 40, 600, 600, P25_1D);
        var oracle = new BruteForceMatcher(P25_1D).match(d.incidents(), d.claims());
        assertSame(new GridMatcher(P25_1D).match(d.incidents(), d.claims()), oracle);
        assertThat(oracle).hasSizeGreaterThan(500);
        // the edge cases really occur: pairs at the radius (to rounding) and at the window edge
        assertThat(oracle).anyMatch(c -> Math.abs(c.distanceKm() - 25) < 1e-9);
        assertThat(oracle).anyMatch(c -> Math.abs(c.offsetSeconds()) == P25_1D.windowSeconds());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void acrossTheAntimeridianEqualsOracle(long seed) {
        double[][] fiji = {{-17.8, 179.99}, {-16.5, -179.9}, {0, 180}, {52, -179.95}};
        Data d = generate(seed, fiji, 60, 400, 400, P25_1D);
        var oracle = new BruteForceMatcher(P25_1D).match(d.incidents(), d.claims());
        assertSame(new GridMatcher(P25_1D).match(d.incidents(), d.claims()), oracle);
        assertThat(oracle).anyMatch(c -> Math.signum(c.incident().lon()) != Math.signum(c.claim().lon()));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void highLatitudesAndPolesEqualOracle(long seed) {
        double[][] polar = {{89.9, 0}, {90, 0}, {-89.95, 120}, {85, -170}, {78.2, 15.6}, {-90, 0}};
        Data d = generate(seed, polar, 60, 400, 400, P25_1D);
        var oracle = new BruteForceMatcher(P25_1D).match(d.incidents(), d.claims());
        assertSame(new GridMatcher(P25_1D).match(d.incidents(), d.claims()), oracle);
        assertThat(oracle).anyMatch(c -> Math.abs(c.incident().lon() - c.claim().lon()) > 20);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1, 93, 500})
    void otherRadiiAndWindowsEqualOracle(double km) {
        var p = new MatchParameters(km, 3 * 3600);
        double[][] centres = {{36.2, 37.15}, {60, 30}, {-33.9, 151.2}};
        Data d = generate(31, centres, km * 3, 400, 400, p);
        assertSame(new GridMatcher(p).match(d.incidents(), d.claims()), new BruteForceMatcher(p).match(d.incidents(), d.claims()));
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63})
    void postingLagReachesBackOnlyAndEqualsOracle(long seed) {
        var p = new MatchParameters(25, 6 * 3600, MatchParameters.DEFAULT_LAG_SECONDS);
        Data d = generate(seed, new double[][]{{36.2, 37.15}, {35.93, 36.63}}, 40, 500, 500, p);
        Random rnd = new Random(seed);
        var claims = new ArrayList<ClaimFootprint>();
        for (ClaimFootprint c : d.claims()) {
            long stated = rnd.nextInt(3) == 0 ? ClaimFootprint.STATED_UNKNOWN : c.lastSecond() + rnd.nextInt(3 * 86_400);
            claims.add(new ClaimFootprint(c.id(), c.lat(), c.lon(), c.radiusKm(), c.firstSecond(), c.lastSecond(), c.datePrecision(),
                    c.claimedTarget(), null, stated));
        }
        // claims exactly at the far edge of the lag, one second within and beyond
        for (int k = 0; k < 60; k++) {
            IncidentFootprint inc = d.incidents().get(rnd.nextInt(d.incidents().size()));
            long start = inc.lastSecond() + p.reachAfterSeconds() + rnd.nextInt(3) - 1;
            claims.add(FootprintForTest.claim(900_000 + k).at(inc.lat(), inc.lon()).atSecond(start).stated(start + 3600).claim());
        }
        var incidents = new ArrayList<IncidentFootprint>();
        for (IncidentFootprint i : d.incidents()) {
            incidents.add(new IncidentFootprint(i.id(), i.lat(), i.lon(), i.radiusKm(), i.firstSecond(), i.lastSecond(), i.datePrecision(),
                    i.objectsHit(), rnd.nextBoolean() ? org.groundtruth.incident.EventKind.AIR_STRIKE : org.groundtruth.incident.EventKind.UNKNOWN));
        }
        var oracle = new BruteForceMatcher(p).match(incidents, claims);
        assertSame(new GridMatcher(p).match(incidents, claims), oracle);
        assertThat(oracle).anyMatch(c -> c.offsetSeconds() == p.reachAfterSeconds());
        assertThat(oracle).noneMatch(c -> c.offsetSeconds() < -p.windowSeconds() || c.offsetSeconds() > p.reachAfterSeconds());
        // claims added one by one to an index of incidents search backwards the same way
        MatchIndex index = MatchIndex.build(p, incidents, List.of());
        var added = new ArrayList<MatchCandidate>();
        for (ClaimFootprint c : claims) added.addAll(index.addClaims(List.of(c)));
        added.sort(Pairing.ORDER);
        assertSame(added, oracle);
    }

    @Test
    void windowOfZeroNeedsOverlap() {
        var p = new MatchParameters(25, 0);
        Data d = generate(41, new double[][]{{36.2, 37.15}}, 30, 300, 300, p);
        assertSame(new GridMatcher(p).match(d.incidents(), d.claims()), new BruteForceMatcher(p).match(d.incidents(), d.claims()));
    }

    @Test
    void incrementalAdditionsGiveTheSamePairsAsOneFullMatch() {
        Data d = generate(51, new double[][]{{36.2, 37.15}, {35.93, 36.63}}, 40, 500, 500, P25_1D);
        var oracle = new BruteForceMatcher(P25_1D).match(d.incidents(), d.claims());

        MatchIndex index = MatchIndex.build(P25_1D, d.incidents().subList(0, 300), d.claims().subList(0, 300));
        var found = new ArrayList<>(index.matchAll());
        Random rnd = new Random(52);
        int i = 300, c = 300;
        while (i < 500 || c < 500) {
            if (i < 500 && (c == 500 || rnd.nextBoolean())) {
                int n = Math.min(500 - i, 1 + rnd.nextInt(7));
                found.addAll(index.addIncidents(d.incidents().subList(i, i + n)));
                i += n;
            } else {
                int n = Math.min(500 - c, 1 + rnd.nextInt(7));
                found.addAll(index.addClaims(d.claims().subList(c, c + n)));
                c += n;
            }
        }
        assertThat(index.incidentCount()).isEqualTo(500);
        assertThat(index.claimCount()).isEqualTo(500);
        assertSame(Pairing.sorted(found), oracle);
        // and a full re-match of the grown index (base part plus added part) is the same again
        assertSame(index.matchAll(), oracle);
    }

    @Test
    void perClaimAndPerIncidentQueriesAgreeWithTheFullMatch() {
        Data d = generate(61, new double[][]{{36.2, 37.15}}, 30, 200, 200, P25_1D);
        MatchIndex index = MatchIndex.build(P25_1D, d.incidents(), d.claims());
        var all = index.matchAll();
        for (ClaimFootprint c : d.claims()) {
            assertThat(index.incidentsFor(c)).containsExactlyElementsOf(all.stream().filter(x -> x.claimId() == c.id()).toList());
        }
        for (IncidentFootprint inc : d.incidents()) {
            assertThat(index.claimsFor(inc)).containsExactlyElementsOf(all.stream().filter(x -> x.incidentId() == inc.id()).toList());
        }
    }
}
