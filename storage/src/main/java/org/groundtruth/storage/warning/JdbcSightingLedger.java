package org.groundtruth.storage.warning;

import org.groundtruth.place.Coordinates;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.warning.AircraftTable;
import org.groundtruth.warning.BaseTable;
import org.groundtruth.warning.EventKind;
import org.groundtruth.warning.Heading;
import org.groundtruth.warning.LoggedSighting;
import org.groundtruth.warning.Observation;
import org.groundtruth.warning.Observer;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.Sighting;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingRejectedException;
import org.groundtruth.warning.Spotter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SightingLedger} in tables {@code spotters}, {@code spotter_posts}, {@code sightings} (V800; V802 indexes the alert each went to). */
public final class JdbcSightingLedger implements SightingLedger {
    private final Database db;

    public JdbcSightingLedger(Database db) {
        this.db = db;
    }

    @Override
    public Spotter addSpotter(String pseudonym, List<Post> posts, String tokenSha256) {
        Spotter s = new Spotter(pseudonym, posts, null);
        if (tokenSha256 == null || !tokenSha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("token digest must be 64 hex digits");
        return db.write("registering a spotter", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM spotters WHERE pseudonym = ? OR token_sha256 = ?")) {
                ps.setString(1, s.pseudonym());
                ps.setString(2, tokenSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) throw new IllegalArgumentException("that pseudonym or token is already registered");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO spotters (pseudonym, token_sha256, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, s.pseudonym());
                ps.setString(2, tokenSha256);
                db.bindInstant(ps, 3, Instant.now());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO spotter_posts (pseudonym, code, lat, lon) VALUES (?, ?, ?, ?)")) {
                for (Post p : s.posts()) {
                    ps.setString(1, s.pseudonym());
                    ps.setString(2, p.code());
                    setDouble(ps, 3, p.point() == null ? null : p.point().lat());
                    setDouble(ps, 4, p.point() == null ? null : p.point().lon());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return s;
        });
    }

    @Override
    public Optional<Spotter> spotter(String pseudonym) {
        return db.read("reading a spotter", c -> spotterWhere(c, "pseudonym = ?", pseudonym));
    }

    @Override
    public Optional<Spotter> spotterByToken(String tokenSha256) {
        return db.read("reading a spotter", c -> spotterWhere(c, "token_sha256 = ?", tokenSha256));
    }

    @Override
    public List<Spotter> spotters() {
        return db.read("listing spotters", c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pseudonym FROM spotters ORDER BY pseudonym"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
            List<Spotter> out = new ArrayList<>();
            for (String n : names) spotterWhere(c, "pseudonym = ?", n).ifPresent(out::add);
            return out;
        });
    }

    @Override
    public void revokeSpotter(String pseudonym, Instant at) {
        db.write("revoking a spotter", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE spotters SET revoked_at = ? WHERE pseudonym = ? AND revoked_at IS NULL")) {
                db.bindInstant(ps, 1, at);
                ps.setString(2, pseudonym);
                if (ps.executeUpdate() == 0 && spotterWhere(c, "pseudonym = ?", pseudonym).isEmpty()) {
                    throw new IllegalArgumentException("no such spotter");
                }
            }
            return null;
        });
    }

    private Optional<Spotter> spotterWhere(Connection c, String where, String value) throws SQLException {
        String pseudonym;
        Instant revoked;
        try (PreparedStatement ps = c.prepareStatement("SELECT pseudonym, revoked_at FROM spotters WHERE " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                pseudonym = rs.getString("pseudonym");
                revoked = db.readInstant(rs, "revoked_at");
            }
        }
        List<Post> posts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, lat, lon FROM spotter_posts WHERE pseudonym = ? ORDER BY code")) {
            ps.setString(1, pseudonym);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) posts.add(new Post(rs.getString("code"), point(rs, "lat", "lon")));
            }
        }
        return Optional.of(new Spotter(pseudonym, posts, revoked));
    }

    @Override
    public Sighting record(Sighting s, Instant receivedAt) {
        return db.write("recording a sighting", c -> {
            Optional<Spotter> spotter = spotterWhere(c, "pseudonym = ?", s.observer().spotter());
            if (spotter.isEmpty()) throw SightingRejectedException.of("spotter", "not registered");
            if (spotter.get().revoked()) throw SightingRejectedException.of("spotter", "revoked: sightings are no longer accepted from this spotter");
            Observation o = s.observation();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sightings (spotter, post, reported_lat, reported_lon, observed_at, observed_ms,"
                    + " received_at, theatre, aircraft_type, aircraft_count, event, base_code, heading_deg, heading_uncertainty_deg, position_lat,"
                    + " position_lon, exercise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, s.observer().spotter());
                ps.setString(2, s.observer().post());
                setDouble(ps, 3, s.reportedPosition() == null ? null : s.reportedPosition().lat());
                setDouble(ps, 4, s.reportedPosition() == null ? null : s.reportedPosition().lon());
                db.bindInstant(ps, 5, o.observedAt());
                ps.setLong(6, o.observedAt().toEpochMilli());
                db.bindInstant(ps, 7, receivedAt);
                ps.setString(8, o.theatre());
                ps.setString(9, o.aircraft().type());
                ps.setInt(10, o.count());
                ps.setString(11, o.event().code());
                ps.setString(12, o.base() == null ? null : o.base().code());
                setDouble(ps, 13, o.heading() == null ? null : o.heading().degrees());
                setDouble(ps, 14, o.heading() == null ? null : o.heading().uncertaintyDeg());
                ps.setDouble(15, o.position().lat());
                ps.setDouble(16, o.position().lon());
                ps.setBoolean(17, o.exercise());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return s.withId(Long.toString(rs.getLong(1)));
                }
            }
        });
    }

    @Override
    public void linkAlert(String sightingId, String alertId) {
        db.write("linking a sighting to its alert", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sightings SET alert_id = ? WHERE id = ?")) {
                ps.setString(1, alertId);
                ps.setLong(2, id(sightingId));
                if (ps.executeUpdate() == 0) throw new IllegalArgumentException("no sighting " + sightingId);
            }
            return null;
        });
    }

    @Override
    public Optional<String> alertOf(String sightingId) {
        return db.read("reading a sighting's alert", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_id FROM sightings WHERE id = ?")) {
                ps.setLong(1, id(sightingId));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Sighting> observedBetween(Instant from, Instant to, AircraftTable aircraft, BaseTable bases) {
        return db.read("reading sightings", c -> {
            List<Sighting> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sightings WHERE observed_ms >= ? AND observed_ms < ? ORDER BY observed_ms, id")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(sighting(rs, aircraft, bases));
                }
            }
            return out;
        });
    }

    @Override
    public List<LoggedSighting> loggedBetween(Instant from, Instant to, AircraftTable aircraft, BaseTable bases) {
        return db.read("reading sightings", c -> {
            List<LoggedSighting> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sightings WHERE observed_ms >= ? AND observed_ms < ? ORDER BY id")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new LoggedSighting(sighting(rs, aircraft, bases), db.readInstant(rs, "received_at"), rs.getString("alert_id")));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, List<Sighting>> ofAlerts(Collection<String> alertIds, AircraftTable aircraft, BaseTable bases) {
        if (alertIds.isEmpty()) return Map.of();
        return db.read("reading the sightings of alerts", c -> {
            Map<String, List<Sighting>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sightings WHERE alert_id = ? ORDER BY observed_ms, id")) {
                for (String id : new LinkedHashSet<>(alertIds)) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.computeIfAbsent(id, k -> new ArrayList<>()).add(sighting(rs, aircraft, bases));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long count() {
        return db.read("counting sightings", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sightings"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public boolean anyLive() {
        return db.read("looking for live sightings", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sightings WHERE exercise = ? LIMIT 1")) {
                ps.setBoolean(1, false);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private Sighting sighting(ResultSet rs, AircraftTable aircraft, BaseTable bases) throws SQLException {
        String theatre = rs.getString("theatre"), type = rs.getString("aircraft_type"), baseCode = rs.getString("base_code");
        long id = rs.getLong("id");
        var row = aircraft.find(theatre, type).orElseThrow(() -> new IllegalStateException(
                "sighting " + id + " names aircraft '" + type + "', which the " + theatre + " reference table no longer has"));
        var base = baseCode == null ? null : bases.find(theatre, baseCode).orElseThrow(() -> new IllegalStateException(
                "sighting " + id + " names base '" + baseCode + "', which the reference table no longer has"));
        double headingDeg = rs.getDouble("heading_deg");
        Heading heading = rs.wasNull() ? null : new Heading(headingDeg, rs.getDouble("heading_uncertainty_deg"));
        Observation o = new Observation(db.readInstant(rs, "observed_at"), row, rs.getInt("aircraft_count"),
                EventKind.parse(rs.getString("event")).orElseThrow(), base, heading, point(rs, "position_lat", "position_lon"), rs.getBoolean("exercise"));
        return new Sighting(Long.toString(id), new Observer(rs.getString("spotter"), rs.getString("post")),
                point(rs, "reported_lat", "reported_lon"), o);
    }

    private static Coordinates point(ResultSet rs, String lat, String lon) throws SQLException {
        double la = rs.getDouble(lat);
        if (rs.wasNull()) return null;
        return new Coordinates(la, rs.getDouble(lon));
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    private static long id(String sightingId) {
        try {
            return Long.parseLong(sightingId);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("no sighting " + sightingId);
        }
    }
}
