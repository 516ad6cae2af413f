package org.groundtruth.incident;

import java.util.List;

/** One page of matching incidents and how many match in all. */
public record SearchResult(List<Incident> items, long numberMatched) {
    public SearchResult {
        items = List.copyOf(items);
    }
}
