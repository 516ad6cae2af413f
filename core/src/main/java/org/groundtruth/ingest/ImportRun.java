package org.groundtruth.ingest;

import java.time.Instant;

/** A finished import as recorded in the store. */
public record ImportRun(long id, String fileName, String format, String fileSha256, Instant startedAt, Instant finishedAt,
                        long inserted, long updated, long unchanged, long unplaced) {
    public long rows() {
        return inserted + updated + unchanged;
    }
}
