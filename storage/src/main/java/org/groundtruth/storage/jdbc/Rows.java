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

    /** The incident columns this class reads. */
    enum Column {
        ID, PUBLIC_ID, STATUS, EDITED_BY_HAND, CREATED_AT, UPDATED_AT, TITLE, SUMMARY, DATE_FIRST, DATE_LAST, LOCAL_TIME,
        UTC_OFFSET_SECONDS, DATE_PRECISION, LAT, LON, LOCATION_PRECISION, RADIUS_M, PLACE_NAME, GOVERNORATE, DISTRICT,
        COUNTRY_CODE, PLACED_BY, KILLED_MIN, KILLED_MAX, INJURED_MIN, INJURED_MAX, CHILDREN_KILLED_MIN, CHILDREN_KILLED_MAX,
        WOMEN_KILLED_MIN, WOMEN_KILLED_MAX, MEN_KILLED_MIN, MEN_KILLED_MAX, OBJECTS_HIT, PERPETRATORS, WEAPONS, EVENT_KIND;

        final String sqlName = name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Where each incident column is in one result set, looked up on first use and kept for every later row: looking
     * each column up by name on each row took a tenth of a public list request (decision 0422).
     */
    public static final class Columns {
        private final ResultSet rs;
        private final int[] at = new int[Column.values().length];

        public Columns(ResultSet rs) {
            this.rs = rs;
        }

        int of(Column c) throws SQLException {
            int p = at[c.ordinal()];
            if (p == 0) at[c.ordinal()] = p = rs.findColumn(c.sqlName);
            return p;
        }

        String text(Column c) throws SQLException {
            return rs.getString(of(c));
        }

        /** The column's integer, or null. */
        Integer integer(Column c) throws SQLException {
            int v = rs.getInt(of(c));
            return rs.wasNull() ? null : v;
        }
    }

    /** An incident without its reports (the caller adds them); {@code cols} are {@code rs}'s. */
    public static Incident incident(Database store, ResultSet rs, Columns cols) throws SQLException {
        IncidentDate date = incidentDate(store, rs, cols);
        Location location = location(rs, cols);
        Casualties casualties = new Casualties(range(cols, Column.KILLED_MIN, Column.KILLED_MAX), range(cols, Column.INJURED_MIN, Column.INJURED_MAX),
                range(cols, Column.CHILDREN_KILLED_MIN, Column.CHILDREN_KILLED_MAX), range(cols, Column.WOMEN_KILLED_MIN, Column.WOMEN_KILLED_MAX),
                range(cols, Column.MEN_KILLED_MIN, Column.MEN_KILLED_MAX));
        IncidentFacts facts = new IncidentFacts(cols.text(Column.TITLE), cols.text(Column.SUMMARY), date, location, casualties,
                objectsHit(cols), Json.parseList(cols.text(Column.PERPETRATORS)), Json.parseList(cols.text(Column.WEAPONS)), eventKind(cols));
        return new Incident(rs.getLong(cols.of(Column.ID)), cols.text(Column.PUBLIC_ID), facts, IncidentStatus.valueOf(cols.text(Column.STATUS)),
                rs.getBoolean(cols.of(Column.EDITED_BY_HAND)), List.of(), store.readInstant(rs, cols.of(Column.CREATED_AT)),
                store.readInstant(rs, cols.of(Column.UPDATED_AT)));
    }

    /** The columns of {@link #report}, in the order it reads them. */
    static final String REPORT_COLUMNS = "id, incident_id, origin_key, source_name, source_dataset, source_url, text, language, first_seen,"
            + " last_changed, revision_count";

    /** {@link #REPORT_COLUMNS} with the text left out (read as null): what a list needs of each report. */
    static final String REPORT_COLUMNS_WITHOUT_TEXT = REPORT_COLUMNS.replace(" text,", " NULL AS text,");

    /** A report from a row of {@link #REPORT_COLUMNS}, read by position. */
    static Report report(JdbcIncidentStore store, ResultSet rs) throws SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), new Source(rs.getString(4), rs.getString(5), rs.getString(6)),
                rs.getString(7), rs.getString(8), store.readInstant(rs, 9), store.readInstant(rs, 10), rs.getInt(11));
    }

    /** An incident row's date columns. */
    public static IncidentDate incidentDate(Database db, ResultSet rs) throws SQLException {
        return incidentDate(db, rs, new Columns(rs));
    }

    private static IncidentDate incidentDate(Database db, ResultSet rs, Columns cols) throws SQLException {
        Integer offsetSeconds = cols.integer(Column.UTC_OFFSET_SECONDS);
        return new IncidentDate(db.readDate(rs, cols.of(Column.DATE_FIRST)), db.readDate(rs, cols.of(Column.DATE_LAST)),
                db.readTime(rs, cols.of(Column.LOCAL_TIME)), offsetSeconds == null ? null : ZoneOffset.ofTotalSeconds(offsetSeconds),
                DatePrecision.valueOf(cols.text(Column.DATE_PRECISION)));
    }

    /** An incident row's location columns. */
    public static Location location(ResultSet rs) throws SQLException {
        return location(rs, new Columns(rs));
    }

    private static Location location(ResultSet rs, Columns cols) throws SQLException {
        double lat = rs.getDouble(cols.of(Column.LAT));
        Coordinates point = rs.wasNull() ? null : new Coordinates(lat, rs.getDouble(cols.of(Column.LON)));
        return new Location(point, LocationPrecision.valueOf(cols.text(Column.LOCATION_PRECISION)), cols.integer(Column.RADIUS_M),
                cols.text(Column.PLACE_NAME), cols.text(Column.GOVERNORATE), cols.text(Column.DISTRICT), cols.text(Column.COUNTRY_CODE),
                PlacedBy.valueOf(cols.text(Column.PLACED_BY)));
    }

    /** An incident row's civilian objects hit. */
    public static Set<CivilianObject> objectsHit(ResultSet rs) throws SQLException {
        return objectsHit(new Columns(rs));
    }

    private static Set<CivilianObject> objectsHit(Columns cols) throws SQLException {
        List<String> codes = Json.parseList(cols.text(Column.OBJECTS_HIT));
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
        return eventKind(new Columns(rs));
    }

    private static EventKind eventKind(Columns cols) throws SQLException {
        String code = cols.text(Column.EVENT_KIND);
        if (code == null) return EventKind.UNKNOWN;
        for (EventKind k : EVENT_KINDS) if (k.code().equals(code)) return k; // stored as its code: no lenient parse per row
        return EventKind.parse(code).orElseThrow(() -> new IllegalStateException("stored event kind '" + code + "' is not known"));
    }

    private static final EventKind[] EVENT_KINDS = EventKind.values();

    private static CountRange range(Columns cols, Column min, Column max) throws SQLException {
        return CountRange.of(cols.integer(min), cols.integer(max));
    }

    /** The column's integer, or null. */
    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
