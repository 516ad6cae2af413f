package org.groundtruth.storage.postgres;

import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.PublicId;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.jdbc.RevisionFields;
import org.groundtruth.storage.jdbc.RowSink;
import org.groundtruth.storage.jdbc.Sql;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes an import's new rows with COPY ... FROM STDIN (text format) straight into the three tables, some
 * thousands of rows at a time. Inside the import's transaction, so a failed or killed import leaves nothing.
 * Rows are formatted on the importer's thread and sent on a thread of its own, so that PostgreSQL loads one batch
 * while the next is being read and formatted; only one batch is in flight, and {@link #flush()} and
 * {@link #close()} wait for it, so the connection is never used by two threads at once.
 */
final class CopyRowSink implements RowSink {
    private static final String COPY_INCIDENTS = "COPY incidents (id, " + String.join(", ", Sql.FACT_COLUMNS)
            + ", search_text, status, edited_by_hand, created_at, updated_at, public_id) FROM STDIN";
    private static final String COPY_REPORTS = "COPY reports (id, incident_id, origin_key, source_name, source_dataset,"
            + " source_url, text, language, first_seen, last_changed, revision_count, content_hash) FROM STDIN";
    private static final String COPY_REVISIONS = "COPY report_revisions (report_id, revision, import_id, recorded_at,"
            + " content_hash, fields) FROM STDIN";

    private final CopyManager copy;
    private final StringBuilder incidents = new StringBuilder(1 << 20);
    private final StringBuilder reports = new StringBuilder(1 << 20);
    private final StringBuilder revisions = new StringBuilder(1 << 20);
    private int pending;
    private Instant lastInstant;
    private String lastInstantText;

    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "groundtruth-copy-sender");
        t.setDaemon(true);
        return t;
    });
    private Future<?> sending;
    private boolean closed;

    private final RevisionFields fields;

    CopyRowSink(Connection c, RevisionFields fields) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        this.fields = fields;
    }

    @Override
    public void add(long incidentId, long reportId, long importId, Instant instant, ImportedRecord r) throws SQLException {
        String now = timestamp(instant);
        StringBuilder b = incidents;
        b.append(incidentId);
        for (Object v : JdbcIncidentStore.factValues(r.facts())) value(b.append('\t'), v);
        value(b.append('\t'), JdbcIncidentStore.searchTextOf(r));
        b.append('\t').append(IncidentStatus.DRAFT.name()).append("\tf\t").append(now).append('\t').append(now)
                .append('\t').append(PublicId.next()).append('\n'); // base32: nothing to escape

        b = reports;
        b.append(reportId).append('\t').append(incidentId);
        value(b.append('\t'), r.originKey());
        value(b.append('\t'), r.source().name());
        value(b.append('\t'), r.source().dataset());
        value(b.append('\t'), r.source().url());
        value(b.append('\t'), r.text());
        value(b.append('\t'), r.language());
        b.append('\t').append(now).append('\t').append(now).append("\t1\t").append(r.contentHash()).append('\n');

        b = revisions;
        b.append(reportId).append("\t1\t").append(importId).append('\t').append(now).append('\t').append(r.contentHash());
        value(b.append('\t'), fields.json(r.fields()));
        b.append('\n');
        if (++pending >= batchRows()) handOff();
    }

    /** The import's timestamp as text, formatted once: every row of an import carries the same one. */
    private String timestamp(Instant instant) {
        if (!instant.equals(lastInstant)) {
            lastInstant = instant;
            lastInstantText = instant.toString();
        }
        return lastInstantText;
    }

    /** One value in COPY's text format: \N for null, backslash escapes for the characters that delimit. */
    private static void value(StringBuilder b, Object v) {
        if (v == null) {
            b.append("\\N");
            return;
        }
        if (!(v instanceof String s)) {
            b.append(v); // numbers, ISO dates, times and instants as PostgreSQL reads them
            return;
        }
        int plain = 0;
        while (plain < s.length()) {
            char ch = s.charAt(plain);
            if (ch == '\\' || ch == '\n' || ch == '\r' || ch == '\t') break;
            plain++;
        }
        b.append(s, 0, plain); // most values need no escaping: one copy
        for (int i = plain; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
    }

    @Override
    public int batchRows() {
        return 10_000;
    }

    @Override
    public int pending() {
        return pending;
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) handOff();
        awaitSending();
    }

    private void handOff() throws SQLException {
        byte[] incidentRows = bytes(incidents);
        byte[] reportRows = bytes(reports);
        byte[] revisionRows = bytes(revisions);
        pending = 0;
        awaitSending();
        sending = sender.submit(() -> {
            send(COPY_INCIDENTS, incidentRows);
            send(COPY_REPORTS, reportRows);
            send(COPY_REVISIONS, revisionRows);
            return null;
        });
    }

    private static byte[] bytes(StringBuilder rows) {
        byte[] b = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        return b;
    }

    private void awaitSending() throws SQLException {
        if (sending == null) return;
        Future<?> s = sending;
        sending = null;
        try {
            s.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while rows were being copied", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) throw sql;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new SQLException("copying rows failed", e.getCause());
        }
    }

    private void send(String sql, byte[] bytes) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            awaitSending();
        } catch (SQLException | RuntimeException ignored) {
            // the import is being abandoned; its transaction is rolled back next
        } finally {
            sender.shutdown();
            incidents.setLength(0);
            reports.setLength(0);
            revisions.setLength(0);
        }
    }
}
