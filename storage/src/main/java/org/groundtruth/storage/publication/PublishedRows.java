package org.groundtruth.storage.publication;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Report;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.Json;
import org.groundtruth.storage.jdbc.Rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** An incident row read back with the incident ledger's own column readers, without the columns an export never needs. */
final class PublishedRows {
    private PublishedRows() {
    }

    static Incident incident(Database db, ResultSet rs) throws SQLException {
        Casualties casualties = new Casualties(range(rs, "killed"), range(rs, "injured"), range(rs, "children_killed"),
                range(rs, "women_killed"), range(rs, "men_killed"));
        IncidentFacts facts = new IncidentFacts(rs.getString("title"), rs.getString("summary"), Rows.incidentDate(db, rs),
                Rows.location(rs), casualties, Rows.objectsHit(rs), Json.parseList(rs.getString("perpetrators")),
                Json.parseList(rs.getString("weapons")));
        return new Incident(rs.getLong("id"), rs.getString("public_id"), facts, IncidentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("edited_by_hand"), List.of(), db.readInstant(rs, "created_at"), db.readInstant(rs, "updated_at"));
    }

    static Incident withReports(Incident i, List<Report> reports) {
        return new Incident(i.id(), i.publicId(), i.facts(), i.status(), i.editedByHand(), reports, i.createdAt(), i.updatedAt());
    }

    private static CountRange range(ResultSet rs, String prefix) throws SQLException {
        return CountRange.of(Rows.integer(rs, prefix + "_min"), Rows.integer(rs, prefix + "_max"));
    }
}
