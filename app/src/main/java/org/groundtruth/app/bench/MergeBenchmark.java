package org.groundtruth.app.bench;

import org.groundtruth.matching.GreatCircle;
import org.groundtruth.merging.CandidatePairs;
import org.groundtruth.merging.Clusters;
import org.groundtruth.merging.MergeEngine;
import org.groundtruth.merging.MergeFootprint;
import org.groundtruth.merging.MergeParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Clusters N synthetic reports of the same strikes (within a distance and a time window, chained: connected
 * components of the candidate pairs) and, with --postgis, does the same in PostGIS on the same data in the same
 * run: an n-D GiST self-join with ST_DWithin on geography, then connected components in SQL by label propagation
 * with pointer jumping. Compares both the pairs (1 mm edge policy of decision 0503) and every report's cluster
 * (decision 0523).
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Cluster N synthetic reports within 1 km and 1 hour; with --postgis compare with a self-join and connected components in PostGIS.")
public final class MergeBenchmark implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "1000000", description = "Reports to generate (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--radius-km", defaultValue = "1", description = "Largest distance between two reports of one strike (default: ${DEFAULT-VALUE}).")
    double radiusKm;

    @Option(names = "--window-hours", defaultValue = "1", description = "Largest gap between their time windows in hours (default: ${DEFAULT-VALUE}).")
    double windowHours;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--postgis", paramLabel = "JDBC_URL", description = "A PostgreSQL server with PostGIS available (a scratch database is created and dropped).")
    String postgisUrl;

    @Option(names = "--explain", description = "With --postgis: print EXPLAIN ANALYZE of the self-join (runs it once more, untimed).")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        var p = new MergeParameters(radiusKm, Math.round(windowHours * 3600));
        List<MergeFootprint> data = SyntheticStrikes.reports(reports, seed);
        System.out.printf(Locale.ROOT, "data: %d reports of strikes around Syrian towns 2012-2022, %s km, %s h; %d cores, %d MB heap%n",
                reports, fmt(radiusKm), fmt(windowHours), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        Clusters clusters = MergeEngine.clusters(data, p);
        double ours = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "groundtruth: %d clusters of two or more reports (%d in all) in %.2f s (grid self-join and union-find)%n",
                clusters.multiMemberClusters(), clusters.clusters(), ours);

        if (postgisUrl == null) {
            System.out.printf(Locale.ROOT, "merge: groundtruth %.2f s, %d clusters (no --postgis given)%n", ours, clusters.multiMemberClusters());
            return 0;
        }
        CandidatePairs pairs = MergeEngine.pairs(data, p); // untimed: for the comparison
        try (ImportBenchmark.ScratchDatabase scratch = ImportBenchmark.ScratchDatabase.create(postgisUrl);
             Connection c = DriverManager.getConnection(scratch.url())) {
            double peer = postgis(c, data, p);
            MatchBenchmark.Comparison pc = comparePairs(c, pairs, data, p);
            long differing = compareClusters(c, clusters);
            System.out.println("pairs: " + pc.outcome());
            String verdict = differing == 0 ? "clusters equal (" + clusters.multiMemberClusters() + ")"
                    : "clusters DIFFER (" + differing + " reports in another cluster" + (pc.equal() ? ", all from pairs on the 1 mm edge" : "") + ")";
            System.out.printf(Locale.ROOT, "merge: groundtruth %.2f s, postgis %.2f s, ratio %.1f, %s%n", ours, peer, peer / ours, verdict);
            return differing == 0 || pc.equal() && pc.onTheEdge() > 0 ? 0 : 1;
        }
    }

    /** Loads the table by COPY (untimed), then times the index, the self-join and the connected components. */
    private double postgis(Connection c, List<MergeFootprint> data, MergeParameters p) throws SQLException {
        double reachLatDeg = Math.toDegrees(p.maxDistanceKm() / GreatCircle.EARTH_RADIUS_KM) * (1 + 1e-6) + 1e-6;
        try (Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            st.execute("CREATE TABLE reports (id bigint PRIMARY KEY, geog geography(Point, 4326), t0 bigint, t1 bigint, g3 geometry, dlon float8)");
            long l0 = System.nanoTime();
            copy(c, data, reachLatDeg);
            System.out.printf(Locale.ROOT, "postgis: loaded %d reports by COPY in %.2f s (not counted)%n", data.size(), (System.nanoTime() - l0) / 1e9);

            long t0 = System.nanoTime();
            st.execute("CREATE INDEX reports_g3 ON reports USING gist (g3 gist_geometry_ops_nd)");
            st.execute("ANALYZE reports");
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            long j0 = System.nanoTime();
            st.execute("CREATE UNLOGGED TABLE pg_pairs AS " + joinSql(p, reachLatDeg));
            double joinSeconds = (System.nanoTime() - j0) / 1e9;
            long c0 = System.nanoTime();
            int rounds = components(st);
            double componentSeconds = (System.nanoTime() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "postgis: index and ANALYZE %.2f s, self-join %.2f s, connected components %.2f s (%d rounds)%n",
                    indexSeconds, joinSeconds, componentSeconds, rounds);
            if (explain) {
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + joinSql(p, reachLatDeg))) {
                    while (rs.next()) System.out.println("  " + rs.getString(1));
                }
            }
            return indexSeconds + joinSeconds + componentSeconds;
        }
    }

    /** Each pair once (a.id < b.id): the n-D box of b's time line meets a's expanded box, then the exact tests. */
    private static String joinSql(MergeParameters p, double reachLatDeg) {
        long w = p.windowSeconds();
        return "SELECT a.id AS a, b.id AS b FROM reports a JOIN reports b ON b.g3 &&& ST_Expand(a.g3, a.dlon, " + reachLatDeg + ", " + w + ", 0)"
                + " AND b.id > a.id AND b.t0 <= a.t1 + " + w + " AND b.t1 >= a.t0 - " + w
                // touching days are a day apart, as MergeFootprint.candidateGapSeconds says (decision 0547)
                + " AND (CASE WHEN GREATEST(0, b.t0 - a.t1, a.t0 - b.t1) > 0 AND (a.t1 - a.t0 + 1 >= 86400 OR b.t1 - b.t0 + 1 >= 86400)"
                + " THEN ((GREATEST(0, b.t0 - a.t1, a.t0 - b.t1) + 86399) / 86400) * 86400 ELSE GREATEST(0, b.t0 - a.t1, a.t0 - b.t1) END) <= " + w
                + " AND ST_DWithin(a.geog, b.geog, " + (p.maxDistanceKm() * 1000) + ", false)";
    }

    /**
     * Connected components of pg_pairs into pg_labels(id, l = smallest id of its component), for reports in at least
     * one pair: each round every report takes the smallest label among its neighbours, then jumps to its label's
     * label; until a round changes nothing. Returns the rounds.
     */
    private static int components(Statement st) throws SQLException {
        st.execute("CREATE UNLOGGED TABLE pg_edges AS SELECT a AS x, b AS y FROM pg_pairs UNION ALL SELECT b, a FROM pg_pairs");
        st.execute("CREATE INDEX pg_edges_x ON pg_edges (x)");
        st.execute("CREATE UNLOGGED TABLE pg_labels AS SELECT DISTINCT x AS id, x AS l FROM pg_edges");
        st.execute("ALTER TABLE pg_labels ADD PRIMARY KEY (id)");
        st.execute("ANALYZE pg_edges");
        st.execute("ANALYZE pg_labels");
        int rounds = 0;
        while (true) {
            rounds++;
            int changed = st.executeUpdate("UPDATE pg_labels SET l = m.l FROM (SELECT e.x AS id, min(n.l) AS l FROM pg_edges e"
                    + " JOIN pg_labels n ON n.id = e.y GROUP BY e.x) m WHERE pg_labels.id = m.id AND m.l < pg_labels.l");
            int jumped = st.executeUpdate("UPDATE pg_labels SET l = q.l FROM pg_labels q WHERE pg_labels.l = q.id AND q.l < pg_labels.l");
            if (changed == 0 && jumped == 0) return rounds;
        }
    }

    private static void copy(Connection c, List<MergeFootprint> data, double reachLatDeg) throws SQLException {
        MatchBenchmark.copy(c, "COPY reports FROM STDIN", data.size(), k -> {
            MergeFootprint f = data.get(k);
            // Double.toString round-trips exactly, so PostGIS sees the very same doubles
            return f.id() + "\tSRID=4326;POINT(" + f.lon() + " " + f.lat() + ")\t" + f.firstSecond() + "\t" + f.lastSecond()
                    + "\tLINESTRING Z(" + f.lon() + " " + f.lat() + " " + f.firstSecond() + "," + f.lon() + " " + f.lat() + " " + f.lastSecond()
                    + ")\t" + MatchBenchmark.reachLonDeg(f.lat(), reachLatDeg) + "\n";
        });
    }

    /** Compares our pairs with PostGIS's, ordered by (a, b); ids are positions + 1. */
    private static MatchBenchmark.Comparison comparePairs(Connection c, CandidatePairs ours, List<MergeFootprint> data, MergeParameters p)
            throws SQLException {
        return MatchBenchmark.Comparison.of(c, "SELECT a, b FROM pg_pairs ORDER BY a, b", new MatchBenchmark.OurPairs() {
            public int size() {
                return ours.size();
            }

            public long first(int k) {
                return ours.first(k) + 1L;
            }

            public long second(int k) {
                return ours.second(k) + 1L;
            }

            public double distanceKm(int k) {
                return ours.distanceKm(k);
            }
        }, (a, b) -> {
            MergeFootprint x = data.get((int) a - 1), y = data.get((int) b - 1);
            return GreatCircle.distanceKm(x.lat(), x.lon(), y.lat(), y.lon());
        }, p.maxDistanceKm());
    }

    /** Reports whose cluster (smallest id in it) differs; reports in no PostGIS pair are their own cluster there. */
    private static long compareClusters(Connection c, Clusters ours) throws SQLException {
        long[] pg = new long[ours.size()];
        for (int k = 0; k < pg.length; k++) pg[k] = k + 1;
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(50_000);
            try (ResultSet rs = st.executeQuery("SELECT id, l FROM pg_labels")) {
                while (rs.next()) pg[(int) rs.getLong(1) - 1] = rs.getLong(2);
            }
        }
        c.commit();
        long differing = 0;
        for (int k = 0; k < pg.length; k++) if (pg[k] != ours.label(k) + 1L) differing++;
        return differing;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
