package org.groundtruth.web.ogc;

import org.groundtruth.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStats;
import org.groundtruth.incident.SearchResult;

/**
 * The spatial and temporal extent of the incidents collection, for the collection document. The store has no
 * extent query, so this walks the placed incidents page by page and keeps the answer for a short while; past
 * {@link #MAX_SCANNED} incidents it gives up and answers the whole world and an open end, which is still a true extent.
 */
final class IncidentExtent {
    static final int MAX_SCANNED = 50_000;
    private static final Duration KEEP = Duration.ofSeconds(30);
    private static final double[] WORLD = {-180, -90, 180, 90};

    record Extent(double[] bbox, LocalDate firstDay, LocalDate lastDay) {
    }

    private final Store store;
    private final Clock clock;
    private final java.util.Map<java.util.Set<org.groundtruth.incident.IncidentStatus>, Extent> cached = new java.util.HashMap<>();
    private final java.util.Map<java.util.Set<org.groundtruth.incident.IncidentStatus>, Instant> cachedAt = new java.util.HashMap<>();

    IncidentExtent(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The extent of the incidents in these statuses (null: all), as the caller may see them. */
    synchronized Extent get(java.util.Set<org.groundtruth.incident.IncidentStatus> statuses) {
        Instant now = clock.instant();
        java.util.Set<org.groundtruth.incident.IncidentStatus> key = statuses == null ? java.util.Set.of() : statuses;
        Instant at = cachedAt.get(key);
        if (at == null || at.plus(KEEP).isBefore(now)) {
            cached.put(key, compute(statuses));
            cachedAt.put(key, now);
        }
        return cached.get(key);
    }

    private Extent compute(java.util.Set<org.groundtruth.incident.IncidentStatus> statuses) {
        IncidentStats stats = store.incidents().stats(IncidentQuery.all().withStatuses(statuses));
        LocalDate first = stats.perDay().isEmpty() ? null : stats.perDay().firstKey();
        if (stats.total() > MAX_SCANNED) return new Extent(WORLD, first, null);
        LocalDate last = null;
        double[] box = null;
        long offset = 0;
        while (true) {
            SearchResult r = store.incidents().search(IncidentQuery.all().withStatuses(statuses).page(IncidentQuery.MAX_LIMIT, offset));
            for (Incident i : r.items()) {
                LocalDate lastDay = i.facts().date().lastDay();
                if (last == null || lastDay.isAfter(last)) last = lastDay;
                var p = i.facts().location().point();
                if (p == null) continue;
                if (box == null) box = new double[] {p.lon(), p.lat(), p.lon(), p.lat()};
                box[0] = Math.min(box[0], p.lon());
                box[1] = Math.min(box[1], p.lat());
                box[2] = Math.max(box[2], p.lon());
                box[3] = Math.max(box[3], p.lat());
            }
            offset += r.items().size();
            if (r.items().isEmpty() || offset >= r.numberMatched()) break;
        }
        return new Extent(box == null ? WORLD : box, first, last);
    }
}
