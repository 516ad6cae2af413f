package org.groundtruth.storage.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.storage.jdbc.Database;

/**
 * Moves many incidents from one review status to another inside the caller's transaction, {@value #BATCH} at a time:
 * one UPDATE per batch that answers the ids it really moved (an incident whose status changed meanwhile is left as it
 * is), and one batched insert of their review steps. Thousands take a few statements, not thousands.
 */
final class BulkMoves {
    static final int BATCH = 500;

    private BulkMoves() {
    }

    /** Moves those of {@code ids} that are still {@code from} to {@code to}; returns the ids moved, in the order given. */
    static List<Long> move(Database db, Connection c, List<Long> ids, IncidentStatus from, IncidentStatus to, ChangeNote note, Instant now)
            throws SQLException {
        List<Long> moved = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + BATCH));
            List<Long> done = new ArrayList<>(chunk.size());
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET status = ?, updated_at = ? WHERE status = ? AND id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ") RETURNING id")) {
                ps.setString(1, to.name());
                db.bindInstant(ps, 2, now);
                ps.setString(3, from.name());
                for (int k = 0; k < chunk.size(); k++) ps.setLong(4 + k, chunk.get(k));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) done.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_reviews (incident_id, from_status, to_status, actor, reason, at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (long id : done) {
                    ps.setLong(1, id);
                    ps.setString(2, from.name());
                    ps.setString(3, to.name());
                    ps.setString(4, note.actor());
                    ps.setString(5, note.reason());
                    db.bindInstant(ps, 6, now);
                    ps.addBatch();
                }
                if (!done.isEmpty()) ps.executeBatch();
            }
            java.util.Set<Long> doneSet = new java.util.HashSet<>(done);
            for (long id : chunk) if (doneSet.contains(id)) moved.add(id);
        }
        return moved;
    }

    /** The first column of every row {@code sql} answers, with {@code binder} setting its parameters. */
    static List<Long> ids(Connection c, String sql, Binder binder) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
