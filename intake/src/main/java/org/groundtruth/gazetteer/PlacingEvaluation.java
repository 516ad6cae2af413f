package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures the gazetteer on the labelled sets shipped under /evaluation/placing (built from real public data by
 * docs/accuracy/build_placing_sets.py; how each was built is in docs/accuracy.md). Each place set is measured with a
 * gazetteer that lacks the places derived from the set's own source, so that a set never grades its own answers.
 *
 * <p>For places: a row is "claimed" when the placing states the precision of the entry sought (town or finer for a
 * town, governorate for a region): the gazetteer says it found that entry. It is right when claimed within its
 * tolerance of the source's own coordinates (and in the right country). Precision is right / claimed, recall right /
 * all rows; the distance error is over claimed rows; "covered" is the share of placed rows (at any precision) whose
 * true point lies within the radius the placing states (its precision's typical radius, at least the tolerance), which
 * says whether a lowered precision is honest. For first-level names: precision is right / answered, recall right / all.
 */
public final class PlacingEvaluation {
    private PlacingEvaluation() {
    }

    /** One measured quantity of one set. */
    public record Figure(String set, String measure, double value) {
    }

    /** The figures of every set, and lines for people. */
    public record Result(List<Figure> figures, List<String> lines) {
        public Optional<Double> value(String set, String measure) {
            return figures.stream().filter(f -> f.set().equals(set) && f.measure().equals(measure)).map(Figure::value).findFirst();
        }
    }

    static final String DIR = "/evaluation/placing/";
    public static final String UCDP_SET = "ucdp-ged-syria-places";
    public static final String SYRIAN_ARCHIVE_SET = "syrian-archive-violations-places";
    public static final String BORDER_SET = "across-the-border";
    public static final String GOVERNORATE_SET = "governorates-as-written";

    /** Runs every set against the bundled gazetteer (less each set's own source). */
    public static Result run() {
        List<Place> bundled = BundledGazetteer.places();
        List<Figure> figures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        places(UCDP_SET, without(bundled, BundledGazetteer.UCDP_GED), figures, lines);
        places(SYRIAN_ARCHIVE_SET, without(bundled, BundledGazetteer.SYRIAN_ARCHIVE_VIOLATION_PLACES), figures, lines);
        Gazetteer whole = BundledGazetteer.load();
        places(BORDER_SET, whole, figures, lines);
        governorates(whole, figures, lines);
        return new Result(List.copyOf(figures), List.copyOf(lines));
    }

    private static Gazetteer without(List<Place> places, String source) {
        return new Gazetteer(places.stream().filter(p -> !p.source().equals(source)).toList());
    }

    /** One row of a place set: the name and clues as the source wrote them, and where the source put it. */
    record PlaceCase(String name, String governorate, String district, String country, String expectedCountry,
                     LocationPrecision level, Coordinates truth, double toleranceKm) {
    }

    static List<PlaceCase> placeCases(String set) {
        List<PlaceCase> cases = new ArrayList<>();
        for (CsvRows.Row r : rows(set, List.of("name", "lat", "lon", "tolerance_km"))) {
            boolean border = r.get("filed_under") != null;
            cases.add(new PlaceCase(r.get("name"), border ? null : r.get("governorate"), r.get("district"),
                    border ? r.get("filed_under") : r.get("country"), r.get("country"),
                    "governorate".equals(r.get("level")) ? LocationPrecision.GOVERNORATE : LocationPrecision.TOWN, new Coordinates(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))),
                    Double.parseDouble(r.get("tolerance_km"))));
        }
        return cases;
    }

    static void places(String set, Gazetteer gazetteer, Collection<Figure> figures, List<String> lines) {
        List<PlaceCase> cases = placeCases(set);
        int placed = 0, claimed = 0, right = 0, covered = 0;
        List<Double> errors = new ArrayList<>();
        Map<LocationPrecision, Integer> byPrecision = new TreeMap<>();
        for (PlaceCase c : cases) {
            Location l = gazetteer.place(Location.unplaced(c.name(), c.governorate(), c.district(), c.country()));
            if (!l.isPlaced()) continue;
            placed++;
            byPrecision.merge(l.precision(), 1, Integer::sum);
            double km = l.point().distanceKm(c.truth());
            boolean rightCountry = c.expectedCountry() == null || c.expectedCountry().equals(l.countryCode());
            if (rightCountry && km <= Math.max(c.toleranceKm(), l.effectiveRadiusMetres() / 1000.0)) covered++;
            if (l.precision().compareTo(c.level()) > 0) continue;
            claimed++;
            errors.add(km);
            if (rightCountry && km <= c.toleranceKm()) right++;
        }
        errors.sort(Double::compare);
        Map<String, Double> measured = new LinkedHashMap<>();
        measured.put("rows", (double) cases.size());
        measured.put("placed", (double) placed);
        measured.put("claimed", (double) claimed);
        measured.put("right", (double) right);
        measured.put("precision", claimed == 0 ? 0 : right / (double) claimed);
        measured.put("recall", cases.isEmpty() ? 0 : right / (double) cases.size());
        measured.put("median error km", percentile(errors, 0.5));
        measured.put("p90 error km", percentile(errors, 0.9));
        measured.put("covered by stated precision", placed == 0 ? 0 : covered / (double) placed);
        measured.forEach((k, v) -> figures.add(new Figure(set, k, v)));
        lines.add(String.format("placing %-36s rows %5d  placed %5d  claimed %5d  precision %.3f  recall %.3f  median %.2f km  p90 %.1f km"
                        + "  covered by stated precision %.3f  by precision %s", set, cases.size(), placed, claimed, measured.get("precision"),
                measured.get("recall"), measured.get("median error km"), measured.get("p90 error km"),
                measured.get("covered by stated precision"), byPrecision));
    }

    static void governorates(Gazetteer gazetteer, Collection<Figure> figures, List<String> lines) {
        Map<String, int[]> byKind = new TreeMap<>(); // kind -> rows, answered, right
        for (CsvRows.Row r : rows(GOVERNORATE_SET, List.of("written", "country", "canonical", "kind"))) {
            Optional<String> found = gazetteer.canonicalGovernorate(r.get("written"), r.get("country"));
            for (String kind : List.of("all", r.get("kind"))) {
                int[] n = byKind.computeIfAbsent(kind, k -> new int[3]);
                n[0]++;
                if (found.isPresent()) n[1]++;
                if (found.isPresent() && found.get().equals(r.get("canonical"))) n[2]++;
            }
        }
        byKind.forEach((kind, n) -> {
            String set = GOVERNORATE_SET + (kind.equals("all") ? "" : " (" + kind + ")");
            double precision = n[1] == 0 ? 0 : n[2] / (double) n[1], recall = n[2] / (double) n[0];
            figures.add(new Figure(set, "rows", n[0]));
            figures.add(new Figure(set, "precision", precision));
            figures.add(new Figure(set, "recall", recall));
            lines.add(String.format("governorate normalisation %-40s rows %4d  answered %4d  precision %.3f  recall %.3f", set, n[0],
                    n[1], precision, recall));
        });
    }

    private static double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }

    private static List<CsvRows.Row> rows(String set, List<String> columns) {
        String resource = DIR + set + ".csv";
        InputStream in = PlacingEvaluation.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("labelled set missing from the classpath: " + resource);
        try (Reader reader = GazetteerFiles.strictUtf8(in)) {
            return CsvRows.read("classpath:" + resource, reader, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
