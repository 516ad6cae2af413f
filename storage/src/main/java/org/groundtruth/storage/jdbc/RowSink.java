package org.groundtruth.storage.jdbc;

import org.groundtruth.ingest.ImportedRecord;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Takes the new rows of an import (an incident, its first report and that report's first revision) and writes
 * them in bulk, a batch at a time. Rows are certain to be in the database (inside the import's transaction) only
 * after {@link #flush()}.
 */
public interface RowSink {
    void add(long incidentId, long reportId, long importId, Instant now, ImportedRecord r) throws SQLException;

    /** How many rows to gather before writing them. */
    default int batchRows() {
        return 2_000;
    }

    /** Rows added since the last flush. */
    int pending();

    void flush() throws SQLException;

    /** Releases what the sink holds; rows not flushed are dropped. */
    void close();
}
