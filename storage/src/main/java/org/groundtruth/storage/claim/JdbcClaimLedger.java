package org.groundtruth.storage.claim;

import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.ClaimPage;
import org.groundtruth.claim.ClaimQuery;
import org.groundtruth.claim.ClaimedPlace;
import org.groundtruth.claim.IncidentSpot;
import org.groundtruth.claim.MatchState;
import org.groundtruth.claim.RadiusBasis;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.claim.StoredClaim;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.account.Snapshot;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.Json;
import org.groundtruth.storage.jdbc.Rows;
import org.groundtruth.storage.jdbc.SearchText;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The claims ledger on the database the incident store opened (tables from migration V3 on SQLite, V4 on PostgreSQL).
 * Dates and instants are bound the way the {@link Database} says, so both stores read back the same values.
 */
public final class JdbcClaimLedger implements ClaimLedger {
    private static final int IN_CHUNK = 500;
    static final String CLAIM_COLUMNS = "origin_key, dataset, party, party_key, stated_at, strike_first, strike_last,"
            + " strike_local_time, strike_utc_offset_seconds, strike_precision, locality_names, lat, lon, location_precision,"
            + " error_radius_km, radius_basis, placed_by, claimed_target, sorties, source_url, source_text, source_language,"
            + " recorded_at, updated_at, revision_count, content_hash";
    private static final String MATCH_SELECT = "SELECT m.incident_id, m.claim_id, c.party, m.score, m.distance_km,"
            + " m.offset_seconds, m.reason FROM claim_matches m JOIN claims c ON c.id = m.claim_id";

    /** Merged incidents are kept for undo but hidden: no claim lists them among those it could explain. */
    private static final String NOT_MERGED = " AND NOT EXISTS (SELECT 1 FROM incidents x WHERE x.id = m.incident_id AND x.merged_into IS NOT NULL)";

    private final Database db;
    private final JdbcAuditLog audit;

    public JdbcClaimLedger(Database db, JdbcAuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    JdbcAuditLog audit() {
        return audit;
    }

    Database db() {
        return db;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- claims

    @Override
    public ClaimImport beginImport(ImportMeta meta) {
        return JdbcClaimImport.begin(this, meta);
    }

    @Override
    public List<ImportRun> imports() {
        return db.read("listing claim imports", c -> {
            List<ImportRun> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM claim_imports WHERE finished_at IS NOT NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportRun(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
                            rs.getString("file_sha256"), db.readInstant(rs, "started_at"), db.readInstant(rs, "finished_at"),
                            rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("unplaced")));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredClaim> find(long claimId) {
        return db.read("finding claim " + claimId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM claims WHERE id = ?")) {
                ps.setLong(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(storedClaim(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public ClaimPage list(ClaimQuery q) {
        return db.read("listing claims", c -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Binder> binds = new ArrayList<>();
            if (q.party() != null) {
                String pattern = "%" + SearchText.key(q.party()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.append(" AND c.party_key LIKE ? ESCAPE '\\'");
                binds.add((ps, i) -> ps.setString(i, pattern));
            }
            if (q.placed() != null) where.append(q.placed() ? " AND c.lat IS NOT NULL" : " AND c.lat IS NULL");
            if (q.from() != null) {
                where.append(" AND c.strike_last >= ?");
                binds.add((ps, i) -> db.bindDate(ps, i, q.from()));
            }
            if (q.to() != null) {
                where.append(" AND c.strike_first <= ?");
                binds.add((ps, i) -> db.bindDate(ps, i, q.to()));
            }
            if (q.matched() != null) {
                where.append(q.matched() ? " AND" : " AND NOT").append(" EXISTS (SELECT 1 FROM claim_matches m WHERE m.claim_id = c.id" + NOT_MERGED + ")");
            }
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM claims c" + where)) {
                for (int k = 0; k < binds.size(); k++) binds.get(k).bind(ps, k + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<StoredClaim> items = new ArrayList<>();
            if (q.limit() > 0 && total > q.offset()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM claims c" + where
                        + " ORDER BY c.strike_first, c.id LIMIT ? OFFSET ?")) {
                    int k = 0;
                    for (; k < binds.size(); k++) binds.get(k).bind(ps, k + 1);
                    ps.setInt(k + 1, q.limit());
                    ps.setLong(k + 2, q.offset());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) items.add(storedClaim(rs));
                    }
                }
            }
            return new ClaimPage(items, total);
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    /** Binds every column of {@link #CLAIM_COLUMNS} from 1 on; returns the next index. */
    int bindClaim(PreparedStatement ps, String originKey, String dataset, Claim cl, Instant updatedAt, int revisions,
                  String contentHash) throws SQLException {
        int i = 1;
        ps.setString(i++, originKey);
        ps.setString(i++, dataset);
        ps.setString(i++, cl.party());
        ps.setString(i++, SearchText.key(cl.party()));
        db.bindInstant(ps, i++, cl.statedAt());
        IncidentDate d = cl.strikeDate();
        db.bindDate(ps, i++, d.firstDay());
        db.bindDate(ps, i++, d.lastDay());
        db.bindTime(ps, i++, d.localTime());
        if (d.offset() == null) ps.setNull(i++, Types.INTEGER);
        else ps.setInt(i++, d.offset().getTotalSeconds());
        ps.setString(i++, d.precision().name());
        ClaimedPlace p = cl.place();
        ps.setString(i++, Json.list(p.localityNames()));
        if (p.point() == null) {
            ps.setNull(i++, Types.DOUBLE);
            ps.setNull(i++, Types.DOUBLE);
        } else {
            ps.setDouble(i++, p.point().lat());
            ps.setDouble(i++, p.point().lon());
        }
        ps.setString(i++, p.precision().name());
        if (p.errorRadiusKm() == null) ps.setNull(i++, Types.DOUBLE);
        else ps.setDouble(i++, p.errorRadiusKm());
        ps.setString(i++, p.radiusBasis() == null ? null : p.radiusBasis().name());
        ps.setString(i++, p.placedBy().name());
        ps.setString(i++, cl.claimedTarget());
        if (cl.sorties() == null) ps.setNull(i++, Types.INTEGER);
        else ps.setInt(i++, cl.sorties());
        ps.setString(i++, cl.source().url());
        ps.setString(i++, cl.source().text());
        ps.setString(i++, cl.source().language());
        db.bindInstant(ps, i++, cl.recordedAt());
        db.bindInstant(ps, i++, updatedAt);
        ps.setInt(i++, revisions);
        ps.setString(i++, contentHash);
        return i;
    }

    private StoredClaim storedClaim(ResultSet rs) throws SQLException {
        return new StoredClaim(claim(rs), rs.getString("origin_key"), rs.getString("dataset"), rs.getInt("revision_count"),
                db.readInstant(rs, "updated_at"));
    }

    private Claim claim(ResultSet rs) throws SQLException {
        Integer offset = Rows.integer(rs, "strike_utc_offset_seconds");
        IncidentDate date = new IncidentDate(db.readDate(rs, "strike_first"), db.readDate(rs, "strike_last"),
                db.readTime(rs, "strike_local_time"), offset == null ? null : ZoneOffset.ofTotalSeconds(offset),
                DatePrecision.valueOf(rs.getString("strike_precision")));
        double lat = rs.getDouble("lat");
        Coordinates point = rs.wasNull() ? null : new Coordinates(lat, rs.getDouble("lon"));
        double r = rs.getDouble("error_radius_km");
        Double radius = rs.wasNull() ? null : r;
        String basis = rs.getString("radius_basis");
        ClaimedPlace place = new ClaimedPlace(Json.parseList(rs.getString("locality_names")), point,
                LocationPrecision.valueOf(rs.getString("location_precision")), radius,
                basis == null ? null : RadiusBasis.valueOf(basis), PlacedBy.valueOf(rs.getString("placed_by")));
        SourceDocument source = new SourceDocument(rs.getString("source_url"), rs.getString("source_text"),
                rs.getString("source_language"));
        return new Claim(rs.getLong("id"), rs.getString("party"), db.readInstant(rs, "stated_at"), date, place,
                rs.getString("claimed_target"), Rows.integer(rs, "sorties"), source, db.readInstant(rs, "recorded_at"));
    }

    // ---- responses

    @Override
    public Response respond(Response r, ChangeNote note) {
        return db.write("recording a response about incident " + r.incidentId(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE id = ?")) {
                ps.setLong(1, r.incidentId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NoSuchElementException("no incident " + r.incidentId());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO responses (incident_id, party, kind, response_date, text,"
                    + " source_url, source_text, source_language, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, r.incidentId());
                ps.setString(2, r.party());
                ps.setString(3, r.kind().name());
                db.bindDate(ps, 4, r.date());
                ps.setString(5, r.text());
                ps.setString(6, r.source().url());
                ps.setString(7, r.source().text());
                ps.setString(8, r.source().language());
                db.bindInstant(ps, 9, r.recordedAt());
                Response stored;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    stored = new Response(rs.getLong(1), r.party(), r.kind(), r.incidentId(), r.date(), r.text(), r.source(), r.recordedAt());
                }
                audit.append(c, new AuditRecord(note, "response.add", "incident:" + r.incidentId(), null, Snapshot.fields(
                        "response", stored.id(), "party", r.party(), "kind", r.kind().name().toLowerCase(java.util.Locale.ROOT),
                        "date", r.date().toString(), "text", r.text(), "url", r.source().url())));
                return stored;
            }
        });
    }

    @Override
    public List<Response> responsesFor(long incidentId) {
        return responsesFor(List.of(incidentId)).getOrDefault(incidentId, List.of());
    }

    @Override
    public Map<Long, List<Response>> responsesFor(Collection<Long> incidentIds) {
        return db.read("reading responses", c -> byIncident(c, incidentIds, "SELECT * FROM responses WHERE incident_id IN (",
                ") ORDER BY incident_id, response_date, id", rs -> new Response(rs.getLong("id"), rs.getString("party"),
                        ResponseKind.valueOf(rs.getString("kind")), rs.getLong("incident_id"), db.readDate(rs, "response_date"),
                        rs.getString("text"), new SourceDocument(rs.getString("source_url"), rs.getString("source_text"),
                        rs.getString("source_language")), db.readInstant(rs, "recorded_at")), Response::incidentId));
    }

    // ---- stored matches

    @Override
    public List<ClaimMatch> matchesForIncident(long incidentId) {
        return matchesForIncidents(List.of(incidentId)).getOrDefault(incidentId, List.of());
    }

    @Override
    public Map<Long, List<ClaimMatch>> matchesForIncidents(Collection<Long> incidentIds) {
        return db.read("reading matched claims", c -> byIncident(c, incidentIds, MATCH_SELECT + " WHERE m.incident_id IN (",
                ") ORDER BY m.incident_id, m.score DESC, m.claim_id", JdbcClaimLedger::match, ClaimMatch::incidentId));
    }

    @Override
    public List<ClaimMatch> matchesForClaim(long claimId) {
        return db.read("reading the incidents of claim " + claimId, c -> {
            List<ClaimMatch> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(MATCH_SELECT + " WHERE m.claim_id = ?" + NOT_MERGED + " ORDER BY m.score DESC, m.incident_id")) {
                ps.setLong(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(match(rs));
                }
            }
            return out;
        });
    }

    private static ClaimMatch match(ResultSet rs) throws SQLException {
        return new ClaimMatch(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getLong(6),
                rs.getString(7));
    }

    // ---- match runs

    @Override
    public Optional<MatchState> matchState() {
        return db.read("reading the match state", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM match_state WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new MatchState(rs.getDouble("radius_km"), rs.getLong("window_seconds"),
                        db.readInstant(rs, "incidents_matched_to"), db.readInstant(rs, "claims_matched_to"),
                        db.readInstant(rs, "full_run_at")));
            }
        });
    }

    @Override
    public Instant[] latestChanges() {
        return db.read("reading the latest changes", c -> {
            Instant[] out = new Instant[2];
            try (PreparedStatement ps = c.prepareStatement("SELECT max(updated_at) AS t FROM incidents");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                out[0] = db.readInstant(rs, "t");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT max(updated_at) AS t FROM claims");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                out[1] = db.readInstant(rs, "t");
            }
            return out;
        });
    }

    @Override
    public List<IncidentSpot> incidents(Instant after, Instant until, LocalDate from, LocalDate to) {
        return db.read("reading incidents to match", c -> {
            StringBuilder sql = new StringBuilder("SELECT id, lat, lon, location_precision, radius_m, date_first, date_last,"
                    + " local_time, utc_offset_seconds, date_precision, objects_hit, place_name, governorate, district,"
                    + " country_code, placed_by, event_kind FROM incidents WHERE merged_into IS NULL");
            List<Binder> binds = new ArrayList<>();
            if (after != null) {
                sql.append(" AND updated_at > ?");
                binds.add((ps, i) -> db.bindInstant(ps, i, after));
            }
            if (until != null) {
                sql.append(" AND updated_at <= ?");
                binds.add((ps, i) -> db.bindInstant(ps, i, until));
            }
            if (from != null) {
                sql.append(" AND date_last >= ?");
                binds.add((ps, i) -> db.bindDate(ps, i, from));
            }
            if (to != null) {
                sql.append(" AND date_first <= ?");
                binds.add((ps, i) -> db.bindDate(ps, i, to));
            }
            List<IncidentSpot> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY id")) {
                ps.setFetchSize(10_000);
                for (int k = 0; k < binds.size(); k++) binds.get(k).bind(ps, k + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(spot(rs));
                }
            }
            return out;
        });
    }

    private IncidentSpot spot(ResultSet rs) throws SQLException {
        return new IncidentSpot(rs.getLong("id"), Rows.location(rs), Rows.incidentDate(db, rs), Rows.objectsHit(rs), Rows.eventKind(rs));
    }

    @Override
    public List<Claim> claims(Instant after, Instant until) {
        return db.read("reading claims to match", c -> {
            StringBuilder sql = new StringBuilder("SELECT * FROM claims WHERE 1 = 1");
            if (after != null) sql.append(" AND updated_at > ?");
            if (until != null) sql.append(" AND updated_at <= ?");
            List<Claim> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY id")) {
                ps.setFetchSize(10_000);
                int i = 1;
                if (after != null) db.bindInstant(ps, i++, after);
                if (until != null) db.bindInstant(ps, i, until);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(claim(rs));
                }
            }
            return out;
        });
    }

    @Override
    public void replaceAllMatches(List<ClaimMatch> matches, MatchState state) {
        db.write("storing " + matches.size() + " match candidates", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM claim_matches")) {
                ps.executeUpdate();
            }
            insertMatches(c, matches);
            saveState(c, state);
            return null;
        });
    }

    @Override
    public void replaceMatchesOf(Collection<Long> incidentIds, Collection<Long> claimIds, List<ClaimMatch> matches, MatchState state) {
        db.write("storing " + matches.size() + " match candidates", c -> {
            for (List<Long> chunk : chunks(incidentIds)) deleteWhereIn(c, "incident_id", chunk);
            for (List<Long> chunk : chunks(claimIds)) deleteWhereIn(c, "claim_id", chunk);
            // a pair found from both sides, or already stored for an unchanged pair, is replaced, never duplicated
            Map<List<Long>, ClaimMatch> byPair = new LinkedHashMap<>();
            for (ClaimMatch m : matches) byPair.put(List.of(m.incidentId(), m.claimId()), m);
            List<ClaimMatch> unique = new ArrayList<>(byPair.values());
            for (int from = 0; from < unique.size(); from += IN_CHUNK) {
                List<ClaimMatch> part = unique.subList(from, Math.min(unique.size(), from + IN_CHUNK));
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM claim_matches WHERE incident_id = ? AND claim_id = ?")) {
                    for (ClaimMatch m : part) {
                        ps.setLong(1, m.incidentId());
                        ps.setLong(2, m.claimId());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            insertMatches(c, unique);
            saveState(c, state);
            return null;
        });
    }

    private static void deleteWhereIn(Connection c, String column, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM claim_matches WHERE " + column + " IN (" + marks(ids.size()) + ")")) {
            for (int k = 0; k < ids.size(); k++) ps.setLong(k + 1, ids.get(k));
            ps.executeUpdate();
        }
    }

    private static void insertMatches(Connection c, List<ClaimMatch> matches) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_matches (incident_id, claim_id, score, distance_km,"
                + " offset_seconds, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (ClaimMatch m : matches) {
                ps.setLong(1, m.incidentId());
                ps.setLong(2, m.claimId());
                ps.setDouble(3, m.score());
                ps.setDouble(4, m.distanceKm());
                ps.setLong(5, m.offsetSeconds());
                ps.setString(6, m.reason());
                ps.addBatch();
                if (++n % 5000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    private void saveState(Connection c, MatchState s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM match_state")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO match_state (id, radius_km, window_seconds,"
                + " incidents_matched_to, claims_matched_to, full_run_at) VALUES (1, ?, ?, ?, ?, ?)")) {
            ps.setDouble(1, s.radiusKm());
            ps.setLong(2, s.windowSeconds());
            db.bindInstant(ps, 3, s.incidentsMatchedTo());
            db.bindInstant(ps, 4, s.claimsMatchedTo());
            db.bindInstant(ps, 5, s.fullRunAt() == null ? now() : s.fullRunAt().truncatedTo(ChronoUnit.MICROS));
            ps.executeUpdate();
        }
    }

    // ---- helpers

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Rows for many incidents, read {@code IN} chunk by chunk, grouped by incident in the query's order. */
    private static <T> Map<Long, List<T>> byIncident(Connection c, Collection<Long> incidentIds, String sqlBeforeIds,
                                                     String sqlAfterIds, RowReader<T> reader,
                                                     java.util.function.ToLongFunction<T> incidentOf) throws SQLException {
        Map<Long, List<T>> out = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(incidentIds)) {
            try (PreparedStatement ps = c.prepareStatement(sqlBeforeIds + marks(chunk.size()) + sqlAfterIds)) {
                for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        T row = reader.read(rs);
                        out.computeIfAbsent(incidentOf.applyAsLong(row), k -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        return out;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        if (all.isEmpty()) return List.of();
        List<List<Long>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) out.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
        return out;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
