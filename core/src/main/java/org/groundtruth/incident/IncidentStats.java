package org.groundtruth.incident;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * Counts over the incidents matching a query, for the timeline and the filter panel.
 *
 * @param perDay         incidents by the first day of their date window
 * @param perGovernorate incidents by governorate ("" for none)
 * @param perObject      incidents by civilian object hit (an incident hitting two kinds counts in both)
 * @param perDataset     incidents by the dataset of their reports ("ucdp-ged"; an incident with reports from two counts
 *                       in both): what the page must credit
 */
public record IncidentStats(long total, long placed, SortedMap<LocalDate, Long> perDay, Map<String, Long> perGovernorate,
                            Map<CivilianObject, Long> perObject, Map<String, Long> perDataset) {
    public IncidentStats {
        perDataset = perDataset == null ? Map.of() : Map.copyOf(perDataset);
    }

    /** Counts without the datasets. */
    public IncidentStats(long total, long placed, SortedMap<LocalDate, Long> perDay, Map<String, Long> perGovernorate,
                         Map<CivilianObject, Long> perObject) {
        this(total, placed, perDay, perGovernorate, perObject, null);
    }
}
