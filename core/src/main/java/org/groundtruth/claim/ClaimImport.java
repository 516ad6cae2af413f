package org.groundtruth.claim;

import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.UpsertOutcome;

/**
 * One all-or-nothing import of claims: one transaction. Nothing is visible or kept until {@link #commit()};
 * closing uncommitted, or the process dying, leaves the ledger as it was.
 */
public interface ClaimImport extends AutoCloseable {

    /**
     * A new key inserts the claim; a known key with the same content hash changes nothing; a known key with other
     * content replaces the claim's values and keeps the earlier row as a revision (nothing is lost).
     */
    UpsertOutcome upsert(ClaimRecord record);

    ImportRun commit();

    @Override
    void close();
}
