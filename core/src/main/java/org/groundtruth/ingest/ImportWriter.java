package org.groundtruth.ingest;

/**
 * Writes one import in a single transaction. Until {@link #commit()} nothing is visible; {@link #close()} without
 * commit rolls back, and so does the process dying.
 */
public interface ImportWriter extends AutoCloseable {

    UpsertOutcome upsert(ImportedRecord record);

    /** Makes the import durable and returns its summary. */
    ImportRun commit();

    @Override
    void close();
}
