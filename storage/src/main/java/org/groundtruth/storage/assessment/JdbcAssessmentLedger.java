package org.groundtruth.storage.assessment;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.assessment.StoredAssessment;
import org.groundtruth.grading.Grade;
import org.groundtruth.grading.GradeOverride;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Overrides in {@code grade_overrides} (append only), summaries in {@code incident_grades}: one row per incident with
 * the computed grade, the grade of the override in force and the effective one (override, else computed), kept
 * consistent in the same transaction as each write.
 */
public final class JdbcAssessmentLedger implements AssessmentLedger {
    private final Database db;
    private final org.groundtruth.storage.account.JdbcAuditLog audit;

    public JdbcAssessmentLedger(Database db) {
        this.db = db;
        this.audit = new org.groundtruth.storage.account.JdbcAuditLog(db);
    }

    @Override
    public GradeOverride override(GradeOverride o, org.groundtruth.audit.ChangeNote note) {
        return db.write("recording a grade override for incident " + o.incidentId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE id = ?")) {
                ps.setLong(1, o.incidentId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NoSuchElementException("no incident " + o.incidentId());
                }
            }
            Instant now = JdbcIncidentStore.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO grade_overrides (incident_id, grade, reason, author, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, o.incidentId());
                ps.setString(2, o.grade() == null ? null : o.grade().code());
                ps.setString(3, o.reason());
                ps.setString(4, o.author());
                db.bindInstant(ps, 5, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            String grade = o.grade() == null ? null : o.grade().code();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_grades (incident_id, override_grade, effective_grade)"
                    + " VALUES (?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET override_grade = excluded.override_grade,"
                    + " effective_grade = coalesce(excluded.override_grade, incident_grades.computed_grade)")) {
                ps.setLong(1, o.incidentId());
                ps.setString(2, grade);
                ps.setString(3, grade);
                ps.executeUpdate();
            }
            GradeOverride stored = o.stored(id, now);
            java.util.Map<String, String> after = new java.util.LinkedHashMap<>();
            after.put("grade", o.grade() == null ? "computed" : o.grade().code());
            after.put("reason", o.reason());
            after.put("by", o.author());
            audit.append(c, new org.groundtruth.audit.AuditRecord(note, "grade.override", "incident:" + o.incidentId(), null,
                    org.groundtruth.storage.jdbc.Json.fields(after)));
            return stored;
        });
    }

    @Override
    public Optional<GradeOverride> currentOverride(long incidentId) {
        List<GradeOverride> all = overrides(incidentId);
        if (all.isEmpty() || all.getLast().clears()) return Optional.empty();
        return Optional.of(all.getLast());
    }

    @Override
    public List<GradeOverride> currentOverrides() {
        return db.read("reading the grade overrides in force", c -> {
            List<GradeOverride> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.* FROM grade_overrides o WHERE o.grade IS NOT NULL AND o.id ="
                    + " (SELECT max(n.id) FROM grade_overrides n WHERE n.incident_id = o.incident_id) ORDER BY o.incident_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        });
    }

    private GradeOverride row(ResultSet rs) throws SQLException {
        String g = rs.getString("grade");
        return new GradeOverride(rs.getLong("id"), rs.getLong("incident_id"), g == null ? null : grade(g), rs.getString("reason"),
                rs.getString("author"), db.readInstant(rs, "recorded_at"));
    }

    @Override
    public List<GradeOverride> overrides(long incidentId) {
        return db.read("reading grade overrides of incident " + incidentId, c -> {
            List<GradeOverride> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM grade_overrides WHERE incident_id = ? ORDER BY id")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row(rs));
                }
            }
            return out;
        });
    }

    @Override
    public void saveComputed(List<StoredAssessment> results) {
        if (results.isEmpty()) return;
        db.write("storing " + results.size() + " computed assessment(s)", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_grades (incident_id, computed_grade, effective_grade,"
                    + " parties, top_probability, computed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET"
                    + " computed_grade = excluded.computed_grade,"
                    + " effective_grade = coalesce(incident_grades.override_grade, excluded.computed_grade),"
                    + " parties = excluded.parties, top_probability = excluded.top_probability, computed_at = excluded.computed_at")) {
                for (StoredAssessment a : results) {
                    ps.setLong(1, a.incidentId());
                    ps.setString(2, a.computedGrade().code());
                    ps.setString(3, a.computedGrade().code());
                    ps.setString(4, "|" + String.join("|", a.parties()) + "|");
                    ps.setDouble(5, a.topProbability());
                    db.bindInstant(ps, 6, a.computedAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<StoredAssessment> computed(long incidentId) {
        return db.read("reading the assessment of incident " + incidentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM incident_grades WHERE incident_id = ? AND computed_grade IS NOT NULL")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new StoredAssessment(incidentId, grade(rs.getString("computed_grade")), parties(rs.getString("parties")),
                            rs.getDouble("top_probability"), db.readInstant(rs, "computed_at")));
                }
            }
        });
    }

    @Override
    public java.util.Map<Long, org.groundtruth.assessment.GradeSummary> summaries(java.util.Collection<Long> incidentIds) {
        java.util.Map<Long, org.groundtruth.assessment.GradeSummary> out = new java.util.HashMap<>();
        if (incidentIds.isEmpty()) return out;
        List<Long> ids = List.copyOf(incidentIds);
        return db.read("reading grades of " + ids.size() + " incident(s)", c -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, effective_grade, override_grade, parties"
                        + " FROM incident_grades WHERE incident_id IN (" + marks + ")")) {
                    for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String g = rs.getString("effective_grade"), parties = rs.getString("parties");
                            out.put(rs.getLong(1), new org.groundtruth.assessment.GradeSummary(rs.getLong(1), g == null ? null : grade(g),
                                    rs.getString("override_grade") != null,
                                    parties(parties)));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Grade> effectiveGrade(long incidentId) {
        return db.read("reading the grade of incident " + incidentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT effective_grade FROM incident_grades WHERE incident_id = ?")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) return Optional.empty();
                    return Optional.of(grade(rs.getString(1)));
                }
            }
        });
    }

    /** The parties column holds "|a|b|" so that a LIKE '%|a|%' filter finds whole names; null reads as none. */
    private static List<String> parties(String column) {
        return column == null ? List.of() : Arrays.stream(column.split("\\|")).filter(p -> !p.isEmpty()).toList();
    }

    private static Grade grade(String code) {
        return Grade.parse(code).orElseThrow(() -> new IllegalStateException("stored grade '" + code + "' is not known"));
    }
}
