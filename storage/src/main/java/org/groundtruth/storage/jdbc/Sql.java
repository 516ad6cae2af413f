package org.groundtruth.storage.jdbc;

import java.sql.Types;
import java.util.Collections;
import java.util.List;

/** The statements both stores share, spelled once so that insert, update and read agree on the columns. */
public final class Sql {
    private Sql() {
    }

    /** The columns an {@link org.groundtruth.incident.IncidentFacts} fills, in binding order. */
    public static final List<String> FACT_COLUMNS = List.of(
            "title", "summary", "date_first", "date_last", "local_time", "utc_offset_seconds", "date_precision",
            "instant_utc", "lat", "lon", "location_precision", "radius_m", "place_name", "governorate",
            "governorate_key", "district", "country_code", "placed_by",
            "killed_min", "killed_max", "injured_min", "injured_max", "children_killed_min", "children_killed_max",
            "women_killed_min", "women_killed_max", "men_killed_min", "men_killed_max",
            "objects_hit", "perpetrators", "actor_search", "weapons", "event_kind");

    /** The SQL types of {@link #FACT_COLUMNS}, for binding nulls (and for PostgreSQL's binary COPY). */
    public static final int[] FACT_TYPES;

    static {
        FACT_TYPES = new int[FACT_COLUMNS.size()];
        for (int k = 0; k < FACT_TYPES.length; k++) {
            String c = FACT_COLUMNS.get(k);
            FACT_TYPES[k] = c.startsWith("date_first") || c.startsWith("date_last") ? Types.DATE
                    : c.equals("local_time") ? Types.TIME
                    : c.equals("instant_utc") ? Types.TIMESTAMP_WITH_TIMEZONE
                    : c.equals("lat") || c.equals("lon") ? Types.DOUBLE
                    : c.endsWith("_min") || c.endsWith("_max") || c.equals("radius_m") || c.equals("utc_offset_seconds") ? Types.INTEGER
                    : Types.VARCHAR;
        }
    }

    public static final String INSERT_INCIDENT = "INSERT INTO incidents (id, " + String.join(", ", FACT_COLUMNS)
            + ", search_text, status, edited_by_hand, created_at, updated_at, public_id) VALUES ("
            + marks(FACT_COLUMNS.size() + 7) + ")";

    /** Followed by optional further assignments and " WHERE id = ?". */
    public static final String UPDATE_FACTS = "UPDATE incidents SET " + String.join(" = ?, ", FACT_COLUMNS) + " = ?, updated_at = ?";

    public static final String INSERT_REPORT = "INSERT INTO reports (id, incident_id, origin_key, source_name, source_dataset,"
            + " source_url, text, language, first_seen, last_changed, revision_count, content_hash)"
            + " VALUES (" + marks(12) + ")";

    public static final String INSERT_REVISION = "INSERT INTO report_revisions (report_id, revision, import_id, recorded_at,"
            + " content_hash, fields) VALUES (" + marks(6) + ")";

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
