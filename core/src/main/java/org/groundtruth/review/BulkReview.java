package org.groundtruth.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.groundtruth.incident.IncidentStatus;

/**
 * What a bulk review did (or, as a dry run, would do): how many incidents the selection holds, the ones moved to
 * {@code to} (internal ids, in id order), and how many were left where they are, by status, because the workflow has
 * no move from there to {@code to} that the caller may make (a draft is never published directly).
 */
public record BulkReview(IncidentStatus to, long selected, List<Long> moved, Map<IncidentStatus, Long> left, boolean dryRun) {
    public BulkReview {
        Objects.requireNonNull(to, "to");
        moved = List.copyOf(moved);
        left = Map.copyOf(left);
    }

    /** One line for a person: "published 1,204 of 1,260 incidents; left: 50 draft, 6 published". */
    public String line() {
        StringBuilder b = new StringBuilder(dryRun ? "would move " : "moved ").append(String.format(java.util.Locale.ROOT, "%,d", moved.size()))
                .append(" of ").append(String.format(java.util.Locale.ROOT, "%,d", selected)).append(selected == 1 ? " incident" : " incidents")
                .append(" to ").append(ReviewRules.code(to));
        if (!left.isEmpty()) {
            b.append("; left as they are: ");
            b.append(String.join(", ", left.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> String.format(java.util.Locale.ROOT, "%,d %s", e.getValue(), ReviewRules.code(e.getKey()))).toList()));
        }
        return b.toString();
    }
}
