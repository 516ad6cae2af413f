package org.groundtruth.storage.postgres;

import org.groundtruth.storage.PublicReadsContract;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public reads on PostgreSQL, in an ANALYZEd database (what autovacuum does in production): each statement's custom
 * plan and its generic plan, the one the JDBC driver's server-side prepared statement is given after five executions.
 */
class PostgresPublicReadsTest extends PublicReadsContract {
    private static final Pattern INDEX_SCAN = Pattern.compile("Index (?:Only )?Scan (?:Backward )?using (\\S+) on incidents\\b");
    private static final Pattern BITMAP_INDEX_SCAN = Pattern.compile("Bitmap Index Scan on (\\S+)");
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @Override
    protected void dropStore() {
        if (url != null) TestPostgres.dropDatabase(url);
    }

    @Override
    protected void analyze(JdbcIncidentStore incidents) {
        incidents.read("analysing", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    @Override
    protected List<String> plans(JdbcIncidentStore incidents, JdbcIncidentStore.BoundSql sql) {
        return incidents.read("explaining", c -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.sql())) {
                sql.binder().bind(ps, 1);
                read(ps, lines);
            }
            lines.add("-- generic plan:");
            lines.addAll(genericPlan(c, sql));
            return lines;
        });
    }

    /**
     * The generic plan: the statement prepared with $n parameters, explained under plan_cache_mode = force_generic_plan
     * with its values written out as literals (EXECUTE takes no bound parameters).
     */
    static List<String> genericPlan(Connection c, JdbcIncidentStore.BoundSql sql) throws java.sql.SQLException {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.sql().toCharArray()) {
            if (ch == '?') numbered.append('$').append(++n);
            else numbered.append(ch);
        }
        List<String> values = literals(sql, n);
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("PREPARE gt_public_plan AS " + numbered);
            try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE gt_public_plan" + (n == 0 ? "" : "(" + String.join(", ", values) + ")"))) {
                while (rs.next()) lines.add(rs.getString(1));
            } finally {
                s.execute("DEALLOCATE gt_public_plan");
                s.execute("RESET plan_cache_mode");
            }
        }
        return lines;
    }

    /** The values a statement binds, as SQL literals: its binder run against a statement that only records them. */
    private static List<String> literals(JdbcIncidentStore.BoundSql sql, int n) throws java.sql.SQLException {
        String[] values = new String[n];
        PreparedStatement recorder = (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                        Object v = method.getName().equals("setNull") ? null : args[1];
                        values[i - 1] = switch (v) {
                            case null -> "NULL";
                            case Number num -> num.toString();
                            case java.time.LocalDate d -> "'" + d + "'::date";
                            case java.time.OffsetDateTime t -> "'" + t + "'::timestamptz";
                            default -> "'" + v.toString().replace("'", "''") + "'";
                        };
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        sql.binder().bind(recorder, 1);
        return List.of(values);
    }

    private static void read(PreparedStatement ps, List<String> lines) throws java.sql.SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) lines.add(rs.getString(1));
        }
    }

    /** A sequential scan of incidents, or an index scan of it through anything but a published-only index. */
    @Override
    protected boolean readsUnpublished(String line) {
        if (line.contains("Seq Scan on incidents ") || line.endsWith("Seq Scan on incidents")) return true;
        Matcher m = INDEX_SCAN.matcher(line);
        if (m.find() && !publishedOnly(m.group(1))) return true;
        Matcher b = BITMAP_INDEX_SCAN.matcher(line);
        return b.find() && b.group(1).startsWith("incidents") && !publishedOnly(b.group(1));
    }

    private static boolean publishedOnly(String index) {
        return index.startsWith("incidents_published_");
    }
}
