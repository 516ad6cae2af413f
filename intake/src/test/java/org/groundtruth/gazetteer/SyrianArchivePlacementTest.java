package org.groundtruth.gazetteer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures placement from names alone on the 1,635 "Alleged civilian casualties from Russian attacks" rows of the
 * Syrian Archive file: City (governorate, upper case) + Neighborhood (loose spelling), ignoring the file's own
 * coordinates, which are used only to check the points found.
 */
class SyrianArchivePlacementTest {
    record Row(String city, String neighbourhood, Coordinates fileCoordinates) {
    }

    static List<Row> rows;

    @BeforeAll
    static void readViolations() throws IOException {
        Path file = Path.of(System.getProperty("groundtruth.shared"), "data/syrian-archive-violations/violations.csv");
        rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                if (!rec.get("Violation_Type").equals("Alleged civilian casualties from Russian attacks")) continue;
                Coordinates c = rec.get("Latitude").equals("NA") ? null
                        : new Coordinates(Double.parseDouble(rec.get("Latitude")), Double.parseDouble(rec.get("Longitude")));
                rows.add(new Row(na(rec.get("City")), na(rec.get("Neighborhood")), c));
            }
        }
        assertThat(rows).hasSize(1635);
    }

    private static String na(String s) {
        return PlaceNames.isNoName(s) ? null : s;
    }

    record Measure(int named, int placed, int withNeighbourhood, int neighbourhoodPlacedBelowGovernorate,
                   Map<LocationPrecision, Integer> byPrecision, int checked, int within15Km,
                   double medianKm, Map<String, Integer> misses, Map<String, Double> far) {
        double shareOfNamed() {
            return placed / (double) named;
        }

        double shareOfAll() {
            return placed / (double) rows.size();
        }

        /** Of rows that name a neighbourhood or town, the share placed at that name (not only at their governorate). */
        double shareOfNeighbourhoodsPlacedByName() {
            return neighbourhoodPlacedBelowGovernorate / (double) withNeighbourhood;
        }
    }

    static Measure measure(Gazetteer gazetteer) {
        int named = 0, placed = 0, checked = 0, within = 0, withNeighbourhood = 0, byName = 0;
        Map<LocationPrecision, Integer> byPrecision = new EnumMap<>(LocationPrecision.class);
        List<Double> distances = new ArrayList<>();
        Map<String, Integer> misses = new TreeMap<>();
        Map<String, Double> far = new TreeMap<>();
        for (Row row : rows) {
            if (row.city() == null && row.neighbourhood() == null) continue;
            named++;
            if (row.neighbourhood() != null) withNeighbourhood++;
            Location l = gazetteer.place(Location.unplaced(row.neighbourhood(), row.city(), null, "SY"));
            if (!l.isPlaced()) {
                misses.merge(row.city() + " / " + row.neighbourhood(), 1, Integer::sum);
                continue;
            }
            placed++;
            if (row.neighbourhood() != null && l.precision() == LocationPrecision.GOVERNORATE) {
                misses.merge("(governorate only) " + row.city() + " / " + row.neighbourhood(), 1, Integer::sum);
            } else if (row.neighbourhood() != null) {
                byName++;
            }
            byPrecision.merge(l.precision(), 1, Integer::sum);
            if (row.fileCoordinates() != null && l.precision() != LocationPrecision.GOVERNORATE) {
                double km = l.point().distanceKm(row.fileCoordinates());
                distances.add(km);
                checked++;
                if (km <= 15) within++;
                else far.put(row.city() + " / " + row.neighbourhood(), Math.round(km * 10) / 10.0);
            }
        }
        distances.sort(Double::compare);
        double median = distances.isEmpty() ? Double.NaN : distances.get(distances.size() / 2);
        return new Measure(named, placed, withNeighbourhood, byName, byPrecision, checked, within, median, misses, far);
    }

    static void print(String label, Measure m) {
        System.out.printf("%s: placed %d of %d named rows (%.1f%%), %.1f%% of all %d rows; by precision %s%n", label,
                m.placed(), m.named(), 100 * m.shareOfNamed(), 100 * m.shareOfAll(), rows.size(), m.byPrecision());
        System.out.printf("%s: of %d rows naming a neighbourhood or town, %d (%.1f%%) placed by that name, the rest at their"
                + " governorate%n", label, m.withNeighbourhood(), m.neighbourhoodPlacedBelowGovernorate(),
                100 * m.shareOfNeighbourhoodsPlacedByName());
        System.out.printf("%s: of %d rows placed below governorate level that have file coordinates, %d (%.1f%%) within 15 km;"
                + " median distance %.2f km%n", label, m.checked(), m.within15Km(), 100.0 * m.within15Km() / m.checked(), m.medianKm());
        System.out.println(label + ": not placed " + m.misses());
        System.out.println(label + ": farther than 15 km " + m.far());
    }

    @Test
    void theBundledGazetteerPlacesNearlyAllNamedRows() {
        Measure m = measure(BundledGazetteer.load());
        print("bundled", m);
        assertThat(m.named()).isEqualTo(1635 - 96);
        assertThat(m.shareOfNamed()).isGreaterThanOrEqualTo(0.99);
        assertThat(m.shareOfAll()).isGreaterThanOrEqualTo(0.92);
        assertThat(m.shareOfNeighbourhoodsPlacedByName()).isGreaterThanOrEqualTo(0.96);
        // the file's own coordinates are wrong for a few places (Basaida at Daraa, Akramiyah of Aleppo in Idlib)
        assertThat(m.within15Km() / (double) m.checked()).isGreaterThanOrEqualTo(0.96);
        assertThat(m.medianKm()).isLessThan(1.0);
    }

    @Test
    void printHowEachDistinctNameMatched() {
        Gazetteer g = BundledGazetteer.load();
        Map<MatchKind, Integer> rowsByKind = new EnumMap<>(MatchKind.class);
        Map<String, String> loose = new TreeMap<>();
        for (Row row : rows) {
            if (row.neighbourhood() == null) continue;
            g.lookup(row.neighbourhood(), row.city(), "SY").ifPresent(m -> {
                rowsByKind.merge(m.kind(), 1, Integer::sum);
                if (m.kind() == MatchKind.SKELETON || m.kind() == MatchKind.FUZZY) {
                    loose.put(row.city() + " / " + row.neighbourhood(), m.kind() + " " + m.matchedName() + " -> " + m.place()
                            + String.format(" %.2f%s", m.score(), m.ambiguous() ? " ambiguous" : ""));
                }
            });
        }
        System.out.println("rows by match kind: " + rowsByKind);
        loose.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        assertThat(rowsByKind.getOrDefault(MatchKind.EXACT, 0)).isPositive();
    }

    @Test
    void withoutTheArchivesOwnPlaceListNamesStillPlaceMostRows() {
        List<Place> withoutOwnList = BundledGazetteer.places().stream()
                .filter(p -> !p.source().equals(BundledGazetteer.SYRIAN_ARCHIVE_VIOLATION_PLACES)).toList();
        Measure m = measure(new Gazetteer(withoutOwnList));
        print("without syrian_places.csv", m);
        assertThat(m.shareOfNamed()).isGreaterThanOrEqualTo(0.98);
        assertThat(m.shareOfNeighbourhoodsPlacedByName()).isGreaterThanOrEqualTo(0.92);
        assertThat(m.within15Km() / (double) m.checked()).isGreaterThanOrEqualTo(0.96);
    }
}
