package org.groundtruth.storage.sqlite;

import org.groundtruth.storage.PublicReadsContract;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Public reads on SQLite: {@code EXPLAIN QUERY PLAN} after {@code ANALYZE}. */
class SqlitePublicReadsTest extends PublicReadsContract {
    /** A line of EXPLAIN QUERY PLAN that reads the incidents table (aliased i, or not), and how. */
    private static final Pattern READS_INCIDENTS = Pattern.compile("^(SCAN|SEARCH) (i|incidents)( |$).*");

    @TempDir
    static Path dataDir;

    @Override
    protected Store newStore() {
        return JdbcStore.sqlite(dataDir);
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
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql.sql())) {
                sql.binder().bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) lines.add(rs.getString("detail"));
                }
            }
            return lines;
        });
    }

    /** Any read of incidents but through a published-only index: a full index, the table, or a rowid lookup. */
    @Override
    protected boolean readsUnpublished(String line) {
        return READS_INCIDENTS.matcher(line).matches() && !line.contains("INDEX incidents_published_");
    }
}
