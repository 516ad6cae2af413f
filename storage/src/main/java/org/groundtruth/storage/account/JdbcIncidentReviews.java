package org.groundtruth.storage.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongFunction;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.review.ReviewStep;
import org.groundtruth.storage.jdbc.Database;

/** Review moves: incidents.status changed, a row in incident_reviews and an audit entry, in one transaction. */
public final class JdbcIncidentReviews implements IncidentReviews {
    private final Database db;
    private final JdbcAuditLog audit;
    private final LongFunction<Optional<Incident>> finder;

    public JdbcIncidentReviews(Database db, JdbcAuditLog audit, LongFunction<Optional<Incident>> finder) {
        this.db = db;
        this.audit = audit;
        this.finder = finder;
    }

    @Override
    public Incident move(long incidentId, IncidentStatus to, Role role, ChangeNote note) {
        db.write("moving incident " + incidentId + " to " + ReviewRules.code(to), c -> {
            IncidentStatus from;
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM incidents WHERE id = ?")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NoSuchElementException("no incident " + incidentId);
                    from = IncidentStatus.valueOf(rs.getString(1));
                }
            }
            Optional<String> refused = ReviewRules.check(from, to, role, note.reason());
            if (refused.isPresent()) throw new IllegalStateException(refused.get());
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET status = ?, updated_at = ? WHERE id = ? AND status = ?")) {
                ps.setString(1, to.name());
                db.bindInstant(ps, 2, now);
                ps.setLong(3, incidentId);
                ps.setString(4, from.name());
                if (ps.executeUpdate() != 1) throw new IllegalStateException("incident " + incidentId + " changed status meanwhile; try again");
            }
            insertStep(c, incidentId, from, to, note, now);
            String verb = ReviewRules.move(from, to).orElseThrow().verb();
            audit.append(c, new AuditRecord(note, "review." + verb, "incident:" + incidentId,
                    Snapshot.fields("status", ReviewRules.code(from)), Snapshot.fields("status", ReviewRules.code(to))));
            return null;
        });
        return finder.apply(incidentId).orElseThrow();
    }

    @Override
    public List<ReviewStep> history(long incidentId) {
        return db.read("reading the review history of incident " + incidentId, c -> {
            List<ReviewStep> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM incident_reviews WHERE incident_id = ? ORDER BY id")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReviewStep(incidentId, IncidentStatus.valueOf(rs.getString("from_status")),
                                IncidentStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("reason"),
                                db.readInstant(rs, "at")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long publishAllDrafts(ChangeNote note) {
        return db.write("publishing all drafts", c -> {
            Instant now = Instant.now();
            long n;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM incidents WHERE status = 'DRAFT'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                n = rs.getLong(1);
            }
            if (n == 0) return 0L;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_reviews (incident_id, from_status, to_status, actor, reason, at)"
                    + " SELECT id, 'DRAFT', 'PUBLISHED', ?, ?, ? FROM incidents WHERE status = 'DRAFT'")) {
                ps.setString(1, note.actor());
                ps.setString(2, note.reason());
                db.bindInstant(ps, 3, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET status = 'PUBLISHED', updated_at = ? WHERE status = 'DRAFT'")) {
                db.bindInstant(ps, 1, now);
                ps.executeUpdate();
            }
            audit.append(c, new AuditRecord(note, "review.publish-all", "incidents:drafts",
                    Snapshot.fields("status", "draft", "count", n), Snapshot.fields("status", "published", "count", n)));
            return n;
        });
    }

    /**
     * The drafts that imports run by {@code importActor} loaded and that no person has touched since: never reviewed
     * (a draft sent back or reopened stays as people left it), never edited by hand, not a merge survivor or merged
     * away, every revision of every report from such an import (no report added by hand or by another importer).
     */
    static final String UNTOUCHED_IMPORTED_DRAFTS = "SELECT i.id FROM incidents i WHERE i.status = 'DRAFT' AND i.edited_by_hand = ?"
            + " AND i.merged_into IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM incidents m WHERE m.merged_into = i.id)"
            + " AND NOT EXISTS (SELECT 1 FROM incident_reviews rv WHERE rv.incident_id = i.id)"
            + " AND EXISTS (SELECT 1 FROM reports r WHERE r.incident_id = i.id)"
            + " AND NOT EXISTS (SELECT 1 FROM reports r JOIN report_revisions v ON v.report_id = r.id LEFT JOIN imports im ON im.id = v.import_id"
            + " WHERE r.incident_id = i.id AND (im.actor IS NULL OR im.actor <> ?))"
            + " ORDER BY i.id";

    @Override
    public long publishImported(String importActor, ChangeNote note) {
        return db.write("publishing what " + importActor + " imported", c -> {
            List<Long> ids = BulkMoves.ids(c, UNTOUCHED_IMPORTED_DRAFTS, ps -> {
                ps.setBoolean(1, false);
                ps.setString(2, importActor);
            });
            if (ids.isEmpty()) return 0L;
            List<Long> moved = BulkMoves.move(db, c, ids, IncidentStatus.DRAFT, IncidentStatus.PUBLISHED, note, Instant.now());
            audit.append(c, new AuditRecord(note, "review.publish-imported", "imports:" + importActor,
                    Snapshot.fields("status", "draft", "count", moved.size()),
                    Snapshot.fields("status", "published", "count", moved.size(), "incidents", moved)));
            return (long) moved.size();
        });
    }

    private void insertStep(Connection c, long incidentId, IncidentStatus from, IncidentStatus to, ChangeNote note, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_reviews (incident_id, from_status, to_status, actor, reason, at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, incidentId);
            ps.setString(2, from.name());
            ps.setString(3, to.name());
            ps.setString(4, note.actor());
            ps.setString(5, note.reason());
            db.bindInstant(ps, 6, now);
            ps.executeUpdate();
        }
    }
}
