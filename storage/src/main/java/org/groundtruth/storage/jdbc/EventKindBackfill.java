package org.groundtruth.storage.jdbc;

import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.EventKindCoding;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives every incident stored before event kinds existed (migration V100) the kind its rows hold: each report's
 * latest revision is the source row as last imported, and {@link EventKindCoding#fromFields} reads the source's own
 * coding from it (ACLED, UCDP GED, the Syrian Archive); an incident whose reports say nothing is unknown. A strike
 * coded by any report wins over the other kinds, because the incident was kept as one strike. Runs at the first start
 * after the migration, in one transaction; at every later start it is one index lookup.
 */
final class EventKindBackfill {
    private EventKindBackfill() {
    }

    static int run(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM incidents WHERE event_kind IS NULL LIMIT 1")) {
                if (!rs.next()) return 0;
            }
            Map<Long, EventKind> kinds = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT i.id, rv.fields, im.field_names FROM incidents i"
                            + " LEFT JOIN reports r ON r.incident_id = i.id"
                            + " LEFT JOIN report_revisions rv ON rv.report_id = r.id"
                            + " AND rv.revision = (SELECT max(x.revision) FROM report_revisions x WHERE x.report_id = r.id)"
                            + " LEFT JOIN imports im ON im.id = rv.import_id"
                            + " WHERE i.event_kind IS NULL ORDER BY i.id, r.id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String fields = rs.getString(2);
                    EventKind k = fields == null ? EventKind.UNKNOWN : EventKindCoding.fromFields(Json.parseFields(fields, rs.getString(3)));
                    kinds.merge(id, k, EventKindBackfill::stronger);
                }
            }
            Backfill.update(c, "UPDATE incidents SET event_kind = ? WHERE id = ? AND event_kind IS NULL", kinds.entrySet(), (ps, e) -> {
                ps.setString(1, e.getValue().code());
                ps.setLong(2, e.getKey());
            });
            return kinds.size();
        } catch (SQLException e) {
            throw new StoreException("giving incidents their event kinds", e);
        }
    }

    /** Of two reports' kinds: a strike over anything, a known kind over unknown, else the first. */
    static EventKind stronger(EventKind a, EventKind b) {
        if (a.isStrike() || b == EventKind.UNKNOWN) return a;
        if (b.isStrike() || a == EventKind.UNKNOWN) return b;
        return a;
    }
}
