package org.groundtruth.app.bench;

import org.groundtruth.matching.ClaimFootprint;
import org.groundtruth.matching.GreatCircle;
import org.groundtruth.matching.IncidentFootprint;
import org.groundtruth.matching.MatchCandidate;
import org.groundtruth.matching.MatchIndex;
import org.groundtruth.matching.MatchParameters;
import org.groundtruth.matching.TimeSpans;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Matches N synthetic incidents with M synthetic claims within a distance and a time window, and, with
 * --postgis, runs the equivalent join in PostGIS on the same data in the same run and checks both found the
 * same pairs (decision 0503 for the distance semantics and the 1 mm edge policy).
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match N synthetic incidents with M claims; with --postgis compare with an ST_DWithin join on the same data.")
public final class MatchBenchmark implements Callable<Integer> {
    /** Pairs whose distance lies this close to the radius may fall on either side in PostGIS's sphere formula. */
    static final double EDGE_KM = 1e-6;

    @Option(names = "--incidents", defaultValue = "1000000", description = "Incidents to generate (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--claims", defaultValue = "1000000", description = "Claims to generate (default: ${DEFAULT-VALUE}).")
    int claims;

    @Option(names = "--radius-km", defaultValue = "25", description = "Largest distance between incident and claim (default: ${DEFAULT-VALUE}).")
    double radiusKm;

    @Option(names = "--window-days", defaultValue = "1", description = "Largest gap between the date windows in days (default: ${DEFAULT-VALUE}).")
    double windowDays;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--postgis", paramLabel = "JDBC_URL", description = "A PostgreSQL server with PostGIS available (a scratch database is created and dropped).")
    String postgisUrl;

    @Option(names = "--plan", defaultValue = "nd", description = "PostGIS plan: nd (n-D GiST on lon/lat/time boxes, the fastest found),"
            + " range (GiST on geography and time range) (default: ${DEFAULT-VALUE}).")
    String plan;

    @Option(names = "--explain", description = "With --postgis: print EXPLAIN ANALYZE of the join (runs it once more, untimed).")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        var parameters = new MatchParameters(radiusKm, Math.round(windowDays * TimeSpans.DAY_SECONDS));
        var data = SyntheticStrikes.generate(incidents, claims, seed);
        System.out.printf(Locale.ROOT, "data: %d incidents, %d claims around %s, %.0f km, ±%s day(s); %d cores, %d MB heap%n",
                incidents, claims, "Syrian towns 2012-2022", radiusKm, fmt(windowDays), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        MatchIndex index = MatchIndex.build(parameters, data.incidents(), data.claims());
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        List<MatchCandidate> pairs = index.matchAll();
        double ours = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "groundtruth: %d pairs in %.2f s (index %.2f s, match and score %.2f s)%n",
                pairs.size(), ours, buildSeconds, ours - buildSeconds);
        if (!pairs.isEmpty()) System.out.println("example: incident " + pairs.get(0).incidentId() + ", claim " + pairs.get(0).claimId()
                + ", score " + String.format(Locale.ROOT, "%.2f", pairs.get(0).score()) + ": " + pairs.get(0).reason());

        if (postgisUrl == null) {
            System.out.printf(Locale.ROOT, "match: groundtruth %.2f s, %d pairs (no --postgis given)%n", ours, pairs.size());
            return 0;
        }
        try (ImportBenchmark.ScratchDatabase scratch = ImportBenchmark.ScratchDatabase.create(postgisUrl);
             Connection c = DriverManager.getConnection(scratch.url())) {
            double peer = postgisJoin(c, data, parameters);
            Comparison cmp = compare(c, pairs, data, parameters);
            System.out.printf(Locale.ROOT, "match: groundtruth %.2f s, postgis %.2f s, ratio %.1f, %s%n", ours, peer, peer / ours, cmp.verdict());
            return cmp.equal() ? 0 : 1;
        }
    }

    /** Loads both tables by COPY (untimed), then times index builds and the join into a table. Returns seconds. */
    private double postgisJoin(Connection c, SyntheticStrikes.Data data, MatchParameters p) throws SQLException {
        if (!plan.equals("nd") && !plan.equals("range")) throw new IllegalArgumentException("--plan must be nd or range, not " + plan);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            // Each record also carries a vertical line from (lon, lat, first second) to (lon, lat, last second), so that one
            // n-D GiST index covers space and time together; incidents carry the longitude reach of their search circle.
            st.execute("CREATE TABLE incidents (id bigint PRIMARY KEY, geog geography(Point, 4326), t0 bigint, t1 bigint,"
                    + " trw int8range, g3 geometry, dlon float8)");
            st.execute("CREATE TABLE claims (id bigint PRIMARY KEY, geog geography(Point, 4326), t0 bigint, t1 bigint, tr int8range, g3 geometry)");
            double reachLatDeg = Math.toDegrees(p.maxDistanceKm() / GreatCircle.EARTH_RADIUS_KM) * (1 + 1e-6) + 1e-6;
            long l0 = System.nanoTime();
            copy(c, "COPY incidents FROM STDIN", data.incidents().size(), k -> {
                IncidentFootprint f = data.incidents().get(k);
                return row(f.id(), f.lon(), f.lat(), f.firstSecond(), f.lastSecond(), p.windowSeconds())
                        + "\t" + reachLonDeg(f.lat(), reachLatDeg) + "\n";
            });
            copy(c, "COPY claims FROM STDIN", data.claims().size(), k -> {
                ClaimFootprint f = data.claims().get(k);
                return row(f.id(), f.lon(), f.lat(), f.firstSecond(), f.lastSecond(), 0) + "\n";
            });
            System.out.printf(Locale.ROOT, "postgis: loaded both tables by COPY in %.2f s (not counted)%n", (System.nanoTime() - l0) / 1e9);

            long t0 = System.nanoTime();
            if (plan.equals("nd")) {
                st.execute("CREATE INDEX claims_g3 ON claims USING gist (g3 gist_geometry_ops_nd)");
            } else {
                st.execute("CREATE INDEX claims_geog_tr ON claims USING gist (geog, tr)");
                st.execute("CREATE INDEX incidents_geog_trw ON incidents USING gist (geog, trw)");
            }
            st.execute("ANALYZE incidents");
            st.execute("ANALYZE claims");
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            long j0 = System.nanoTime();
            st.execute("CREATE UNLOGGED TABLE pg_pairs AS " + joinSql(p, reachLatDeg));
            double joinSeconds = (System.nanoTime() - j0) / 1e9;
            System.out.printf(Locale.ROOT, "postgis (%s plan): indexes and ANALYZE %.2f s, join %.2f s%n", plan, indexSeconds, joinSeconds);
            if (explain) {
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + joinSql(p, reachLatDeg))) {
                    while (rs.next()) System.out.println("  " + rs.getString(1));
                }
            }
            return indexSeconds + joinSeconds;
        }
    }

    private String joinSql(MatchParameters p, double reachLatDeg) {
        String within = "ST_DWithin(i.geog, c.geog, " + (p.maxDistanceKm() * 1000) + ", false)";
        String select = "SELECT i.id AS incident_id, c.id AS claim_id FROM incidents i JOIN claims c ON ";
        if (plan.equals("range")) return select + within + " AND c.tr && i.trw";
        long w = p.windowSeconds();
        return select + "c.g3 &&& ST_Expand(i.g3, i.dlon, " + reachLatDeg + ", " + w + ", 0)"
                + " AND c.t0 <= i.t1 + " + w + " AND c.t1 >= i.t0 - " + w + " AND " + within;
    }

    /** Longitude half-width of the search circle, as in the grid, with a margin; 180 where the circle holds a pole. */
    static double reachLonDeg(double lat, double reachLatDeg) {
        if (Math.abs(lat) + reachLatDeg >= 90) return 180;
        double s = Math.sin(Math.toRadians(reachLatDeg)) / Math.cos(Math.toRadians(lat));
        return s >= 1 ? 180 : Math.toDegrees(Math.asin(s)) * (1 + 1e-6) + 1e-6;
    }

    private static String row(long id, double lon, double lat, long first, long last, long widen) {
        // Double.toString round-trips exactly, so PostGIS sees the very same doubles. No newline: callers may add columns.
        return id + "\tSRID=4326;POINT(" + lon + " " + lat + ")\t" + first + "\t" + last + "\t[" + (first - widen) + "," + (last + widen) + "]"
                + "\tLINESTRING Z(" + lon + " " + lat + " " + first + "," + lon + " " + lat + " " + last + ")";
    }

    interface Row {
        String at(int k);
    }

    /** Streams {@code rows} COPY text rows (each ending in a newline) to PostgreSQL in chunks of about 1 MiB. */
    static void copy(Connection c, String sql, int rows, Row row) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (int k = 0; k < rows; k++) {
            chunk.append(row.at(k));
            if (chunk.length() > (1 << 20) - 200 || k == rows - 1) {
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                chunk.setLength(0);
            }
        }
        in.endCopy();
    }

    record Comparison(long equalPairs, long onlyOurs, long onlyPostgis, long onTheEdge) {
        /** The distance of a pair PostGIS found, from its two ids. */
        interface PairDistance {
            double km(long first, long second);
        }

        /**
         * Walks both ordered pair lists at once: {@code query} gives PostGIS's pairs as two ids, ordered as {@code ours}.
         * A pair found on one side only counts as on the edge when it lies within 1 mm of the radius.
         */
        static Comparison of(Connection c, String query, OurPairs ours, PairDistance theirs, double radiusKm) throws SQLException {
            long equal = 0, onlyOurs = 0, onlyPg = 0, edge = 0;
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(50_000);
                try (ResultSet rs = st.executeQuery(query)) {
                    int k = 0;
                    boolean more = rs.next();
                    while (more || k < ours.size()) {
                        int order;
                        if (!more) order = -1;
                        else if (k == ours.size()) order = 1;
                        else {
                            long a = ours.first(k), b = ours.second(k);
                            order = a != rs.getLong(1) ? Long.compare(a, rs.getLong(1)) : Long.compare(b, rs.getLong(2));
                        }
                        if (order == 0) {
                            equal++;
                            k++;
                            more = rs.next();
                        } else if (order < 0) {
                            onlyOurs++;
                            if (Math.abs(ours.distanceKm(k) - radiusKm) <= EDGE_KM) edge++;
                            k++;
                        } else {
                            onlyPg++;
                            if (Math.abs(theirs.km(rs.getLong(1), rs.getLong(2)) - radiusKm) <= EDGE_KM) edge++;
                            more = rs.next();
                        }
                    }
                }
            }
            c.commit();
            return new Comparison(equal, onlyOurs, onlyPg, edge);
        }

        boolean equal() {
            return onlyOurs + onlyPostgis == onTheEdge;
        }

        String verdict() {
            return "pairs " + outcome();
        }

        /** "equal (K)", or how the two pair sets differ. */
        String outcome() {
            if (onlyOurs == 0 && onlyPostgis == 0) return "equal (" + equalPairs + ")";
            if (equal()) return "equal (" + equalPairs + ", and " + onTheEdge + " within 1 mm of the radius on one side only)";
            return "DIFFER (" + equalPairs + " equal, " + onlyOurs + " only groundtruth, " + onlyPostgis + " only postgis, "
                    + onTheEdge + " of them on the edge)";
        }
    }

    /** Compares our pairs with PostGIS's, ordered by incident id then claim id (ids are 1..N in generation order). */
    private static Comparison compare(Connection c, List<MatchCandidate> ours, SyntheticStrikes.Data data, MatchParameters p)
            throws SQLException {
        return Comparison.of(c, "SELECT incident_id, claim_id FROM pg_pairs ORDER BY incident_id, claim_id", new OurPairs() {
            public int size() {
                return ours.size();
            }

            public long first(int k) {
                return ours.get(k).incidentId();
            }

            public long second(int k) {
                return ours.get(k).claimId();
            }

            public double distanceKm(int k) {
                return ours.get(k).distanceKm();
            }
        }, (incidentId, claimId) -> {
            IncidentFootprint i = data.incidents().get((int) incidentId - 1);
            ClaimFootprint cl = data.claims().get((int) claimId - 1);
            return GreatCircle.distanceKm(i.lat(), i.lon(), cl.lat(), cl.lon());
        }, p.maxDistanceKm());
    }

    /** Our side of a pair comparison, in the order of the PostGIS query's two ids. */
    interface OurPairs {
        int size();

        long first(int k);

        long second(int k);

        double distanceKm(int k);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
