package org.groundtruth.intake;

import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.UpsertOutcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test double of the store's import port that only collects what it is given: the pipeline's tests are about
 * what reaches the writer, not about storing it. Records become "stored" only on commit, like a transaction.
 */
public final class CollectingWriter implements ImportTarget {
    public final Map<String, String> storedHashByKey = new HashMap<>();
    public final List<ImportedRecord> lastCommitted = new ArrayList<>();
    public int begun;
    public int commits;
    public int rollbacks;

    @Override
    public ImportWriter begin(ImportMeta meta) {
        begun++;
        return new ImportWriter() {
            private final List<ImportedRecord> pending = new ArrayList<>();
            private final Map<String, String> seen = new HashMap<>();
            private long inserted, updated, unchanged, unplaced;
            private boolean committed;
            private final Instant started = Instant.now();

            @Override
            public UpsertOutcome upsert(ImportedRecord record) {
                pending.add(record);
                if (!record.facts().location().isPlaced()) unplaced++;
                String before = seen.containsKey(record.originKey()) ? seen.get(record.originKey())
                        : storedHashByKey.get(record.originKey());
                seen.put(record.originKey(), record.contentHash());
                if (before == null) { inserted++; return UpsertOutcome.INSERTED; }
                if (before.equals(record.contentHash())) { unchanged++; return UpsertOutcome.UNCHANGED; }
                updated++;
                return UpsertOutcome.UPDATED;
            }

            @Override
            public ImportRun commit() {
                committed = true;
                commits++;
                storedHashByKey.putAll(seen);
                lastCommitted.clear();
                lastCommitted.addAll(pending);
                return new ImportRun(commits, meta.fileName(), meta.format(), meta.fileSha256(), started, Instant.now(),
                        inserted, updated, unchanged, unplaced);
            }

            @Override
            public void close() {
                if (!committed) rollbacks++;
            }
        };
    }
}
