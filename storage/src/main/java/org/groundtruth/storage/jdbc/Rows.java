package org.groundtruth.storage.jdbc;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads stored rows back into domain values; the incident columns' pieces serve the feature stores too. */
public final class Rows {
    private Rows() {
    }

    /** An incident without its reports (the caller adds them). */
    static Incident incident(JdbcIncidentStore store, ResultSet rs) throws SQLException {
        IncidentDate date = incidentDate(store, rs);
        Location location = location(rs);
        Casualties casualties = new Casualties(range(rs, "killed"), range(rs, "injured"), range(rs, "children_killed"),
                range(rs, "women_killed"), range(rs, "men_killed"));
        IncidentFacts facts = new IncidentFacts(rs.getString("title"), rs.getString("summary"), date, location, casualties,
                objectsHit(rs), Json.parseList(rs.getString("perpetrators")),
                Json.parseList(rs.getString("weapons")), eventKind(rs));
        return new Incident(rs.getLong("id"), rs.getString("public_id"), facts, IncidentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("edited_by_hand"), List.of(), store.readInstant(rs, "created_at"),
                store.readInstant(rs, "updated_at"));
    }

    static Report report(JdbcIncidentStore store, ResultSet rs) throws SQLException {
        return new Report(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("origin_key"),
                new Source(rs.getString("source_name"), rs.getString("source_dataset"), rs.getString("source_url")),
                rs.getString("text"), rs.getString("language"), store.readInstant(rs, "first_seen"),
                store.readInstant(rs, "last_changed"), rs.getInt("revision_count"));
    }

    /** An incident row's date columns. */
    public static IncidentDate incidentDate(Database db, ResultSet rs) throws SQLException {
        Integer offsetSeconds = integer(rs, "utc_offset_seconds");
        return new IncidentDate(db.readDate(rs, "date_first"), db.readDate(rs, "date_last"), db.readTime(rs, "local_time"),
                offsetSeconds == null ? null : ZoneOffset.ofTotalSeconds(offsetSeconds), DatePrecision.valueOf(rs.getString("date_precision")));
    }

    /** An incident row's location columns. */
    public static Location location(ResultSet rs) throws SQLException {
        double lat = rs.getDouble("lat");
        Coordinates point = rs.wasNull() ? null : new Coordinates(lat, rs.getDouble("lon"));
        return new Location(point, LocationPrecision.valueOf(rs.getString("location_precision")),
                integer(rs, "radius_m"), rs.getString("place_name"), rs.getString("governorate"), rs.getString("district"),
                rs.getString("country_code"), PlacedBy.valueOf(rs.getString("placed_by")));
    }

    /** An incident row's civilian objects hit. */
    public static Set<CivilianObject> objectsHit(ResultSet rs) throws SQLException {
        List<String> codes = Json.parseList(rs.getString("objects_hit"));
        if (codes.isEmpty()) return Set.of();
        EnumSet<CivilianObject> set = EnumSet.noneOf(CivilianObject.class);
        for (String code : codes) {
            set.add(CivilianObject.parse(code).orElseThrow(
                    () -> new IllegalStateException("stored civilian object '" + code + "' is not known")));
        }
        return set;
    }

    /** An incident row's event kind; NULL (a row the backfill has not reached) is unknown. */
    public static EventKind eventKind(ResultSet rs) throws SQLException {
        String code = rs.getString("event_kind");
        if (code == null) return EventKind.UNKNOWN;
        return EventKind.parse(code).orElseThrow(() -> new IllegalStateException("stored event kind '" + code + "' is not known"));
    }

    private static CountRange range(ResultSet rs, String prefix) throws SQLException {
        return CountRange.of(integer(rs, prefix + "_min"), integer(rs, prefix + "_max"));
    }

    /** The column's integer, or null. */
    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
