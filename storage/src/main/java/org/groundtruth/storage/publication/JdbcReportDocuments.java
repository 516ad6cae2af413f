package org.groundtruth.storage.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.ReportReview;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.Selection;
import org.groundtruth.publication.StoredReport;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Reports as documents on SQLite and PostgreSQL: {@code publication_reports} (the draft, its status and revision) and
 * {@code publication_report_versions} (each published version's PDF and HTML, frozen, with their SHA-256). Every
 * change is one transaction with its audit entry; a version row is only ever inserted.
 */
final class JdbcReportDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT_COLUMNS = "r.id, r.title, r.language, r.filter, r.introduction, r.narratives, r.quoted,"
            + " r.recommendations, r.conclusions, r.status, r.revision, r.created_by, r.created_at, r.updated_by, r.updated_at,"
            + " (SELECT count(*) FROM publication_report_versions v WHERE v.report_id = r.id) AS versions";
    private static final String VERSION_COLUMNS = "report_id, version, generated_on, published_at, published_by, incidents,"
            + " pdf_sha256, length(pdf) AS pdf_bytes, html_sha256, length(html) AS html_bytes";

    private final Database db;
    private final JdbcAuditLog audit;

    JdbcReportDocuments(Database db, JdbcAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    StoredReport create(ReportDraft draft, ChangeNote note) {
        return db.write("creating a report", c -> {
            Instant now = JdbcIncidentStore.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO publication_reports (title, language, filter, introduction, narratives,"
                    + " quoted, recommendations, conclusions, status, revision, created_by, created_at, updated_by, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 1, ?, ?, ?, ?) RETURNING id")) {
                int k = bindDraft(ps, 1, draft);
                ps.setString(k++, note.actor());
                db.bindInstant(ps, k++, now);
                ps.setString(k++, note.actor());
                db.bindInstant(ps, k, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            StoredReport created = load(c, id).orElseThrow();
            audit.append(c, new AuditRecord(note, "report.create", "report:" + id, null, json(created)));
            return created;
        });
    }

    StoredReport update(long id, ReportDraft draft, int expectedRevision, ChangeNote note) {
        return db.write("saving report " + id, c -> {
            StoredReport before = load(c, id).orElseThrow(() -> new NoSuchElementException("no report " + id));
            if (before.status() != IncidentStatus.DRAFT) {
                throw new IllegalStateException("report " + id + " is " + code(before.status()) + ": only a draft is edited (revise it back to draft first)");
            }
            if (before.revision() != expectedRevision) {
                throw new IllegalStateException("report " + id + " was saved by " + before.updatedBy() + " since revision " + expectedRevision
                        + " (it is at revision " + before.revision() + "); reload it and edit again");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE publication_reports SET title = ?, language = ?, filter = ?, introduction = ?,"
                    + " narratives = ?, quoted = ?, recommendations = ?, conclusions = ?, revision = revision + 1, updated_by = ?, updated_at = ?"
                    + " WHERE id = ?")) {
                int k = bindDraft(ps, 1, draft);
                ps.setString(k++, note.actor());
                db.bindInstant(ps, k++, JdbcIncidentStore.now());
                ps.setLong(k, id);
                ps.executeUpdate();
            }
            StoredReport after = load(c, id).orElseThrow();
            audit.append(c, new AuditRecord(note, "report.update", "report:" + id, json(before), json(after)));
            return after;
        });
    }

    Optional<StoredReport> find(long id) {
        return db.read("reading report " + id, c -> load(c, id));
    }

    List<StoredReport> all() {
        return db.read("listing reports", c -> {
            List<StoredReport> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM publication_reports r ORDER BY r.id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(report(rs));
            }
            return out;
        });
    }

    StoredReport move(long id, IncidentStatus to, Role role, String reason, ChangeNote note) {
        if (to == IncidentStatus.PUBLISHED) throw new IllegalStateException("a report is published with its files (publishVersion), not moved");
        return db.write("moving report " + id, c -> {
            StoredReport before = load(c, id).orElseThrow(() -> new NoSuchElementException("no report " + id));
            Optional<String> refused = ReportReview.check(before.status(), to, role, reason);
            if (refused.isPresent()) throw new IllegalStateException(refused.get());
            setStatus(c, id, to, note);
            StoredReport after = load(c, id).orElseThrow();
            audit.append(c, new AuditRecord(reason == null ? note : note.because(reason), "report." + verb(before.status(), to), "report:" + id,
                    "{\"status\":\"" + code(before.status()) + "\"}", "{\"status\":\"" + code(to) + "\"}"));
            return after;
        });
    }

    ReportVersion publish(long id, ReportVersion.Frozen frozen, Role role, ChangeNote note) {
        String pdfSha = Sha256.ofBytes(frozen.pdf()).hex();
        String htmlSha = Sha256.ofBytes(frozen.html()).hex();
        return db.write("publishing report " + id, c -> {
            StoredReport before = load(c, id).orElseThrow(() -> new NoSuchElementException("no report " + id));
            Optional<String> refused = ReportReview.check(before.status(), IncidentStatus.PUBLISHED, role, null);
            if (refused.isPresent()) throw new IllegalStateException(refused.get());
            int version = before.publishedVersions() + 1;
            Instant now = JdbcIncidentStore.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO publication_report_versions (report_id, version, generated_on,"
                    + " published_at, published_by, incidents, pdf, pdf_sha256, html, html_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setInt(2, version);
                db.bindDate(ps, 3, frozen.generatedOn());
                db.bindInstant(ps, 4, now);
                ps.setString(5, note.actor());
                ps.setInt(6, frozen.incidents());
                ps.setBytes(7, frozen.pdf());
                ps.setString(8, pdfSha);
                ps.setBytes(9, frozen.html());
                ps.setString(10, htmlSha);
                ps.executeUpdate();
            }
            setStatus(c, id, IncidentStatus.PUBLISHED, note);
            Map<String, String> after = new LinkedHashMap<>();
            after.put("status", "published");
            after.put("version", Integer.toString(version));
            after.put("generatedOn", frozen.generatedOn().toString());
            after.put("incidents", Integer.toString(frozen.incidents()));
            after.put("pdfSha256", pdfSha);
            after.put("htmlSha256", htmlSha);
            audit.append(c, new AuditRecord(note, "report.publish", "report:" + id, "{\"status\":\"" + code(before.status()) + "\"}",
                    org.groundtruth.storage.jdbc.Json.fields(after)));
            return versions(c, id).get(version - 1);
        });
    }

    List<ReportVersion> versions(long id) {
        return db.read("reading report " + id + "'s versions", c -> versions(c, id));
    }

    Optional<byte[]> file(long id, int version, ReportVersion.Format format) {
        String column = format == ReportVersion.Format.PDF ? "pdf" : "html";
        return db.read("reading version " + version + " of report " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM publication_report_versions WHERE report_id = ? AND version = ?")) {
                ps.setLong(1, id);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    // ---- rows

    private List<ReportVersion> versions(Connection c, long id) throws SQLException {
        List<ReportVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM publication_report_versions WHERE report_id = ? ORDER BY version")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportVersion(rs.getLong("report_id"), rs.getInt("version"), db.readDate(rs, "generated_on"),
                            db.readInstant(rs, "published_at"), rs.getString("published_by"), rs.getInt("incidents"), rs.getString("pdf_sha256"),
                            rs.getLong("pdf_bytes"), rs.getString("html_sha256"), rs.getLong("html_bytes")));
                }
            }
        }
        return out;
    }

    private void setStatus(Connection c, long id, IncidentStatus to, ChangeNote note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE publication_reports SET status = ?, updated_by = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, to.name());
            ps.setString(2, note.actor());
            db.bindInstant(ps, 3, JdbcIncidentStore.now());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    private Optional<StoredReport> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REPORT_COLUMNS + " FROM publication_reports r WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(report(rs)) : Optional.empty();
            }
        }
    }

    private StoredReport report(ResultSet rs) throws SQLException {
        String quoted = rs.getString("quoted");
        ReportDraft draft = new ReportDraft(rs.getString("title"), ReportLanguage.parse(rs.getString("language")), Selection.parse(rs.getString("filter")),
                rs.getString("introduction"), read(rs.getString("narratives"), new TypeReference<Map<String, String>>() { }),
                quoted == null ? null : read(quoted, new TypeReference<Set<Long>>() { }),
                read(rs.getString("recommendations"), new TypeReference<List<String>>() { }), rs.getString("conclusions"));
        return new StoredReport(rs.getLong("id"), draft, IncidentStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                rs.getString("created_by"), db.readInstant(rs, "created_at"), rs.getString("updated_by"), db.readInstant(rs, "updated_at"),
                rs.getInt("versions"));
    }

    private int bindDraft(PreparedStatement ps, int first, ReportDraft d) throws SQLException {
        int k = first;
        ps.setString(k++, d.title());
        ps.setString(k++, d.language().tag());
        ps.setString(k++, d.selection().filter());
        ps.setString(k++, d.introduction());
        ps.setString(k++, write(new java.util.TreeMap<>(d.narratives())));
        ps.setString(k++, d.quotedStatements() == null ? null : write(new java.util.TreeSet<>(d.quotedStatements())));
        ps.setString(k++, write(d.recommendations()));
        ps.setString(k++, d.conclusions());
        return k;
    }

    /** The report as the audit log keeps it: its text and status, not its files. */
    private static String json(StoredReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.draft().title());
        m.put("language", r.draft().language().tag());
        m.put("filter", r.draft().selection().filter());
        m.put("introduction", r.draft().introduction());
        m.put("narratives", new java.util.TreeMap<>(r.draft().narratives()));
        m.put("quoted", r.draft().quotedStatements() == null ? null : new java.util.TreeSet<>(r.draft().quotedStatements()));
        m.put("recommendations", r.draft().recommendations());
        m.put("conclusions", r.draft().conclusions());
        m.put("status", code(r.status()));
        m.put("revision", r.revision());
        return write(m);
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored report field is not the JSON it should be", e);
        }
    }

    private static String code(IncidentStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String verb(IncidentStatus from, IncidentStatus to) {
        if (from == IncidentStatus.PUBLISHED && to == IncidentStatus.DRAFT) return "revise";
        return org.groundtruth.review.ReviewRules.move(from, to).map(org.groundtruth.review.ReviewRules.Move::verb).orElse("move");
    }

    static Set<Long> ids(Set<Long> s) {
        return s == null ? null : new LinkedHashSet<>(s);
    }
}
