package org.groundtruth.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.PendingRevision;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.storage.account.Snapshot;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

/**
 * The table pending_revisions: corrections to published incidents held back from the public (decision 0752). Values
 * are kept as JSON in {@link Snapshot}'s form (records by component), read back here; every method works on the
 * caller's connection, inside its transaction.
 */
final class PendingRevisions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Database db;

    PendingRevisions(Database db) {
        this.db = db;
    }

    /** The incident's pending revision with its row id, if it has one. */
    Optional<Stored> open(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM pending_revisions WHERE incident_id = ? AND state = 'PENDING'")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                String facts = rs.getString("facts");
                return Optional.of(new Stored(rs.getLong("id"), new PendingRevision(incidentId, facts == null ? null : facts(tree(facts)),
                        reports(tree(rs.getString("reports"))), imported(tree(rs.getString("held_imports"))), corrections(tree(rs.getString("corrections"))),
                        db.readInstant(rs, "created_at"), db.readInstant(rs, "updated_at"))));
            }
        }
    }

    /** A pending revision as stored, with its row id. */
    record Stored(long id, PendingRevision revision) {
    }

    /** Holds a correction: new facts ({@code facts}) or one more report ({@code report}), amending the open revision. */
    PendingRevision propose(Connection c, long incidentId, IncidentFacts facts, NewReport report, ChangeNote note, Instant now) throws SQLException {
        Optional<Stored> open = open(c, incidentId);
        PendingRevision was = open.map(Stored::revision).orElse(null);
        IncidentFacts newFacts = facts != null ? facts : was == null ? null : was.facts();
        List<NewReport> reports = new ArrayList<>(was == null ? List.of() : was.reports());
        if (report != null) reports.add(report);
        List<PendingRevision.Correction> corrections = new ArrayList<>(was == null ? List.of() : was.corrections());
        corrections.add(new PendingRevision.Correction(note.actor(), note.reason(), facts != null ? "facts" : "report", now));
        return save(c, incidentId, open, new PendingRevision(incidentId, newFacts, reports, was == null ? List.of() : was.imported(), corrections,
                was == null ? now : was.createdAt(), now));
    }

    /**
     * Holds a re-import's new revision of a report of a published incident (decision 0752); it replaces an earlier held
     * revision of the same report. False when exactly this revision is already held (the same file imported again).
     */
    boolean holdImport(Connection c, long incidentId, PendingRevision.ImportedRevision held, String actor, Instant now) throws SQLException {
        Optional<Stored> open = open(c, incidentId);
        PendingRevision was = open.map(Stored::revision).orElse(null);
        List<PendingRevision.ImportedRevision> imported = new ArrayList<>(was == null ? List.of() : was.imported());
        for (PendingRevision.ImportedRevision h : imported) {
            if (h.reportId() == held.reportId() && h.contentHash().equals(held.contentHash())) return false;
        }
        imported.removeIf(h -> h.reportId() == held.reportId());
        imported.add(held);
        List<PendingRevision.Correction> corrections = new ArrayList<>(was == null ? List.of() : was.corrections());
        corrections.add(new PendingRevision.Correction(actor, "import " + held.importId() + " read a new revision of report " + held.originKey(), "import", now));
        save(c, incidentId, open, new PendingRevision(incidentId, was == null ? null : was.facts(), was == null ? List.of() : was.reports(), imported,
                corrections, was == null ? now : was.createdAt(), now));
        return true;
    }

    private PendingRevision save(Connection c, long incidentId, Optional<Stored> open, PendingRevision p) throws SQLException {
        if (open.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pending_revisions SET facts = ?, reports = ?, held_imports = ?, corrections = ?,"
                    + " updated_at = ? WHERE id = ?")) {
                ps.setString(1, p.facts() == null ? null : Snapshot.of(p.facts()));
                ps.setString(2, Snapshot.of(p.reports()));
                ps.setString(3, Snapshot.of(p.imported()));
                ps.setString(4, Snapshot.of(p.corrections()));
                db.bindInstant(ps, 5, p.updatedAt());
                ps.setLong(6, open.get().id());
                ps.executeUpdate();
            }
            return p;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_revisions (incident_id, state, facts, reports, held_imports, corrections,"
                + " created_at, updated_at) VALUES (?, 'PENDING', ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, incidentId);
            ps.setString(2, p.facts() == null ? null : Snapshot.of(p.facts()));
            ps.setString(3, Snapshot.of(p.reports()));
            ps.setString(4, Snapshot.of(p.imported()));
            ps.setString(5, Snapshot.of(p.corrections()));
            db.bindInstant(ps, 6, p.createdAt());
            db.bindInstant(ps, 7, p.updatedAt());
            ps.executeUpdate();
        }
        return p;
    }

    /** Closes the open revision as published or discarded, with who decided and why. */
    void decide(Connection c, long rowId, String state, ChangeNote note, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE pending_revisions SET state = ?, decided_at = ?, decided_by = ?, decision_reason = ?"
                + " WHERE id = ? AND state = 'PENDING'")) {
            ps.setString(1, state);
            db.bindInstant(ps, 2, now);
            ps.setString(3, note.actor());
            ps.setString(4, note.reason());
            ps.setLong(5, rowId);
            if (ps.executeUpdate() != 1) throw new IllegalStateException("the pending revision was decided meanwhile; look again");
        }
    }

    /** Whether any incident's open revision holds a report with this origin key. */
    static boolean holdsOriginKey(Connection c, String originKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reports FROM pending_revisions WHERE state = 'PENDING' AND reports LIKE ? ESCAPE '\\'")) {
            ps.setString(1, "%" + originKey.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (NewReport r : reports(tree(rs.getString(1)))) if (r.originKey().equals(originKey)) return true;
                }
            }
        }
        return false;
    }

    // ---- reading Snapshot's JSON back

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored pending revision is not valid JSON", e);
        }
    }

    static IncidentFacts facts(JsonNode f) {
        JsonNode d = f.get("date");
        IncidentDate date = new IncidentDate(LocalDate.parse(d.get("firstDay").asText()), LocalDate.parse(d.get("lastDay").asText()),
                text(d, "localTime") == null ? null : LocalTime.parse(text(d, "localTime")),
                text(d, "offset") == null ? null : ZoneOffset.of(text(d, "offset")), DatePrecision.valueOf(d.get("precision").asText()));
        JsonNode l = f.get("location");
        JsonNode p = l.get("point");
        Location location = new Location(p == null || p.isNull() ? null : new Coordinates(p.get("lat").asDouble(), p.get("lon").asDouble()),
                LocationPrecision.valueOf(l.get("precision").asText()), integer(l, "radiusMetres"), text(l, "placeName"), text(l, "governorate"),
                text(l, "district"), text(l, "countryCode"), PlacedBy.valueOf(l.get("placedBy").asText()));
        JsonNode cs = f.get("casualties");
        Casualties casualties = new Casualties(range(cs, "killed"), range(cs, "injured"), range(cs, "childrenKilled"), range(cs, "womenKilled"),
                range(cs, "menKilled"));
        Set<CivilianObject> objects = EnumSet.noneOf(CivilianObject.class);
        f.path("objectsHit").forEach(o -> objects.add(CivilianObject.valueOf(o.asText())));
        // a revision proposed before event kinds existed has none: unknown, as the 8-argument facts say
        String kind = text(f, "kind");
        return new IncidentFacts(text(f, "title"), text(f, "summary"), date, location, casualties, objects, strings(f.path("allegedPerpetrators")),
                strings(f.path("weapons")), kind == null ? null : org.groundtruth.incident.EventKind.valueOf(kind));
    }

    static List<NewReport> reports(JsonNode a) {
        List<NewReport> out = new ArrayList<>();
        for (JsonNode r : a) {
            JsonNode s = r.get("source");
            Map<String, String> fields = new LinkedHashMap<>();
            r.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            out.add(new NewReport(r.get("originKey").asText(), new Source(text(s, "name"), text(s, "dataset"), text(s, "url")), text(r, "text"),
                    text(r, "language"), fields));
        }
        return out;
    }

    static List<PendingRevision.ImportedRevision> imported(JsonNode a) {
        List<PendingRevision.ImportedRevision> out = new ArrayList<>();
        for (JsonNode r : a) {
            JsonNode s = r.get("source");
            Map<String, String> fields = new LinkedHashMap<>();
            r.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            JsonNode f = r.get("facts");
            out.add(new PendingRevision.ImportedRevision(r.get("reportId").asLong(), r.get("importId").asLong(), r.get("originKey").asText(),
                    new Source(text(s, "name"), text(s, "dataset"), text(s, "url")), text(r, "text"), text(r, "language"), r.get("contentHash").asText(),
                    fields, f == null || f.isNull() ? null : facts(f), Instant.parse(r.get("at").asText())));
        }
        return out;
    }

    static List<PendingRevision.Correction> corrections(JsonNode a) {
        List<PendingRevision.Correction> out = new ArrayList<>();
        for (JsonNode n : a) out.add(new PendingRevision.Correction(n.get("actor").asText(), text(n, "reason"), n.get("what").asText(), Instant.parse(n.get("at").asText())));
        return out;
    }

    private static CountRange range(JsonNode cs, String name) {
        JsonNode r = cs.get(name);
        return CountRange.of(integer(r, "min"), integer(r, "max"));
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
