package org.groundtruth.claim;

import java.util.List;

/** One page of claims and how many matched the query in all. */
public record ClaimPage(List<StoredClaim> items, long numberMatched) {
    public ClaimPage {
        items = List.copyOf(items);
    }
}
