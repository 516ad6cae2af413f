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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes an import's new rows with COPY ... FROM STDIN in PostgreSQL's binary format straight into the three tables,
 * some thousands of rows at a time. Inside the import's transaction, so a failed or killed import leaves nothing.
 * Binary (decision 0114): the server reads dates, times, timestamps and numbers as the fixed-size values it stores
 * instead of parsing their text, and text needs no escaping. The column types are checked when the sink is made,
 * so that a migration changing one fails loudly instead of storing wrong values. Rows are encoded on the
 * importer's thread and sent on a thread of its own, so that PostgreSQL loads one batch while the next is being
 * read and encoded; only one batch is in flight, and {@link #flush()} and {@link #close()} wait for it, so the
 * connection is never used by two threads at once.
 */
final class CopyRowSink implements RowSink {
    private static final List<String> INCIDENT_COLUMNS = concat(List.of("id"), Sql.FACT_COLUMNS,
            List.of("search_text", "status", "edited_by_hand", "created_at", "updated_at", "public_id"));
    private static final List<String> REPORT_COLUMNS = List.of("id", "incident_id", "origin_key", "source_name",
            "source_dataset", "source_url", "text", "language", "first_seen", "last_changed", "revision_count", "content_hash");
    private static final List<String> REVISION_COLUMNS = List.of("report_id", "revision", "import_id", "recorded_at",
            "content_hash", "fields");
    private static final String COPY_INCIDENTS = copy("incidents", INCIDENT_COLUMNS);
    private static final String COPY_REPORTS = copy("reports", REPORT_COLUMNS);
    private static final String COPY_REVISIONS = copy("report_revisions", REVISION_COLUMNS);

    /** PostgreSQL's binary COPY header: signature, flags, header extension length. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
    private static final long PG_EPOCH_DAY = 10_957;
    private static final long PG_EPOCH_SECOND = PG_EPOCH_DAY * 86_400;

    private final CopyManager copy;
    private final BinaryRows incidents = new BinaryRows();
    private final BinaryRows reports = new BinaryRows();
    private final BinaryRows revisions = new BinaryRows();
    private int pending;

    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "groundtruth-copy-sender");
        t.setDaemon(true);
        return t;
    });
    private Future<?> sending;
    private boolean closed;
    /** Time the sender spent copying (the server at work on a batch) and the importer's thread spent waiting for it. */
    private volatile long sendingNanos;
    private long waitedNanos;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CopyRowSink.class);

    private final RevisionFields fields;

    CopyRowSink(Connection c, RevisionFields fields) throws SQLException {
        checkColumnTypes(c);
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        this.fields = fields;
    }

    @Override
    public void add(long incidentId, long reportId, long importId, Instant instant, ImportedRecord r) throws SQLException {
        long now = micros(instant);
        BinaryRows b = incidents;
        Object[] facts = JdbcIncidentStore.factValues(r.facts());
        b.row(INCIDENT_COLUMNS.size()).int8(incidentId);
        for (Object v : facts) b.value(v);
        b.text(JdbcIncidentStore.searchTextOf(r)).text(IncidentStatus.DRAFT.name()).bool(false).timestamp(now).timestamp(now)
                .text(PublicId.next());

        b = reports;
        b.row(REPORT_COLUMNS.size()).int8(reportId).int8(incidentId).text(r.originKey()).text(r.source().name())
                .text(r.source().dataset()).text(r.source().url()).text(r.text()).text(r.language())
                .timestamp(now).timestamp(now).int4(1).text(r.contentHash());

        b = revisions;
        b.row(REVISION_COLUMNS.size()).int8(reportId).int4(1).int8(importId).timestamp(now).text(r.contentHash())
                .text(fields.json(r.fields()));
        if (++pending >= batchRows()) handOff();
    }

    /** Microseconds since PostgreSQL's epoch: a timestamptz as the server stores it. */
    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond() - PG_EPOCH_SECOND, 1_000_000L), t.getNano() / 1_000);
    }

    /**
     * The rows of one table in COPY's binary format: per row a field count, per field its length (-1 for null)
     * and its bytes, all integers big-endian. Text is encoded as UTF-8 straight into the buffer (an unpaired
     * surrogate becomes '?', as {@link String#getBytes} does).
     */
    static final class BinaryRows {
        private byte[] buf = new byte[1 << 20];
        private int len;

        BinaryRows() {
            clear();
        }

        void clear() {
            len = 0;
            put(HEADER, HEADER.length);
        }

        private void ensure(int more) {
            if (len + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }

        private void put(byte[] b, int n) {
            ensure(n);
            System.arraycopy(b, 0, buf, len, n);
            len += n;
        }

        private void i16(int v) {
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        private void i32(int v) {
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        private void i64(long v) {
            i32((int) (v >>> 32));
            i32((int) v);
        }

        BinaryRows row(int fields) {
            ensure(2);
            i16(fields);
            return this;
        }

        BinaryRows nul() {
            ensure(4);
            i32(-1);
            return this;
        }

        BinaryRows int4(int v) {
            ensure(8);
            i32(4);
            i32(v);
            return this;
        }

        BinaryRows int8(long v) {
            ensure(12);
            i32(8);
            i64(v);
            return this;
        }

        BinaryRows float8(double v) {
            ensure(12);
            i32(8);
            i64(Double.doubleToLongBits(v));
            return this;
        }

        BinaryRows bool(boolean v) {
            ensure(5);
            i32(1);
            buf[len++] = (byte) (v ? 1 : 0);
            return this;
        }

        BinaryRows date(LocalDate d) {
            ensure(8);
            i32(4);
            i32(Math.toIntExact(d.toEpochDay() - PG_EPOCH_DAY));
            return this;
        }

        BinaryRows time(LocalTime t) {
            ensure(12);
            i32(8);
            i64(t.toNanoOfDay() / 1_000);
            return this;
        }

        BinaryRows timestamp(long micros) {
            ensure(12);
            i32(8);
            i64(micros);
            return this;
        }

        BinaryRows text(String s) {
            if (s == null) return nul();
            int n = s.length();
            ensure(4 + n * 3);
            int at = len;
            len += 4;
            byte[] b = buf;
            int j = len;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[j++] = (byte) c;
                } else if (c < 0x800) {
                    b[j++] = (byte) (0xC0 | (c >> 6));
                    b[j++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, s.charAt(++i));
                        b[j++] = (byte) (0xF0 | (cp >> 18));
                        b[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                        b[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                        b[j++] = (byte) (0x80 | (cp & 0x3F));
                    } else {
                        b[j++] = '?';
                    }
                } else {
                    b[j++] = (byte) (0xE0 | (c >> 12));
                    b[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[j++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            int bytes = j - len;
            len = at;
            i32(bytes);
            len = j;
            return this;
        }

        /** One value of the kinds {@link JdbcIncidentStore#factValues} gives. */
        BinaryRows value(Object v) {
            return switch (v) {
                case null -> nul();
                case String s -> text(s);
                case Integer n -> int4(n);
                case Double d -> float8(d);
                case LocalDate d -> date(d);
                case LocalTime t -> time(t);
                case Instant t -> timestamp(micros(t));
                default -> throw new IllegalArgumentException("no binary COPY encoding for " + v.getClass());
            };
        }

        /** The rows so far with the trailer, as bytes to send; the buffer starts again with the header. */
        byte[] take() {
            ensure(2);
            i16(-1);
            byte[] out = java.util.Arrays.copyOf(buf, len);
            clear();
            return out;
        }
    }

    /**
     * The binary format carries no type names: each value must be encoded as its column's type. The fact columns'
     * types are {@link Sql#FACT_TYPES}; the others are listed here.
     */
    private static void checkColumnTypes(Connection c) throws SQLException {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("incidents.id", "bigint");
        for (int k = 0; k < Sql.FACT_COLUMNS.size(); k++) {
            expected.put("incidents." + Sql.FACT_COLUMNS.get(k), switch (Sql.FACT_TYPES[k]) {
                case Types.DATE -> "date";
                case Types.TIME -> "time without time zone";
                case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp with time zone";
                case Types.DOUBLE -> "double precision";
                case Types.INTEGER -> "integer";
                default -> "text";
            });
        }
        for (String t : List.of("search_text", "status", "public_id")) expected.put("incidents." + t, "text");
        expected.put("incidents.edited_by_hand", "boolean");
        for (String t : List.of("created_at", "updated_at")) expected.put("incidents." + t, "timestamp with time zone");
        for (String col : REPORT_COLUMNS) {
            expected.put("reports." + col, switch (col) {
                case "id", "incident_id" -> "bigint";
                case "first_seen", "last_changed" -> "timestamp with time zone";
                case "revision_count" -> "integer";
                default -> "text";
            });
        }
        for (String col : REVISION_COLUMNS) {
            expected.put("report_revisions." + col, switch (col) {
                case "report_id", "import_id" -> "bigint";
                case "revision" -> "integer";
                case "recorded_at" -> "timestamp with time zone";
                default -> "text";
            });
        }
        Map<String, String> actual = new java.util.HashMap<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT c.relname || '.' || a.attname,"
                + " format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " WHERE c.oid IN ('incidents'::regclass, 'reports'::regclass, 'report_revisions'::regclass)"
                + " AND a.attnum > 0 AND NOT a.attisdropped");
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) actual.put(rs.getString(1), rs.getString(2));
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                throw new SQLException("binary COPY writes " + e.getKey() + " as " + e.getValue() + " but the column is "
                        + actual.get(e.getKey()) + "; update CopyRowSink with the migration that changed it");
            }
        }
    }

    private static String copy(String table, List<String> columns) {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> l : lists) out.addAll(l);
        return List.copyOf(out);
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
        byte[] incidentRows = incidents.take();
        byte[] reportRows = reports.take();
        byte[] revisionRows = revisions.take();
        pending = 0;
        awaitSending();
        sending = sender.submit(() -> {
            send(COPY_INCIDENTS, incidentRows);
            send(COPY_REPORTS, reportRows);
            send(COPY_REVISIONS, revisionRows);
            return null;
        });
    }

    private void awaitSending() throws SQLException {
        if (sending == null) return;
        Future<?> s = sending;
        sending = null;
        long t0 = System.nanoTime();
        try {
            s.get();
            waitedNanos += System.nanoTime() - t0;
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
        long t0 = System.nanoTime();
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
            sendingNanos += System.nanoTime() - t0;
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
            if (LOG.isDebugEnabled()) {
                LOG.debug(String.format(java.util.Locale.ROOT, "COPY: the server busy with a batch %.1f s; the importer's"
                        + " thread waited %.1f s for it (the rest of the row phase the server waited for the importer)",
                        sendingNanos / 1e9, waitedNanos / 1e9));
            }
            sender.shutdown();
            incidents.clear();
            reports.clear();
            revisions.clear();
        }
    }
}
