package org.groundtruth.claim;

import org.groundtruth.ingest.ImportedRecord;

import java.util.Map;
import java.util.Objects;

/**
 * One claim as an import read it: the validated claim, the key that makes re-imports idempotent, and the row as read.
 *
 * @param originKey   the source's own id with the mapping's prefix ("mod-sample:C001"), or a hash of the row
 * @param dataset     the dataset the row came from
 * @param fields      the row as read (column to value), kept with every revision
 * @param contentHash SHA-256 of the fields; the same key with the same hash changes nothing
 */
public record ClaimRecord(String originKey, String dataset, Claim claim, Map<String, String> fields, String contentHash) {
    public ClaimRecord {
        originKey = SourceDocument.blankToNull(originKey);
        if (originKey == null) throw new IllegalArgumentException("a claim record needs an origin key");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(claim, "claim");
        fields = fields == null ? Map.of() : fields;
        if (contentHash == null) contentHash = ImportedRecord.hashOf(fields);
    }
}
