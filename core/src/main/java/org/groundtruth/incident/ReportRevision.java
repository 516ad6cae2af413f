package org.groundtruth.incident;

import java.time.Instant;
import java.util.Map;

/** What one import (or one manual entry) said about a report: the source row's fields as read. */
public record ReportRevision(long reportId, int revision, Long importId, Instant recordedAt, String contentHash,
                             Map<String, String> fields) {
    public ReportRevision {
        fields = Map.copyOf(fields);
    }
}
