package org.groundtruth.storage.assessment;

import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.objective.ObjectiveKind;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.place.Coordinates;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The objective layer in table {@code military_objectives} (migration V5 SQLite / V6 PostgreSQL). */
public final class JdbcObjectiveLayer implements ObjectiveLayer {
    private static final String COLUMNS = "name, kind, geometry_wkt, anchor_lat, anchor_lon, valid_from, valid_to, party, source, notes, updated_at";
    private final Database db;
    private final JdbcAuditLog audit;

    public JdbcObjectiveLayer(Database db) {
        this.db = db;
        this.audit = new JdbcAuditLog(db);
    }

    /** The objective as the audit log keeps it. */
    static String json(MilitaryObjective o) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("name", o.name());
        m.put("kind", o.kind().code());
        m.put("wkt", o.geometry().wkt());
        m.put("validFrom", o.validFrom() == null ? null : o.validFrom().toString());
        m.put("validTo", o.validTo() == null ? null : o.validTo().toString());
        m.put("party", o.party());
        m.put("source", o.source());
        m.put("notes", o.notes());
        return org.groundtruth.storage.jdbc.Json.fields(m);
    }

    @Override
    public List<MilitaryObjective> list() {
        return db.read("listing military objectives", c -> query(c, "SELECT * FROM military_objectives ORDER BY id", null));
    }

    @Override
    public Optional<MilitaryObjective> find(long id) {
        return db.read("finding military objective " + id,
                c -> query(c, "SELECT * FROM military_objectives WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<MilitaryObjective> addAll(List<MilitaryObjective> objectives, ChangeNote note) {
        return db.write("adding " + objectives.size() + " military objective(s)", c -> {
            Instant now = JdbcIncidentStore.now();
            List<MilitaryObjective> out = new ArrayList<>(objectives.size());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO military_objectives (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                for (MilitaryObjective o : objectives) {
                    bind(ps, o, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out.add(o.withId(rs.getLong(1), now));
                    }
                    MilitaryObjective added = out.getLast();
                    audit.append(c, new AuditRecord(note, "objective.add", "objective:" + added.id(), null, json(added)));
                }
            }
            return out;
        });
    }

    @Override
    public MilitaryObjective update(long id, MilitaryObjective objective, ChangeNote note) {
        return db.write("updating military objective " + id, c -> {
            Instant now = JdbcIncidentStore.now();
            List<MilitaryObjective> before = query(c, "SELECT * FROM military_objectives WHERE id = ?", id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE military_objectives SET " + String.join(" = ?, ", COLUMNS.split(", "))
                    + " = ? WHERE id = ?")) {
                bind(ps, objective, now);
                ps.setLong(12, id);
                if (ps.executeUpdate() == 0) throw new NoSuchElementException("no military objective " + id);
            }
            MilitaryObjective after = objective.withId(id, now);
            audit.append(c, new AuditRecord(note, "objective.update", "objective:" + id,
                    before.isEmpty() ? null : json(before.getFirst()), json(after)));
            return after;
        });
    }

    private void bind(PreparedStatement ps, MilitaryObjective o, Instant now) throws SQLException {
        Coordinates a = o.geometry().anchor();
        ps.setString(1, o.name());
        ps.setString(2, o.kind().code());
        ps.setString(3, o.geometry().wkt());
        ps.setDouble(4, a.lat());
        ps.setDouble(5, a.lon());
        db.bindDate(ps, 6, o.validFrom());
        db.bindDate(ps, 7, o.validTo());
        ps.setString(8, o.party());
        ps.setString(9, o.source());
        ps.setString(10, o.notes());
        db.bindInstant(ps, 11, now);
    }

    private List<MilitaryObjective> query(Connection c, String sql, Long id) throws SQLException {
        List<MilitaryObjective> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MilitaryObjective(rs.getLong("id"), rs.getString("name"),
                            ObjectiveKind.parse(rs.getString("kind")).orElse(ObjectiveKind.OTHER),
                            MilitaryObjective.geometryOf(rs.getString("geometry_wkt")), db.readDate(rs, "valid_from"),
                            db.readDate(rs, "valid_to"), rs.getString("party"), rs.getString("source"), rs.getString("notes"),
                            db.readInstant(rs, "updated_at")));
                }
            }
        }
        return out;
    }
}
