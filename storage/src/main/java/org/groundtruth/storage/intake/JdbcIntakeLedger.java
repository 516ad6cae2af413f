package org.groundtruth.storage.intake;

import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.storage.account.JdbcAuditLog;
import org.groundtruth.storage.account.Snapshot;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.jdbc.Json;
import org.groundtruth.testimony.Sealed;
import org.groundtruth.textintake.Acceptance;
import org.groundtruth.textintake.CandidateStatus;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.NewText;
import org.groundtruth.textintake.StoredCandidate;
import org.groundtruth.textintake.StoredText;
import org.groundtruth.textintake.TextOrigin;
import org.groundtruth.textintake.TextStatus;
import org.groundtruth.textintake.TextSummary;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The intake ledger on SQLite and PostgreSQL: {@code intake_texts}, {@code intake_candidates} and
 * {@code intake_text_evidence}. Every write is one transaction with its audit entry. Accepting a candidate creates the
 * incident (or adds the report) through the incident ledger's connection-level writes, inside the same transaction:
 * the candidate is claimed first ({@code UPDATE ... WHERE status = 'PENDING'}), so that of two people accepting it at
 * once, the second finds it decided and nothing of theirs is stored.
 */
public final class JdbcIntakeLedger implements IntakeLedger {
    private static final String TEXT_COLUMNS = "id, origin, status, format, body, sha256, page_sha256, language, published, url, author,"
            + " notes, received_at, received_by, moderated_by, moderated_at, moderation_reason, sender_tag, contact IS NOT NULL AS has_contact";
    private static final String CANDIDATE_COLUMNS = "id, text_id, ordinal, proposed, status, decided_by, decided_at, reason, incident_id,"
            + " report_origin_key, held_for_review, corrected";
    static final String PUBLIC_ACTOR = "public";

    private final Database db;
    private final JdbcAuditLog audit;
    private final JdbcIncidentStore incidents;

    public JdbcIntakeLedger(Database db, JdbcAuditLog audit, JdbcIncidentStore incidents) {
        this.db = db;
        this.audit = audit;
        this.incidents = incidents;
    }

    @Override
    public List<StoredText> add(List<NewText> texts, ChangeNote note) {
        for (NewText t : texts) if (t.origin() != TextOrigin.PASTED) throw new IllegalArgumentException("a public submission is kept with submit()");
        return db.write("keeping " + texts.size() + " text" + (texts.size() == 1 ? "" : "s"), c -> {
            List<StoredText> out = new ArrayList<>();
            for (NewText text : texts) {
                long id = insert(c, text, text.candidates().isEmpty() ? TextStatus.CLOSED : TextStatus.OPEN, note.actor(), null, null, null);
                StoredText stored = loadText(c, id).orElseThrow();
                audit.append(c, new AuditRecord(note, "intake.add", "intake-text:" + id, null, Snapshot.fields("origin", text.origin(), "format",
                        text.format(), "sha256", stored.sha256(), "language", stored.language(), "candidates", text.candidates().size())));
                out.add(stored);
            }
            return out;
        });
    }

    @Override
    public StoredText submit(NewText text, String senderTag, String receiptDigest, Instant uploadsUntil, ContactSealer contact) {
        if (text.origin() != TextOrigin.SUBMITTED) throw new IllegalArgumentException("submit() keeps public submissions only");
        return db.write("keeping a submission", c -> {
            long id = insert(c, text, TextStatus.AWAITING_MODERATION, PUBLIC_ACTOR, senderTag, receiptDigest, uploadsUntil);
            if (contact != null) {
                Sealed sealed = contact.seal(id);
                try (PreparedStatement ps = c.prepareStatement("UPDATE intake_texts SET contact = ? WHERE id = ?")) {
                    ps.setBytes(1, sealed.envelope());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
            StoredText stored = loadText(c, id).orElseThrow();
            // who sent it is not known and not recorded: the entry names the submission, its hash and its size only
            audit.append(c, new AuditRecord(ChangeNote.system("public-submission"), "intake.submit", "intake-text:" + id, null,
                    Snapshot.fields("sha256", stored.sha256(), "language", stored.language(), "characters", stored.text().length(),
                            "candidates", text.candidates().size(), "contact", contact != null)));
            return stored;
        });
    }

    private long insert(Connection c, NewText t, TextStatus status, String by, String senderTag, String receiptDigest, Instant uploadsUntil)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_texts (origin, status, format, body, sha256, page, page_sha256,"
                + " language, published, url, author, notes, received_at, received_by, sender_tag, receipt_digest, uploads_until)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            int k = 1;
            ps.setString(k++, t.origin().name());
            ps.setString(k++, status.name());
            ps.setString(k++, t.format());
            ps.setString(k++, t.source().text());
            ps.setString(k++, sha256(t.source().text()));
            ps.setString(k++, t.page());
            ps.setString(k++, t.page() == null ? null : sha256(t.page()));
            ps.setString(k++, t.source().language().code());
            ps.setString(k++, t.source().publishedAt() == null ? null : t.source().publishedAt().toString());
            ps.setString(k++, t.source().url());
            ps.setString(k++, t.source().author());
            ps.setString(k++, Json.list(t.notes()));
            db.bindInstant(ps, k++, JdbcIncidentStore.now());
            ps.setString(k++, by);
            ps.setString(k++, senderTag);
            ps.setString(k++, receiptDigest);
            db.bindInstant(ps, k, uploadsUntil);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_candidates (text_id, ordinal, proposed, status) VALUES (?, ?, ?, 'PENDING')")) {
            int ordinal = 1;
            for (CandidateValues v : t.candidates()) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, CandidateJson.write(v));
                ps.addBatch();
            }
            if (!t.candidates().isEmpty()) ps.executeBatch();
        }
        return id;
    }

    private static String sha256(String s) {
        return Sha256.ofBytes(s.getBytes(StandardCharsets.UTF_8)).hex();
    }

    @Override
    public Optional<StoredText> text(long textId) {
        return db.read("reading text " + textId, c -> loadText(c, textId));
    }

    private Optional<StoredText> loadText(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TEXT_COLUMNS + " FROM intake_texts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(text(rs)) : Optional.empty();
            }
        }
    }

    private StoredText text(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        return new StoredText(rs.getLong("id"), TextOrigin.valueOf(rs.getString("origin")), TextStatus.valueOf(rs.getString("status")),
                rs.getString("format"), rs.getString("body"), rs.getString("sha256"), rs.getString("page_sha256"), rs.getString("language"),
                published == null ? null : OffsetDateTime.parse(published), rs.getString("url"), rs.getString("author"),
                Json.parseList(rs.getString("notes")), db.readInstant(rs, "received_at"), rs.getString("received_by"),
                rs.getString("moderated_by"), db.readInstant(rs, "moderated_at"), rs.getString("moderation_reason"), rs.getString("sender_tag"),
                rs.getBoolean("has_contact"));
    }

    private record Filter(String sql, List<String> values) {
    }

    private static Filter filter(Set<TextStatus> statuses, TextOrigin origin) {
        List<String> where = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (statuses != null && !statuses.isEmpty()) {
            where.add("t.status IN (" + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")");
            statuses.stream().sorted().forEach(s -> values.add(s.name()));
        }
        if (origin != null) {
            where.add("t.origin = ?");
            values.add(origin.name());
        }
        return new Filter(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), values);
    }

    @Override
    public List<TextSummary> texts(Set<TextStatus> statuses, TextOrigin origin, int limit, long offset) {
        Filter f = filter(statuses, origin);
        return db.read("listing texts", c -> {
            List<TextSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.origin, t.status, t.language, t.url, substr(t.body, 1, "
                    + TextSummary.EXCERPT_CHARS + ") AS excerpt, length(t.body) AS characters, t.received_at, t.received_by, t.sender_tag,"
                    + " t.contact IS NOT NULL AS has_contact,"
                    + " (SELECT count(*) FROM intake_candidates k WHERE k.text_id = t.id) AS candidates,"
                    + " (SELECT count(*) FROM intake_candidates k WHERE k.text_id = t.id AND k.status = 'PENDING') AS pending"
                    + " FROM intake_texts t" + f.sql() + " ORDER BY t.id DESC LIMIT ? OFFSET ?")) {
                int k = 1;
                for (String v : f.values()) ps.setString(k++, v);
                ps.setInt(k++, limit);
                ps.setLong(k, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TextSummary(rs.getLong("id"), TextOrigin.valueOf(rs.getString("origin")), TextStatus.valueOf(rs.getString("status")),
                                rs.getString("language"), rs.getString("url"), rs.getString("excerpt"), rs.getInt("characters"),
                                db.readInstant(rs, "received_at"), rs.getString("received_by"), rs.getInt("candidates"), rs.getInt("pending"),
                                rs.getString("sender_tag"), rs.getBoolean("has_contact")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long count(Set<TextStatus> statuses, TextOrigin origin) {
        Filter f = filter(statuses, origin);
        return db.read("counting texts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM intake_texts t" + f.sql())) {
                int k = 1;
                for (String v : f.values()) ps.setString(k++, v);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Optional<StoredText> submissionForUpload(String receiptDigest, Instant now) {
        if (receiptDigest == null) return Optional.empty();
        return db.read("finding a submission by its receipt", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uploads_until FROM intake_texts WHERE receipt_digest = ?")) {
                ps.setString(1, receiptDigest);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    Instant until = db.readInstant(rs, "uploads_until");
                    if (until == null || !now.isBefore(until)) return Optional.empty();
                    return loadText(c, rs.getLong("id"));
                }
            }
        });
    }

    @Override
    public Optional<Sealed> contact(long textId) {
        return db.read("reading a sealed contact", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT contact FROM intake_texts WHERE id = ?")) {
                ps.setLong(1, textId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    byte[] b = rs.getBytes(1);
                    return b == null ? Optional.empty() : Optional.of(new Sealed(b));
                }
            }
        });
    }

    @Override
    public java.util.Map<Long, Sealed> sealedContacts() {
        return db.read("reading the sealed contacts", c -> {
            java.util.Map<Long, Sealed> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, contact FROM intake_texts WHERE contact IS NOT NULL ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), new Sealed(rs.getBytes(2)));
            }
            return out;
        });
    }

    @Override
    public void resealContact(long textId, Sealed sealed, ChangeNote note) {
        db.write("re-sealing the contact of text " + textId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE intake_texts SET contact = ? WHERE id = ? AND contact IS NOT NULL")) {
                ps.setBytes(1, sealed.envelope());
                ps.setLong(2, textId);
                if (ps.executeUpdate() != 1) throw new NoSuchElementException("text " + textId + " has no contact");
            }
            audit.append(c, new AuditRecord(note, "intake.reseal-contact", "intake-text:" + textId, null, Snapshot.fields("keyId", sealed.keyId())));
            return null;
        });
    }

    @Override
    public StoredText moderate(long textId, boolean accept, ChangeNote note) {
        return db.write("moderating submission " + textId, c -> {
            StoredText before = loadText(c, textId).orElseThrow(() -> new NoSuchElementException("no text " + textId));
            if (before.status() != TextStatus.AWAITING_MODERATION) {
                throw new IllegalStateException("text " + textId + " does not await moderation (it is " + before.status().code() + ")");
            }
            boolean anyCandidates = !candidates(c, textId).isEmpty();
            TextStatus to = !accept ? TextStatus.DISCARDED : anyCandidates ? TextStatus.OPEN : TextStatus.CLOSED;
            try (PreparedStatement ps = c.prepareStatement("UPDATE intake_texts SET status = ?, moderated_by = ?, moderated_at = ?,"
                    + " moderation_reason = ?, receipt_digest = NULL, uploads_until = NULL WHERE id = ? AND status = 'AWAITING_MODERATION'")) {
                ps.setString(1, to.name());
                ps.setString(2, note.actor());
                db.bindInstant(ps, 3, JdbcIncidentStore.now());
                ps.setString(4, note.reason());
                ps.setLong(5, textId);
                if (ps.executeUpdate() != 1) throw new IllegalStateException("text " + textId + " was moderated meanwhile");
            }
            audit.append(c, new AuditRecord(note, accept ? "intake.let-through" : "intake.refuse", "intake-text:" + textId,
                    Snapshot.fields("status", before.status()), Snapshot.fields("status", to)));
            return loadText(c, textId).orElseThrow();
        });
    }

    @Override
    public List<StoredCandidate> candidates(long textId) {
        return db.read("reading the candidates of text " + textId, c -> candidates(c, textId));
    }

    private List<StoredCandidate> candidates(Connection c, long textId) throws SQLException {
        return query(c, "SELECT " + CANDIDATE_COLUMNS + " FROM intake_candidates WHERE text_id = ? ORDER BY ordinal", textId);
    }

    @Override
    public Optional<StoredCandidate> candidate(long candidateId) {
        return db.read("reading candidate " + candidateId, c -> loadCandidate(c, candidateId));
    }

    private Optional<StoredCandidate> loadCandidate(Connection c, long id) throws SQLException {
        return query(c, "SELECT " + CANDIDATE_COLUMNS + " FROM intake_candidates WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<StoredCandidate> acceptedInto(long incidentId) {
        return db.read("reading the candidates accepted into incident " + incidentId, c -> query(c, "SELECT " + CANDIDATE_COLUMNS
                + " FROM intake_candidates WHERE incident_id = ? AND status = 'ACCEPTED' ORDER BY decided_at, id", incidentId));
    }

    private List<StoredCandidate> query(Connection c, String sql, long param) throws SQLException {
        List<StoredCandidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(candidate(rs));
            }
        }
        return out;
    }

    private StoredCandidate candidate(ResultSet rs) throws SQLException {
        CandidateStatus status = CandidateStatus.valueOf(rs.getString("status"));
        StoredCandidate.Decision decision = null;
        if (status != CandidateStatus.PENDING) {
            long incident = rs.getLong("incident_id");
            Long incidentId = rs.wasNull() ? null : incident;
            String corrected = rs.getString("corrected");
            decision = new StoredCandidate.Decision(rs.getString("decided_by"), db.readInstant(rs, "decided_at"), rs.getString("reason"),
                    incidentId, rs.getString("report_origin_key"), rs.getBoolean("held_for_review"),
                    corrected == null ? List.of() : Json.parseList(corrected));
        }
        return new StoredCandidate(rs.getLong("id"), rs.getLong("text_id"), rs.getInt("ordinal"), CandidateJson.read(rs.getString("proposed")),
                status, decision);
    }

    /**
     * Claims a pending candidate for a decision inside the transaction (the row stays locked until it ends), or says why
     * it cannot be decided.
     */
    private StoredText claim(Connection c, long candidateId, CandidateStatus to, ChangeNote note, Instant now) throws SQLException {
        StoredCandidate before = loadCandidate(c, candidateId).orElseThrow(() -> new NoSuchElementException("no candidate " + candidateId));
        StoredText text = loadText(c, before.textId()).orElseThrow();
        if (text.status() == TextStatus.AWAITING_MODERATION || text.status() == TextStatus.DISCARDED) {
            throw new IllegalStateException("candidate " + candidateId + " comes from a submission that "
                    + (text.status() == TextStatus.DISCARDED ? "a moderator refused" : "no moderator has let through yet"));
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_candidates SET status = ?, decided_by = ?, decided_at = ?, reason = ?"
                + " WHERE id = ? AND status = 'PENDING'")) {
            ps.setString(1, to.name());
            ps.setString(2, note.actor());
            db.bindInstant(ps, 3, now);
            ps.setString(4, note.reason());
            ps.setLong(5, candidateId);
            if (ps.executeUpdate() != 1) {
                StoredCandidate now2 = loadCandidate(c, candidateId).orElseThrow();
                throw new IllegalStateException("candidate " + candidateId + " was " + now2.status().code() + " already"
                        + (now2.decision() == null ? "" : " by " + now2.decision().by()));
            }
        }
        return text;
    }

    @Override
    public StoredCandidate accept(long candidateId, Acceptance acceptance, ChangeNote note) {
        ChangeNote withReason = acceptance.reason() == null ? note : note.because(acceptance.reason());
        return db.write("accepting candidate " + candidateId, c -> {
            Instant now = JdbcIncidentStore.now();
            StoredText text = claim(c, candidateId, CandidateStatus.ACCEPTED, withReason, now);
            long incidentId;
            boolean held = false;
            if (acceptance.incidentId() == null) {
                incidentId = incidents.create(c, acceptance.facts(), List.of(acceptance.report()), withReason);
            } else {
                incidentId = acceptance.incidentId();
                held = incidents.addReport(c, incidentId, acceptance.report(), withReason) < 0;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE intake_candidates SET incident_id = ?, report_origin_key = ?,"
                    + " held_for_review = ?, corrected = ? WHERE id = ?")) {
                ps.setLong(1, incidentId);
                ps.setString(2, acceptance.report().originKey());
                ps.setBoolean(3, held);
                ps.setString(4, Json.list(acceptance.corrected()));
                ps.setLong(5, candidateId);
                ps.executeUpdate();
            }
            closeWhenDecided(c, text.id());
            audit.append(c, new AuditRecord(withReason, "intake.accept", "intake-candidate:" + candidateId, Snapshot.fields("status", CandidateStatus.PENDING),
                    Snapshot.fields("status", CandidateStatus.ACCEPTED, "incident", incidentId, "newIncident", acceptance.incidentId() == null,
                            "reportOriginKey", acceptance.report().originKey(), "heldForReview", held, "corrected", acceptance.corrected(),
                            "text", text.id(), "sha256", text.sha256())));
            return loadCandidate(c, candidateId).orElseThrow();
        });
    }

    @Override
    public StoredCandidate discard(long candidateId, ChangeNote note) {
        return db.write("discarding candidate " + candidateId, c -> {
            StoredText text = claim(c, candidateId, CandidateStatus.DISCARDED, note, JdbcIncidentStore.now());
            closeWhenDecided(c, text.id());
            audit.append(c, new AuditRecord(note, "intake.discard", "intake-candidate:" + candidateId, Snapshot.fields("status", CandidateStatus.PENDING),
                    Snapshot.fields("status", CandidateStatus.DISCARDED, "text", text.id())));
            return loadCandidate(c, candidateId).orElseThrow();
        });
    }

    private static void closeWhenDecided(Connection c, long textId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake_texts SET status = 'CLOSED' WHERE id = ? AND status = 'OPEN'"
                + " AND NOT EXISTS (SELECT 1 FROM intake_candidates k WHERE k.text_id = intake_texts.id AND k.status = 'PENDING')")) {
            ps.setLong(1, textId);
            ps.executeUpdate();
        }
    }

    @Override
    public void attachEvidence(long textId, long evidenceId) {
        db.write("linking evidence to text " + textId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_text_evidence (text_id, evidence_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                ps.setLong(1, textId);
                ps.setLong(2, evidenceId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Long> evidenceOf(long textId) {
        return db.read("reading the evidence of text " + textId, c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT evidence_id FROM intake_text_evidence WHERE text_id = ? ORDER BY evidence_id")) {
                ps.setLong(1, textId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
