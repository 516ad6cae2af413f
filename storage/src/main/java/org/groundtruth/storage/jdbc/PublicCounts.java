package org.groundtruth.storage.jdbc;

import org.groundtruth.incident.IncidentQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public's counts of matches, kept per filter and per the store's public generation (V111, decision 0423): the
 * number moves whenever a published incident is added, changed or removed, or its grade, parties or matched claims
 * change (V112, decision 0424), so a count kept under the current number is the count the store would give now. Only
 * filters over published incidents are kept: drafts change without moving the number. The newest {@value #SIZE}
 * filters are kept.
 */
final class PublicCounts {
    static final int SIZE = 1_000;

    private record Kept(long generation, long count) {
    }

    private final Map<IncidentQuery, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IncidentQuery, Kept> eldest) {
            return size() > SIZE;
        }
    };

    /** The filter alone: a count does not depend on the page or its order. */
    private static IncidentQuery filterOf(IncidentQuery q) {
        return q.page(0, 0).withSort(null);
    }

    /** The count kept for this filter under {@code generation}, or -1. */
    synchronized long get(IncidentQuery q, long generation) {
        Kept k = kept.get(filterOf(q));
        return k != null && k.generation() == generation ? k.count() : -1;
    }

    synchronized void put(IncidentQuery q, long generation, long count) {
        kept.put(filterOf(q), new Kept(generation, count));
    }
}
