package org.groundtruth.storage.claim;

import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.UpsertOutcome;
import org.groundtruth.storage.jdbc.Json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One claim import. The keys and content hashes already stored are read when it begins, so each upsert can say at
 * once what it will do; the rows are written at {@link #commit()} in one transaction (claim files are small beside
 * incident files). Nothing is written before the commit, so an import that is refused, closed or killed leaves the
 * ledger as it was.
 */
final class JdbcClaimImport implements ClaimImport {
    private record Known(long id, String contentHash, int revisions) {
    }

    private final JdbcClaimLedger ledger;
    private final ImportMeta meta;
    private final Instant startedAt = JdbcClaimLedger.now();
    private final Map<String, Known> known;
    private final Map<String, ClaimRecord> inserts = new java.util.LinkedHashMap<>();
    private final Map<String, ClaimRecord> updates = new java.util.LinkedHashMap<>();
    private long unchanged, unplaced;
    private boolean closed;

    private JdbcClaimImport(JdbcClaimLedger ledger, ImportMeta meta, Map<String, Known> known) {
        this.ledger = ledger;
        this.meta = meta;
        this.known = known;
    }

    static JdbcClaimImport begin(JdbcClaimLedger ledger, ImportMeta meta) {
        Map<String, Known> known = ledger.db().read("starting the claim import of " + meta.fileName(), c -> {
            Map<String, Known> map = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT origin_key, id, content_hash, revision_count FROM claims");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) map.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3), rs.getInt(4)));
            }
            return map;
        });
        return new JdbcClaimImport(ledger, meta, known);
    }

    @Override
    public UpsertOutcome upsert(ClaimRecord r) {
        if (closed) throw new IllegalStateException("the claim import is closed");
        ClaimRecord earlier = inserts.containsKey(r.originKey()) ? inserts.get(r.originKey()) : updates.get(r.originKey());
        if (earlier != null) {
            if (earlier.contentHash().equals(r.contentHash())) {
                unchanged++;
                return UpsertOutcome.UNCHANGED;
            }
            throw new IllegalArgumentException("the claim " + r.originKey() + " is given twice with different content");
        }
        if (!r.claim().isPlaced()) unplaced++;
        Known k = known.get(r.originKey());
        if (k == null) {
            inserts.put(r.originKey(), r);
            return UpsertOutcome.INSERTED;
        }
        if (k.contentHash().equals(r.contentHash())) {
            unchanged++;
            return UpsertOutcome.UNCHANGED;
        }
        updates.put(r.originKey(), r);
        return UpsertOutcome.UPDATED;
    }

    @Override
    public ImportRun commit() {
        if (closed) throw new IllegalStateException("the claim import is closed");
        closed = true;
        return ledger.db().write("importing claims from " + meta.fileName(), c -> {
            Instant now = JdbcClaimLedger.now();
            long importId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_imports (file_name, format, file_sha256, started_at,"
                    + " finished_at, inserted, updated, unchanged, unplaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, meta.fileName());
                ps.setString(2, meta.format());
                ps.setString(3, meta.fileSha256());
                ledger.db().bindInstant(ps, 4, startedAt);
                ledger.db().bindInstant(ps, 5, now);
                ps.setLong(6, inserts.size());
                ps.setLong(7, updates.size());
                ps.setLong(8, unchanged);
                ps.setLong(9, unplaced);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    importId = rs.getLong(1);
                }
            }
            for (ClaimRecord r : inserts.values()) {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (" + JdbcClaimLedger.CLAIM_COLUMNS
                        + ") VALUES (" + "?, ".repeat(25) + "?) RETURNING id")) {
                    ledger.bindClaim(ps, r.originKey(), r.dataset(), r.claim(), now, 1, r.contentHash());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                revision(c, id, 1, importId, now, r);
            }
            for (ClaimRecord r : updates.values()) {
                Known k = known.get(r.originKey());
                String set = String.join(" = ?, ", JdbcClaimLedger.CLAIM_COLUMNS.split(",\\s*")) + " = ?";
                try (PreparedStatement ps = c.prepareStatement("UPDATE claims SET " + set + " WHERE id = ?")) {
                    int next = ledger.bindClaim(ps, r.originKey(), r.dataset(), r.claim(), now, k.revisions() + 1, r.contentHash());
                    ps.setLong(next, k.id());
                    ps.executeUpdate();
                }
                revision(c, k.id(), k.revisions() + 1, importId, now, r);
            }
            return new ImportRun(importId, meta.fileName(), meta.format(), meta.fileSha256(), startedAt, now,
                    inserts.size(), updates.size(), unchanged, unplaced);
        });
    }

    private void revision(Connection c, long claimId, int revision, long importId, Instant now, ClaimRecord r)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_revisions (claim_id, revision, import_id, recorded_at,"
                + " content_hash, fields) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, claimId);
            ps.setInt(2, revision);
            ps.setLong(3, importId);
            ledger.db().bindInstant(ps, 4, now);
            ps.setString(5, r.contentHash());
            ps.setString(6, Json.fields(r.fields()));
            ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        closed = true; // nothing was written before commit: dropping the pending rows is the rollback
    }
}
