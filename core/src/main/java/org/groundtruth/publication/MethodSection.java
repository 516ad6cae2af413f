package org.groundtruth.publication;

import org.groundtruth.ingest.ImportRun;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The method section's facts, computed from the data's lineage: which datasets (and under which licence) the
 * incidents rest on, which imports brought them in, how many reports stand behind each incident, how places and
 * dates were established and how precisely, and how many incidents have a grade and an attribution. The renderer
 * words them; nothing here is typed by a person.
 *
 * @param datasets          one line per open or reference-only dataset, by dataset name
 * @param restrictedReports reports from sources kept confidential (never named)
 * @param imports           the import runs, without their file names (a file name may say more than it should)
 * @param reportsPerIncident incidents by number of reports: keys 1, 2, 3 (three to five) and 6 (six or more)
 */
public record MethodSection(List<DatasetLine> datasets, int restrictedReports, List<ImportLine> imports,
                            Map<Integer, Integer> reportsPerIncident, double meanReportsPerIncident,
                            Map<LocationPrecision, Integer> locationPrecision, Map<PlacedBy, Integer> placedBy,
                            Map<DatePrecision, Integer> datePrecision, int graded, int attributed, int attributedJointly,
                            int unattributed) {

    /** A dataset the selection rests on: its licence mark and how many of the selection's reports and incidents. */
    public record DatasetLine(String dataset, Republication terms, String licenceMark, int reports, int incidents) {
    }

    /** An import run as the method names it: its format, the day it finished, its rows and the file's SHA-256. */
    public record ImportLine(String format, LocalDate finishedOn, long rows, String fileSha256) {
    }

    public MethodSection {
        datasets = List.copyOf(datasets);
        imports = List.copyOf(imports);
        reportsPerIncident = Map.copyOf(reportsPerIncident);
        locationPrecision = Map.copyOf(locationPrecision);
        placedBy = Map.copyOf(placedBy);
        datePrecision = Map.copyOf(datePrecision);
    }

    public static MethodSection of(Collection<PublishedIncident> rows, List<ImportRun> imports) {
        Map<String, int[]> byDataset = new TreeMap<>();
        Map<String, DatasetLine> lines = new LinkedHashMap<>();
        int restricted = 0, graded = 0, attributed = 0, joint = 0, unattributed = 0;
        long reports = 0;
        Map<Integer, Integer> perIncident = new TreeMap<>();
        Map<LocationPrecision, Integer> precision = new EnumMap<>(LocationPrecision.class);
        Map<PlacedBy, Integer> placed = new EnumMap<>(PlacedBy.class);
        Map<DatePrecision, Integer> dates = new EnumMap<>(DatePrecision.class);
        for (PublishedIncident i : rows) {
            restricted += i.restrictedSources();
            reports += i.reportCount();
            perIncident.merge(bucket(i.reportCount()), 1, Integer::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (SourceReference s : i.sources()) {
                int[] c = byDataset.computeIfAbsent(s.dataset(), d -> new int[2]);
                c[0]++;
                if (seen.add(s.dataset())) c[1]++;
                lines.putIfAbsent(s.dataset(), new DatasetLine(s.dataset(), s.terms(), s.licenceMark(), 0, 0));
            }
            if (!i.valuesWithheld()) {
                precision.merge(i.location().precision(), 1, Integer::sum);
                placed.merge(i.location().placedBy(), 1, Integer::sum);
            }
            dates.merge(i.date().precision(), 1, Integer::sum);
            if (i.gradeCode() != null) graded++;
            if (i.partyCodes().isEmpty() || i.partyCodes().equals(List.of("unknown"))) unattributed++;
            else if (i.partyCodes().size() > 1) joint++;
            else attributed++;
        }
        List<DatasetLine> ds = lines.values().stream().map(l -> {
            int[] c = byDataset.get(l.dataset());
            return new DatasetLine(l.dataset(), l.terms(), l.licenceMark(), c[0], c[1]);
        }).sorted(java.util.Comparator.comparing(DatasetLine::dataset)).toList();
        List<ImportLine> runs = imports.stream().map(r -> new ImportLine(r.format(),
                r.finishedAt() == null ? null : r.finishedAt().atOffset(ZoneOffset.UTC).toLocalDate(), r.rows(), r.fileSha256())).toList();
        double mean = rows.isEmpty() ? 0 : (double) reports / rows.size();
        return new MethodSection(ds, restricted, runs, perIncident, mean, precision, placed, dates, graded, attributed, joint, unattributed);
    }

    private static int bucket(int reports) {
        if (reports <= 2) return Math.max(reports, 1);
        return reports <= 5 ? 3 : 6;
    }
}
