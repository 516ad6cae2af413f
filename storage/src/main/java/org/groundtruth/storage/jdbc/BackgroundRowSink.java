package org.groundtruth.storage.jdbc;

import org.groundtruth.ingest.ImportedRecord;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link BatchRowSink} on a thread of its own, a batch at a time, so that the importer's thread can read, parse and
 * hash the next rows while the database writes the previous ones. At most one batch is being written and one
 * being gathered. The connection is only ever used by one thread at a time: {@link #flush()} and {@link #close()}
 * wait for the writing thread before they return.
 */
public final class BackgroundRowSink implements RowSink {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackgroundRowSink.class);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private record Row(long incidentId, long reportId, long importId, Instant now, ImportedRecord record,
                       Object[] factValues, String searchText, String fieldsJson) {
    }

    private final BatchRowSink delegate;
    private final RevisionFields fields;
    private final ExecutorService thread;
    private List<Row> gathering;
    private Future<?> writing;
    private boolean closed;
    /** Which side bounds the row phase: the writer's CPU, and how long the importer waited for it (debug log). */
    private long writerCpuNanos;
    private long waitedNanos;

    BackgroundRowSink(BatchRowSink delegate, RevisionFields fields) {
        this.delegate = delegate;
        this.fields = fields;
        this.gathering = new ArrayList<>(delegate.batchRows());
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "groundtruth-import-writer");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void add(long incidentId, long reportId, long importId, Instant now, ImportedRecord r) throws SQLException {
        // The value and text work is done here, on the importer's thread; the writing thread only binds and executes.
        gathering.add(new Row(incidentId, reportId, importId, now, r, JdbcIncidentStore.factValues(r.facts()),
                JdbcIncidentStore.searchTextOf(r), fields.json(r.fields())));
        if (gathering.size() >= delegate.batchRows()) handOff();
    }

    private void handOff() throws SQLException {
        awaitWriting();
        List<Row> batch = gathering;
        gathering = new ArrayList<>(delegate.batchRows());
        writing = thread.submit(() -> {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            for (Row row : batch) {
                delegate.add(row.incidentId(), row.reportId(), row.importId(), row.now(), row.record(), row.factValues(),
                        row.searchText(), row.fieldsJson());
            }
            delegate.flush();
            writerCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu0;
            return null;
        });
    }

    private void awaitWriting() throws SQLException {
        if (writing == null) return;
        Future<?> w = writing;
        writing = null;
        long t0 = System.nanoTime();
        try {
            w.get();
            waitedNanos += System.nanoTime() - t0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the import was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) throw sql;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new SQLException("writing the import failed", e.getCause());
        }
    }

    @Override
    public int batchRows() {
        return delegate.batchRows();
    }

    @Override
    public int pending() {
        return gathering.size();
    }

    @Override
    public void flush() throws SQLException {
        if (!gathering.isEmpty()) handOff();
        awaitWriting();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            awaitWriting();
        } catch (SQLException | RuntimeException ignored) {
            // the import is being abandoned; its transaction is rolled back next
        } finally {
            if (LOG.isDebugEnabled()) {
                LOG.debug(String.format(java.util.Locale.ROOT, "rows: the writing thread used %.1f s CPU; the importer waited %.1f s for it",
                        writerCpuNanos / 1e9, waitedNanos / 1e9));
            }
            thread.shutdown();
            gathering = List.of();
            delegate.close();
        }
    }
}
