package org.groundtruth.storage.jdbc;

import org.groundtruth.ingest.ImportedRecord;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Takes the new rows of an import (an incident, its first report and that report's first revision) and writes
 * them in bulk. Rows become visible to the writer's own statements only after {@link #flush()}.
 */
public interface RowSink {
    void add(long incidentId, long reportId, long importId, Instant now, ImportedRecord r, String searchText)
            throws SQLException;

    /** How many rows to gather before a flush. */
    default int batchRows() {
        return 2_000;
    }

    /** Rows added since the last flush. */
    int pending();

    void flush() throws SQLException;

    void close();
}
