package org.groundtruth.storage.merging;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.matching.TimeSpans;
import org.groundtruth.merging.MergeCandidate;
import org.groundtruth.merging.MergeEvent;
import org.groundtruth.merging.MergeFootprint;
import org.groundtruth.merging.MergeGroup;
import org.groundtruth.merging.MergeGroupRun;
import org.groundtruth.merging.MergeGroupView;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.merging.MergeProposal;
import org.groundtruth.merging.MergeRun;
import org.groundtruth.merging.MergeStatus;
import org.groundtruth.merging.TextNormaliser;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge workflow over JDBC (decision 0524). Every operation is one write transaction. Applying moves the
 * merged incident's reports under the survivor and lists them in merge_moves; undo moves exactly those back.
 * Reports are never deleted or rewritten: only their incident_id changes.
 */
public final class JdbcMergeLedger implements MergeLedger {
    /** Recomputes the search text and text index of incidents whose reports moved (the incident store knows how). */
    @FunctionalInterface
    public interface SearchRefresh {
        void refresh(Connection c, Collection<Long> incidentIds) throws SQLException;
    }

    private static final Pattern CODE = Pattern.compile("\"([a-z_]+)\"");
    private static final String COLUMNS = "id, first_id, second_id, confidence, distance_km, gap_seconds, reason, status, survivor_id,"
            + " merged_id, automatic, proposed_at, decided_at, decided_by, note";

    private final Database db;
    private final SearchRefresh refresh;
    private final JdbcAuditLog audit;

    /** {@code audit}: every applied, undone and rejected merge is recorded in the audit log inside its transaction. */
    public JdbcMergeLedger(Database db, SearchRefresh refresh, JdbcAuditLog audit) {
        this.db = db;
        this.refresh = refresh;
        this.audit = audit;
    }

    /**
     * Raised inside a transaction when a merge must wait for a person: it would join two incidents a reviewer split,
     * or incidents at different review statuses (a merge must neither hide a published finding nor publish an
     * unreviewed one).
     */
    static final class MergeBlocked extends IllegalStateException {
        MergeBlocked(String message) {
            super(message);
        }
    }

    // ---- reading

    @Override
    public List<MergeFootprint> footprints() {
        return db.read("reading incidents to merge", c -> {
            Map<Long, List<String>> texts = new HashMap<>();
            Map<Long, List<Long>> sources = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.incident_id, r.text, r.source_url, r.source_dataset FROM reports r"
                    + " JOIN incidents i ON i.id = r.incident_id WHERE i.merged_into IS NULL ORDER BY r.incident_id, r.id")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long incident = rs.getLong(1);
                        if (rs.getString(2) != null) texts.computeIfAbsent(incident, k -> new ArrayList<>()).add(rs.getString(2));
                        // a source is the document's address as one dataset cites it: two incidents that one coder filed under
                        // one roundup are two strikes (decisions 0547, 0564); a name alone ("SOHR") is a publisher of many
                        // documents, not one. Two datasets citing one article say nothing of that kind: often one strike
                        String source = rs.getString(3);
                        if (source != null && !source.isBlank()) {
                            String dataset = rs.getString(4);
                            sources.computeIfAbsent(incident, k -> new ArrayList<>())
                                    .add(MergeFootprint.sourceKey((dataset == null ? "" : dataset) + " " + source));
                        }
                    }
                }
            }
            // rows first, then the texts' signatures on every core (normalising 50,000 texts is most of the read)
            record Row(long id, double lat, double lon, double radiusKm, IncidentDate date, Set<CivilianObject> objects,
                       org.groundtruth.incident.EventKind kind, List<String> words, MergeFootprint.Names names) {
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, lat, lon, radius_m, location_precision, date_first, date_last,"
                    + " local_time, utc_offset_seconds, date_precision, objects_hit, summary, event_kind,"
                    + " place_name, governorate, country_code, killed_min, killed_max FROM incidents"
                    + " WHERE merged_into IS NULL ORDER BY id")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        // unplaced incidents are candidates by the names of their place and area (decision 0562)
                        double lat = rs.getDouble("lat"), lon = rs.getDouble("lon");
                        if (rs.wasNull()) lat = lon = Double.NaN;
                        Integer killedMin = org.groundtruth.storage.jdbc.Rows.integer(rs, "killed_min");
                        Integer killedMax = org.groundtruth.storage.jdbc.Rows.integer(rs, "killed_max");
                        MergeFootprint.Names names = MergeFootprint.Names.of(rs.getString("place_name"), rs.getString("governorate"),
                                rs.getString("country_code"), org.groundtruth.incident.CountRange.of(killedMin, killedMax));
                        if (Double.isNaN(lat) && names.place() == 0 && names.area() == 0) continue; // neither placed nor named
                        int radius = rs.getInt("radius_m");
                        if (rs.wasNull()) radius = LocationPrecision.valueOf(rs.getString("location_precision")).typicalRadiusMetres();
                        int offset = rs.getInt("utc_offset_seconds");
                        ZoneOffset zone = rs.wasNull() ? null : ZoneOffset.ofTotalSeconds(offset);
                        IncidentDate date = new IncidentDate(db.readDate(rs, "date_first"), db.readDate(rs, "date_last"),
                                db.readTime(rs, "local_time"), zone, DatePrecision.valueOf(rs.getString("date_precision")));
                        List<String> words = new ArrayList<>(texts.getOrDefault(id, List.of()));
                        if (rs.getString("summary") != null) words.add(rs.getString("summary"));
                        rows.add(new Row(id, lat, lon, radius / 1000.0, date, objects(rs.getString("objects_hit")),
                                org.groundtruth.storage.jdbc.Rows.eventKind(rs), words, names));
                    }
                }
            }
            List<MergeFootprint> out = rows.parallelStream().map(r -> new MergeFootprint(r.id(), r.lat(), r.lon(), r.radiusKm(),
                    TimeSpans.firstSecond(r.date()), TimeSpans.lastSecond(r.date()), r.date().precision(), r.objects(),
                    TextNormaliser.signature(r.words()), r.kind(),
                    sources.getOrDefault(r.id(), List.of()).stream().mapToLong(Long::longValue).distinct().toArray(), r.names())).toList();
            return out;
        });
    }

    private static Set<CivilianObject> objects(String json) {
        Set<CivilianObject> out = EnumSet.noneOf(CivilianObject.class);
        Matcher m = CODE.matcher(json == null ? "" : json);
        while (m.find()) CivilianObject.parse(m.group(1)).ifPresent(out::add);
        return out;
    }

    @Override
    public List<MergeProposal> list(MergeStatus status, int limit, int offset) {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit " + limit + " must be 1..10000");
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " must not be negative");
        String order = status == MergeStatus.PENDING ? " ORDER BY confidence DESC, id" : " ORDER BY id";
        return db.read("listing merge proposals", c -> {
            List<MergeProposal> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM merge_proposals WHERE status = ?" + order
                    + " LIMIT ? OFFSET ?")) {
                ps.setString(1, status.code());
                ps.setInt(2, limit);
                ps.setInt(3, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(proposal(rs));
                }
            }
            return out;
        });
    }

    @Override
    public long count(MergeStatus status) {
        return db.read("counting merge proposals", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM merge_proposals WHERE status = ?")) {
                ps.setString(1, status.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<MergeProposal> find(long proposalId) {
        return db.read("finding merge proposal " + proposalId, c -> Optional.ofNullable(load(c, proposalId)));
    }

    @Override
    public List<MergeEvent> history(long proposalId) {
        return db.read("reading the history of merge proposal " + proposalId, c -> {
            if (load(c, proposalId) == null) throw new NoSuchElementException("no merge proposal " + proposalId);
            List<MergeEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT action, actor, at, note FROM merge_events WHERE proposal_id = ? ORDER BY id")) {
                ps.setLong(1, proposalId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new MergeEvent(proposalId, rs.getString(1), rs.getString(2), db.readInstant(rs, "at"), rs.getString(4)));
                }
            }
            return out;
        });
    }

    @Override
    public OptionalLong mergedInto(long incidentId) {
        return db.read("reading incident " + incidentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM incidents WHERE id = ?")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new NoSuchElementException("no incident " + incidentId);
                    long into = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(into);
                }
            }
        });
    }

    // ---- writing

    @Override
    public MergeRun record(List<MergeCandidate> candidates, double autoApplyAt, String actor) {
        return db.write("recording merge proposals", c -> {
            serialize(c);
            Instant now = now();
            int known = 0;
            List<long[]> fresh = new ArrayList<>(); // id, index into candidates
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO merge_proposals (first_id, second_id, confidence, distance_km,"
                    + " gap_seconds, reason, status, automatic, proposed_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)"
                    + " ON CONFLICT (first_id, second_id) DO NOTHING RETURNING id")) {
                for (int k = 0; k < candidates.size(); k++) {
                    MergeCandidate m = candidates.get(k);
                    insert.setLong(1, m.firstId());
                    insert.setLong(2, m.secondId());
                    insert.setDouble(3, m.confidence());
                    insert.setDouble(4, m.distanceKm());
                    insert.setLong(5, m.gapSeconds());
                    insert.setString(6, m.reason());
                    insert.setBoolean(7, false);
                    db.bindInstant(insert, 8, now);
                    try (ResultSet rs = insert.executeQuery()) {
                        if (!rs.next()) { // the pair has a proposal already: whatever was decided stands
                            known++;
                            continue;
                        }
                        long id = rs.getLong(1);
                        fresh.add(new long[]{id, k});
                        event(c, id, "proposed", actor, now, null);
                    }
                }
            }
            int applied = 0, blocked = 0;
            List<long[]> sure = new ArrayList<>(fresh.stream().filter(f -> candidates.get((int) f[1]).confidence() >= autoApplyAt).toList());
            sure.sort(Comparator.<long[]>comparingDouble(f -> -candidates.get((int) f[1]).confidence()).thenComparingLong(f -> f[0]));
            for (long[] f : sure) {
                MergeProposal p = load(c, f[0]);
                if (p.status() != MergeStatus.PENDING) continue; // superseded by an earlier merge of this run
                try {
                    applyIn(c, p, actor, true, now);
                    applied++;
                } catch (MergeBlocked e) {
                    blocked++;
                    try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET note = ? WHERE id = ?")) {
                        ps.setString(1, "not applied automatically: " + e.getMessage());
                        ps.setLong(2, p.id());
                        ps.executeUpdate();
                    }
                }
            }
            int queued = 0;
            for (long[] f : fresh) if (load(c, f[0]).status() == MergeStatus.PENDING) queued++;
            return new MergeRun(candidates.size(), known, fresh.size(), applied, queued, blocked);
        });
    }

    @Override
    public MergeProposal apply(long proposalId, String actor) {
        return db.write("applying merge proposal " + proposalId, c -> {
            serialize(c);
            Instant now = now();
            applyIn(c, require(c, proposalId), actor, false, now);
            return load(c, proposalId);
        });
    }

    @Override
    public MergeProposal undo(long proposalId, String actor) {
        return db.write("undoing merge proposal " + proposalId, c -> {
            serialize(c);
            Instant now = now();
            undoIn(c, require(c, proposalId), actor, now);
            event(c, proposalId, "undone", actor, now, null);
            return load(c, proposalId);
        });
    }

    @Override
    public MergeProposal reject(long proposalId, String actor, String note) {
        return db.write("rejecting merge proposal " + proposalId, c -> {
            serialize(c);
            Instant now = now();
            MergeProposal p = require(c, proposalId);
            String action;
            switch (p.status()) {
                case PENDING -> action = "rejected";
                case APPLIED -> {
                    undoIn(c, p, actor, now);
                    action = "split";
                }
                case REJECTED -> throw new IllegalStateException("merge proposal " + proposalId + " is already rejected");
                default -> throw new IllegalStateException("merge proposal " + proposalId + " is superseded: incidents " + p.firstId()
                        + " and " + p.secondId() + " are in one incident through another merge; reject or undo that one");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET status = 'rejected', decided_at = ?, decided_by = ?,"
                    + " note = ? WHERE id = ?")) {
                db.bindInstant(ps, 1, now);
                ps.setString(2, actor);
                ps.setString(3, note == null || note.isBlank() ? null : note.strip());
                ps.setLong(4, proposalId);
                ps.executeUpdate();
            }
            event(c, proposalId, action, actor, now, note);
            audit(c, actor, note, "merge." + ("split".equals(action) ? "split" : "reject"), proposalId, p.firstId(), p.secondId());
            return load(c, proposalId);
        });
    }

    private static String statusOf(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM incidents WHERE id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("incident " + incidentId + " does not exist");
                return rs.getString(1);
            }
        }
    }

    private void applyIn(Connection c, MergeProposal p, String actor, boolean automatic, Instant now) throws SQLException {
        switch (p.status()) {
            case PENDING -> {
            }
            case APPLIED -> throw new IllegalStateException("merge proposal " + p.id() + " is already applied (incident " + p.mergedId()
                    + " is merged into " + p.survivorId() + ")");
            case REJECTED -> throw new IllegalStateException("merge proposal " + p.id() + " was rejected"
                    + (p.decidedBy() == null ? "" : " by " + p.decidedBy()) + ": a reviewer said these are different strikes");
            case SUPERSEDED -> throw new IllegalStateException("merge proposal " + p.id() + " is superseded: incidents " + p.firstId()
                    + " and " + p.secondId() + " are already in one incident");
        }
        long x = root(c, p.firstId()), y = root(c, p.secondId());
        if (x == y) throw new IllegalStateException("incidents " + p.firstId() + " and " + p.secondId() + " are already in one incident (" + x + ")");
        long survivor = Math.min(x, y), merged = Math.max(x, y);
        String survivorStatus = statusOf(c, survivor), mergedStatus = statusOf(c, merged);
        if (!survivorStatus.equals(mergedStatus)) {
            throw new MergeBlocked("incident " + merged + " is " + mergedStatus.toLowerCase(java.util.Locale.ROOT) + " but incident " + survivor
                    + " is " + survivorStatus.toLowerCase(java.util.Locale.ROOT) + ": bring both to the same review status before merging them");
        }
        Set<Long> survivorSide = members(c, survivor), mergedSide = members(c, merged);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, first_id, second_id FROM merge_proposals WHERE status = 'rejected'"
                + " AND (first_id = ? OR second_id = ?)")) {
            for (long m : survivorSide) {
                ps.setLong(1, m);
                ps.setLong(2, m);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long other = rs.getLong(2) == m ? rs.getLong(3) : rs.getLong(2);
                        if (mergedSide.contains(other)) {
                            throw new MergeBlocked("merging incident " + merged + " into " + survivor + " would join incidents " + rs.getLong(2)
                                    + " and " + rs.getLong(3) + ", which a reviewer split (proposal " + rs.getLong(1) + ")");
                        }
                    }
                }
            }
        }
        try (PreparedStatement moves = c.prepareStatement("INSERT INTO merge_moves (proposal_id, report_id) SELECT ?, id FROM reports"
                + " WHERE incident_id = ?");
             PreparedStatement reports = c.prepareStatement("UPDATE reports SET incident_id = ? WHERE incident_id = ?");
             PreparedStatement incident = c.prepareStatement("UPDATE incidents SET merged_into = ? WHERE id = ?");
             PreparedStatement proposal = c.prepareStatement("UPDATE merge_proposals SET status = 'applied', survivor_id = ?, merged_id = ?,"
                     + " automatic = ?, decided_at = ?, decided_by = ?, note = NULL WHERE id = ?")) {
            moves.setLong(1, p.id());
            moves.setLong(2, merged);
            moves.executeUpdate();
            reports.setLong(1, survivor);
            reports.setLong(2, merged);
            reports.executeUpdate();
            incident.setLong(1, survivor);
            incident.setLong(2, merged);
            incident.executeUpdate();
            proposal.setLong(1, survivor);
            proposal.setLong(2, merged);
            proposal.setBoolean(3, automatic);
            db.bindInstant(proposal, 4, now);
            proposal.setString(5, actor);
            proposal.setLong(6, p.id());
            proposal.executeUpdate();
        }
        // pending proposals between the two sides are answered by this merge
        Set<Long> all = new LinkedHashSet<>(survivorSide);
        all.addAll(mergedSide);
        for (long id : proposalsTouching(c, "pending", all)) {
            MergeProposal q = load(c, id);
            boolean across = survivorSide.contains(q.firstId()) && mergedSide.contains(q.secondId())
                    || mergedSide.contains(q.firstId()) && survivorSide.contains(q.secondId());
            if (!across) continue;
            try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET status = 'superseded', superseded_by = ? WHERE id = ?")) {
                ps.setLong(1, p.id());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            event(c, id, "superseded", actor, now, "incidents joined by proposal " + p.id());
        }
        refresh.refresh(c, List.of(survivor, merged));
        event(c, p.id(), automatic ? "applied automatically" : "applied", actor, now,
                "incident " + merged + " merged into " + survivor);
        audit(c, actor, null, "merge.apply", p.id(), survivor, merged);
    }

    private void undoIn(Connection c, MergeProposal p, String actor, Instant now) throws SQLException {
        if (p.status() != MergeStatus.APPLIED) {
            throw new IllegalStateException("merge proposal " + p.id() + " is " + p.status().code() + ", not applied: nothing to undo");
        }
        long survivor = p.survivorId(), merged = p.mergedId();
        Long survivorInto = mergedIntoIn(c, survivor);
        if (survivorInto != null) {
            throw new IllegalStateException("incident " + survivor + " was since merged into " + survivorInto + " (proposal "
                    + applyingProposal(c, survivor) + "): undo that merge first");
        }
        Set<Long> before = members(c, survivor);
        int moved;
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET incident_id = ? WHERE incident_id = ? AND id IN"
                + " (SELECT report_id FROM merge_moves WHERE proposal_id = ?)")) {
            ps.setLong(1, merged);
            ps.setLong(2, survivor);
            ps.setLong(3, p.id());
            moved = ps.executeUpdate();
        }
        int recorded;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM merge_moves WHERE proposal_id = ?")) {
            ps.setLong(1, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                recorded = rs.getInt(1);
            }
        }
        if (moved != recorded) {
            throw new IllegalStateException("cannot undo merge proposal " + p.id() + ": " + (recorded - moved) + " of its " + recorded
                    + " moved reports are no longer under incident " + survivor);
        }
        try (PreparedStatement moves = c.prepareStatement("DELETE FROM merge_moves WHERE proposal_id = ?");
             PreparedStatement incident = c.prepareStatement("UPDATE incidents SET merged_into = NULL WHERE id = ?");
             PreparedStatement proposal = c.prepareStatement("UPDATE merge_proposals SET status = 'pending', survivor_id = NULL,"
                     + " merged_id = NULL, automatic = ?, decided_at = ?, decided_by = ? WHERE id = ?")) {
            moves.setLong(1, p.id());
            moves.executeUpdate();
            incident.setLong(1, merged);
            incident.executeUpdate();
            proposal.setBoolean(1, false);
            db.bindInstant(proposal, 2, now);
            proposal.setString(3, actor);
            proposal.setLong(4, p.id());
            proposal.executeUpdate();
        }
        // superseded proposals whose two incidents are now apart again go back to the queue
        for (long id : proposalsTouching(c, "superseded", before)) {
            MergeProposal q = load(c, id);
            if (root(c, q.firstId()) == root(c, q.secondId())) continue;
            try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET status = 'pending', superseded_by = NULL WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            event(c, id, "reopened", actor, now, "merge proposal " + p.id() + " was undone");
        }
        refresh.refresh(c, List.of(survivor, merged));
        audit(c, actor, null, "merge.undo", p.id(), survivor, merged);
    }

    // ---- groups (decision 0549)

    @Override
    public MergeGroupRun recordGroups(int candidatePairs, List<MergeGroup> groups, double autoApplyAt, String actor) {
        return db.write("recording merge groups", c -> {
            serialize(c);
            Instant now = now();
            int incidents = 0, newGroups = 0, known = 0, applied = 0, queued = 0, blocked = 0;
            try (PreparedStatement group = c.prepareStatement("INSERT INTO merge_groups (confidence, value, members, proposed_at)"
                    + " VALUES (?, ?, ?, ?) RETURNING id");
                 PreparedStatement dropGroup = c.prepareStatement("DELETE FROM merge_groups WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO merge_proposals (first_id, second_id, confidence, distance_km,"
                         + " gap_seconds, reason, status, automatic, proposed_at, group_id) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"
                         + " ON CONFLICT (first_id, second_id) DO NOTHING RETURNING id");
                 PreparedStatement proposed = c.prepareStatement("INSERT INTO merge_events (proposal_id, action, actor, at, note)"
                         + " VALUES (?, 'proposed', ?, ?, ?)")) {
                for (MergeGroup g : groups) {
                    incidents += g.size();
                    group.setDouble(1, g.confidence());
                    group.setDouble(2, g.value());
                    group.setInt(3, g.size());
                    db.bindInstant(group, 4, now);
                    long groupId;
                    try (ResultSet rs = group.executeQuery()) {
                        rs.next();
                        groupId = rs.getLong(1);
                    }
                    List<long[]> fresh = new ArrayList<>(); // proposal id, position in links
                    for (int k = 0; k < g.links().size(); k++) {
                        MergeCandidate m = g.links().get(k);
                        insert.setLong(1, m.firstId());
                        insert.setLong(2, m.secondId());
                        insert.setDouble(3, m.confidence());
                        insert.setDouble(4, m.distanceKm());
                        insert.setLong(5, m.gapSeconds());
                        insert.setString(6, m.reason());
                        insert.setBoolean(7, false);
                        db.bindInstant(insert, 8, now);
                        insert.setLong(9, groupId);
                        try (ResultSet rs = insert.executeQuery()) {
                            if (!rs.next()) {
                                known++;
                                continue;
                            }
                            long id = rs.getLong(1);
                            fresh.add(new long[]{id, k});
                            proposed.setLong(1, id);
                            proposed.setString(2, actor);
                            db.bindInstant(proposed, 3, now);
                            proposed.setString(4, "in group " + groupId + " of " + g.size() + " incidents");
                            proposed.addBatch();
                        }
                    }
                    if (fresh.isEmpty()) {
                        dropGroup.setLong(1, groupId);
                        dropGroup.executeUpdate();
                        continue;
                    }
                    proposed.executeBatch();
                    newGroups++;
                    if (g.confidence() < autoApplyAt) {
                        queued++;
                        continue;
                    }
                    int heldBack = 0;
                    List<MergeProposal> links = new ArrayList<>();
                    for (long[] f : fresh) links.add(load(c, f[0]));
                    if (!applyWholeGroup(c, links, actor, true, now)) {
                        // members already merged elsewhere, or split by a reviewer: merge by merge, as a reviewer would
                        links.sort(Comparator.comparingDouble((MergeProposal m) -> -m.confidence()).thenComparingLong(MergeProposal::id));
                        for (MergeProposal link : links) {
                            MergeProposal p = load(c, link.id());
                            if (p.status() != MergeStatus.PENDING) continue;
                            try {
                                applyIn(c, p, actor, true, now);
                            } catch (MergeBlocked e) {
                                heldBack++;
                                try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET note = ? WHERE id = ?")) {
                                    ps.setString(1, "not applied automatically: " + e.getMessage());
                                    ps.setLong(2, p.id());
                                    ps.executeUpdate();
                                }
                            }
                        }
                    }
                    blocked += heldBack;
                    if (heldBack == 0) applied++;
                    else queued++;
                }
            }
            return new MergeGroupRun(candidatePairs, groups.size(), incidents, newGroups, known, applied, queued, blocked);
        });
    }

    @Override
    public List<MergeGroupView> pendingGroups(double minConfidence, double maxConfidence, int limit, int offset) {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit " + limit + " must be 1..10000");
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " must not be negative");
        return db.read("listing merge groups", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.id FROM merge_groups g WHERE g.confidence >= ? AND g.confidence <= ?"
                    + " AND EXISTS (SELECT 1 FROM merge_proposals p WHERE p.group_id = g.id AND p.status = 'pending')"
                    + " ORDER BY g.value DESC, g.id LIMIT ? OFFSET ?")) {
                ps.setDouble(1, minConfidence);
                ps.setDouble(2, maxConfidence);
                ps.setInt(3, limit);
                ps.setInt(4, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            List<MergeGroupView> out = new ArrayList<>(ids.size());
            for (long id : ids) out.add(loadGroup(c, id));
            return out;
        });
    }

    @Override
    public long countPendingGroups() {
        return db.read("counting merge groups", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT group_id) FROM merge_proposals"
                    + " WHERE status = 'pending' AND group_id IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<MergeGroupView> group(long groupId) {
        return db.read("reading merge group " + groupId, c -> Optional.ofNullable(loadGroup(c, groupId)));
    }

    @Override
    public MergeGroupView applyGroup(long groupId, String actor) {
        return db.write("applying merge group " + groupId, c -> {
            serialize(c);
            Instant now = now();
            MergeGroupView g = requireGroup(c, groupId);
            List<MergeProposal> pending = g.merges().stream().filter(m -> m.status() == MergeStatus.PENDING)
                    .sorted(Comparator.comparingDouble((MergeProposal m) -> -m.confidence()).thenComparingLong(MergeProposal::id)).toList();
            if (pending.isEmpty()) throw new IllegalStateException("merge group " + groupId + " has no pending merge");
            if (!applyWholeGroup(c, pending, actor, false, now)) {
                for (MergeProposal m : pending) {
                    MergeProposal current = load(c, m.id());
                    if (current.status() == MergeStatus.PENDING) applyIn(c, current, actor, false, now);
                }
            }
            return loadGroup(c, groupId);
        });
    }

    @Override
    public MergeGroupView rejectGroup(long groupId, String actor, String note) {
        return db.write("rejecting merge group " + groupId, c -> {
            serialize(c);
            Instant now = now();
            MergeGroupView g = requireGroup(c, groupId);
            List<MergeProposal> pending = g.merges().stream().filter(m -> m.status() == MergeStatus.PENDING).toList();
            if (pending.isEmpty()) throw new IllegalStateException("merge group " + groupId + " has no pending merge");
            try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET status = 'rejected', decided_at = ?, decided_by = ?,"
                    + " note = ? WHERE id = ?")) {
                for (MergeProposal p : pending) {
                    db.bindInstant(ps, 1, now);
                    ps.setString(2, actor);
                    ps.setString(3, note == null || note.isBlank() ? null : note.strip());
                    ps.setLong(4, p.id());
                    ps.executeUpdate();
                    event(c, p.id(), "rejected", actor, now, note);
                    audit(c, actor, note, "merge.reject", p.id(), p.firstId(), p.secondId());
                }
            }
            return loadGroup(c, groupId);
        });
    }

    /**
     * Applies a group's pending merges in a few statements when it can be done at once: every member is an active
     * incident of its own (none merged, none holding merged ones), all at one review status, and no pair of them was
     * rejected. Each member's reports move to the smallest member, each recorded under the merge that brought it (the
     * tree's edge towards the smallest), so that undoing one merge moves exactly that member's reports back, as applying
     * the merges one by one would. Returns false, writing nothing, when it cannot.
     */
    private boolean applyWholeGroup(Connection c, List<MergeProposal> links, String actor, boolean automatic, Instant now) throws SQLException {
        if (links.isEmpty() || links.stream().anyMatch(l -> l.status() != MergeStatus.PENDING)) return false;
        java.util.TreeSet<Long> members = new java.util.TreeSet<>();
        for (MergeProposal l : links) {
            members.add(l.firstId());
            members.add(l.secondId());
        }
        if (members.size() != links.size() + 1) return false; // not a tree over its members
        String in = members.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "(", ")"));
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(DISTINCT status), sum(CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END)"
                + " FROM incidents WHERE id IN " + in); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) != members.size() || rs.getInt(2) != 1 || rs.getInt(3) != 0) return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM incidents WHERE merged_into IN " + in + " LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) return false; // a member already holds merged incidents: merge by merge
        }
        // proposals among the members, found by the pair index (a condition on status would pick the status index and
        // read every pending proposal of the store for each group)
        List<Long> answered = new ArrayList<>();
        java.util.Set<Long> own = new java.util.HashSet<>();
        links.forEach(l -> own.add(l.id()));
        try (PreparedStatement ps = c.prepareStatement("SELECT id, status FROM merge_proposals WHERE first_id IN " + in
                + " AND second_id IN " + in); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if ("rejected".equals(rs.getString(2))) return false;
                if ("pending".equals(rs.getString(2)) && !own.contains(rs.getLong(1))) answered.add(rs.getLong(1));
            }
        }
        long survivor = members.first();
        // orient the tree from the survivor: each other member is brought by the edge towards it
        Map<Long, List<MergeProposal>> edges = new HashMap<>();
        for (MergeProposal l : links) {
            edges.computeIfAbsent(l.firstId(), k -> new ArrayList<>()).add(l);
            edges.computeIfAbsent(l.secondId(), k -> new ArrayList<>()).add(l);
        }
        Map<Long, MergeProposal> broughtBy = new HashMap<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(survivor));
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(survivor));
        while (!todo.isEmpty()) {
            long at = todo.poll();
            for (MergeProposal e : edges.getOrDefault(at, List.of())) {
                long other = e.firstId() == at ? e.secondId() : e.firstId();
                if (seen.add(other)) {
                    broughtBy.put(other, e);
                    todo.add(other);
                }
            }
        }
        if (broughtBy.size() != members.size() - 1) return false;
        try (PreparedStatement moves = c.prepareStatement("INSERT INTO merge_moves (proposal_id, report_id) SELECT ?, id FROM reports"
                + " WHERE incident_id = ?");
             PreparedStatement incident = c.prepareStatement("UPDATE incidents SET merged_into = ? WHERE id = ?");
             PreparedStatement proposal = c.prepareStatement("UPDATE merge_proposals SET status = 'applied', survivor_id = ?, merged_id = ?,"
                     + " automatic = ?, decided_at = ?, decided_by = ?, note = NULL WHERE id = ?")) {
            for (var e : broughtBy.entrySet()) {
                long merged = e.getKey();
                MergeProposal p = e.getValue();
                moves.setLong(1, p.id());
                moves.setLong(2, merged);
                moves.addBatch();
                incident.setLong(1, survivor);
                incident.setLong(2, merged);
                incident.addBatch();
                proposal.setLong(1, survivor);
                proposal.setLong(2, merged);
                proposal.setBoolean(3, automatic);
                db.bindInstant(proposal, 4, now);
                proposal.setString(5, actor);
                proposal.setLong(6, p.id());
                proposal.addBatch();
            }
            moves.executeBatch();
            incident.executeBatch();
            proposal.executeBatch();
        }
        try (PreparedStatement reports = c.prepareStatement("UPDATE reports SET incident_id = ? WHERE incident_id IN "
                + members.stream().filter(m -> m != survivor).map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "(", ")")))) {
            reports.setLong(1, survivor);
            reports.executeUpdate();
        }
        // pending proposals between members (from earlier runs) are answered by this merge
        long first = links.getFirst().id();
        for (long id : answered) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE merge_proposals SET status = 'superseded', superseded_by = ? WHERE id = ?")) {
                ps.setLong(1, first);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            event(c, id, "superseded", actor, now, "incidents joined by proposal " + first);
        }
        refresh.refresh(c, members);
        for (var e : broughtBy.entrySet()) {
            event(c, e.getValue().id(), automatic ? "applied automatically" : "applied", actor, now,
                    "incident " + e.getKey() + " merged into " + survivor);
            audit(c, actor, null, "merge.apply", e.getValue().id(), survivor, e.getKey());
        }
        return true;
    }

    private MergeGroupView requireGroup(Connection c, long groupId) throws SQLException {
        MergeGroupView g = loadGroup(c, groupId);
        if (g == null) throw new NoSuchElementException("no merge group " + groupId);
        return g;
    }

    private MergeGroupView loadGroup(Connection c, long groupId) throws SQLException {
        double confidence, value;
        Instant at;
        try (PreparedStatement ps = c.prepareStatement("SELECT confidence, value, proposed_at FROM merge_groups WHERE id = ?")) {
            ps.setLong(1, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                confidence = rs.getDouble(1);
                value = rs.getDouble(2);
                at = db.readInstant(rs, "proposed_at");
            }
        }
        List<MergeProposal> merges = new ArrayList<>();
        java.util.TreeSet<Long> members = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM merge_proposals WHERE group_id = ? ORDER BY confidence DESC, id")) {
            ps.setLong(1, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MergeProposal p = proposal(rs);
                    merges.add(p);
                    members.add(p.firstId());
                    members.add(p.secondId());
                }
            }
        }
        return new MergeGroupView(groupId, confidence, value, new ArrayList<>(members), at, merges);
    }

    // ---- helpers

    /**
     * Merge writes read the incidents' merge state, then change it; on PostgreSQL (read committed, several
     * connections) they take one transaction-scoped advisory lock so that two reviewers' merges cannot interleave.
     * SQLite runs one write transaction at a time anyway.
     */
    private void serialize(Connection c) throws SQLException {
        if (!db.kind().equals("postgresql")) return;
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, 0x6d65726765L); // "merge"
            ps.executeQuery().close();
        }
    }

    private MergeProposal require(Connection c, long id) throws SQLException {
        MergeProposal p = load(c, id);
        if (p == null) throw new NoSuchElementException("no merge proposal " + id);
        return p;
    }

    private MergeProposal load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM merge_proposals WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? proposal(rs) : null;
            }
        }
    }

    private MergeProposal proposal(ResultSet rs) throws SQLException {
        long survivor = rs.getLong("survivor_id");
        Long survivorId = rs.wasNull() ? null : survivor;
        long merged = rs.getLong("merged_id");
        Long mergedId = rs.wasNull() ? null : merged;
        return new MergeProposal(rs.getLong("id"), rs.getLong("first_id"), rs.getLong("second_id"), rs.getDouble("confidence"),
                rs.getDouble("distance_km"), rs.getLong("gap_seconds"), rs.getString("reason"), MergeStatus.parse(rs.getString("status")),
                survivorId, mergedId, rs.getBoolean("automatic"), db.readInstant(rs, "proposed_at"), db.readInstant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("note"));
    }

    private static Long mergedIntoIn(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM incidents WHERE id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new NoSuchElementException("no incident " + incidentId);
                long into = rs.getLong(1);
                return rs.wasNull() ? null : into;
            }
        }
    }

    /** The active incident that holds this one (itself when not merged). */
    private static long root(Connection c, long incidentId) throws SQLException {
        long id = incidentId;
        for (int hops = 0; hops < 1_000_000; hops++) {
            Long into = mergedIntoIn(c, id);
            if (into == null) return id;
            id = into;
        }
        throw new IllegalStateException("incident " + incidentId + ": merged_into forms a loop");
    }

    /** The incident and every incident merged into it, directly or through others. */
    private static Set<Long> members(Connection c, long root) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents WHERE merged_into = ?")) {
            while (!todo.isEmpty()) {
                long id = todo.removeLast();
                if (!out.add(id)) continue;
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) todo.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static long applyingProposal(Connection c, long mergedIncident) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM merge_proposals WHERE status = 'applied' AND merged_id = ?")) {
            ps.setLong(1, mergedIncident);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static List<Long> proposalsTouching(Connection c, String status, Collection<Long> incidents) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM merge_proposals WHERE status = ? AND (first_id = ? OR second_id = ?)")) {
            for (long i : incidents) {
                ps.setString(1, status);
                ps.setLong(2, i);
                ps.setLong(3, i);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** One audit entry: subject the incident that was (or would have been) merged away; after names both and the proposal. */
    private void audit(Connection c, String actor, String reason, String action, long proposalId, long survivor, long merged)
            throws SQLException {
        String after = "{\"proposal\":" + proposalId + ",\"survivor\":" + survivor + ",\"merged\":" + merged + "}";
        audit.append(c, new AuditRecord(new ChangeNote(actor == null || actor.isBlank() ? "system:merge" : actor,
                reason == null || reason.isBlank() ? null : reason.strip()), action, "incident:" + merged, null, after));
    }

    private void event(Connection c, long proposalId, String action, String actor, Instant at, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO merge_events (proposal_id, action, actor, at, note) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, proposalId);
            ps.setString(2, action);
            ps.setString(3, actor);
            db.bindInstant(ps, 4, at);
            ps.setString(5, note);
            ps.executeUpdate();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
