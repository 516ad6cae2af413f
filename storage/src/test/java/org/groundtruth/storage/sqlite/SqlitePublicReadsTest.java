package org.groundtruth.storage.sqlite;

import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentSort;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.storage.PublicReadsContract;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Public reads on SQLite: {@code EXPLAIN QUERY PLAN} after {@code ANALYZE}. */
class SqlitePublicReadsTest extends PublicReadsContract {
    /** A line of EXPLAIN QUERY PLAN that reads the incidents table (aliased i, or not), and how. */
    private static final Set<IncidentStatus> PUBLIC = Set.of(IncidentStatus.PUBLISHED);
    private static final BoundingBox BOX = new BoundingBox(36.0, 35.0, 36.5, 35.5);
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

    /**
     * The public's count and page read no incident row at all: the published-only index holds every column they
     * filter and sort by (V110), so even the matches outside the page cost an index entry, not a row. Read from the
     * statement's bytecode: no {@code Column} taken from a cursor on the incidents table itself.
     */
    @Test
    void publicSearchesReadOnlyTheirIndexNeverARow() {
        var kinds = org.groundtruth.incident.EventKind.parseSet("strikes");
        List<IncidentQuery> shapes = List.of(
                IncidentQuery.all().withStatuses(PUBLIC).withBbox(BOX),
                IncidentQuery.all().withStatuses(PUBLIC).withBbox(BOX).withSort(IncidentSort.DATE_NEWEST).withKinds(kinds),
                IncidentQuery.all().withStatuses(PUBLIC).withGovernorate("Idlib").withKinds(kinds),
                IncidentQuery.all().withStatuses(PUBLIC).withSort(IncidentSort.DATE_NEWEST),
                IncidentQuery.all().withStatuses(PUBLIC).withKinds(kinds));
        JdbcIncidentStore incidents = (JdbcIncidentStore) store.incidents();
        for (IncidentQuery q : shapes) {
            var sql = incidents.searchSql(q);
            for (var statement : List.of(sql.count(), sql.page())) {
                assertThat(rowColumnsRead(incidents, statement)).as("row columns read by %s\nfor %s", statement.sql(), q).isEmpty();
            }
        }
    }

    /** The {@code Column} instructions of a statement that read a row of the incidents table (not an index entry). */
    private static List<String> rowColumnsRead(JdbcIncidentStore incidents, JdbcIncidentStore.BoundSql sql) {
        return incidents.read("explaining", c -> {
            long root;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'incidents'")) {
                rs.next();
                root = rs.getLong(1);
            }
            java.util.Set<Integer> tableCursors = new java.util.HashSet<>();
            List<String> reads = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.sql())) {
                sql.binder().bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String op = rs.getString("opcode");
                        int cursor = rs.getInt("p1");
                        if (op.equals("OpenRead") && rs.getLong("p2") == root) tableCursors.add(cursor);
                        if (op.equals("Column") && tableCursors.contains(cursor)) reads.add("column " + rs.getInt("p2") + " of the row");
                    }
                }
            }
            return reads;
        });
    }

    /** Any read of incidents but through a published-only index: a full index, the table, or a rowid lookup. */
    @Override
    protected boolean readsUnpublished(String line) {
        return READS_INCIDENTS.matcher(line).matches() && !line.contains("INDEX incidents_published_");
    }
}
