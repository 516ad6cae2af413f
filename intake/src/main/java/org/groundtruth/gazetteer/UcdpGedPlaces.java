package org.groundtruth.gazetteer;

import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.CountryCodes;
import org.groundtruth.place.LocationPrecision;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places derived from a UCDP GED file: see {@link GazetteerFiles#placesFromUcdpGed}. */
final class UcdpGedPlaces {
    private UcdpGedPlaces() {
    }

    /** Last words of UCDP's where_coordinates that name the kind of populated place; dropped from the name. */
    private static final Set<String> UCDP_PLACE_KINDS = Set.of("town", "village", "villge", "villae", "city", "suburb", "camp");

    private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^)]*)\\)\\s*");

    static List<Place> read(String file, Reader reader) {
        List<CsvRows.Row> rows = CsvRows.read(file, reader,
                List.of("where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country"));
        record Key(String where, String adm1) {
        }
        Map<Key, Map<Coordinates, Integer>> pointsByPlace = new LinkedHashMap<>();
        Map<Key, CsvRows.Row> firstRow = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            if (!"1".equals(row.get("where_prec")) || PlaceNames.isNoName(row.get("where_coordinates"))) continue;
            Coordinates point = GazetteerFiles.coordinates(file, row.line(), row.get("latitude"), row.get("longitude"), "latitude", "longitude", problems);
            if (problems.size() >= GazetteerFiles.MAX_PROBLEMS) break;
            if (point == null) continue;
            Key key = new Key(row.get("where_coordinates").replaceAll("\\s+", " "), row.get("adm_1"));
            pointsByPlace.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(point, 1, Integer::sum);
            firstRow.putIfAbsent(key, row);
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        List<Place> places = new ArrayList<>();
        for (Map.Entry<Key, Map<Coordinates, Integer>> e : pointsByPlace.entrySet()) {
            CsvRows.Row row = firstRow.get(e.getKey());
            String country = CountryCodes.alpha2(row.get("country"));
            if (country == null) {
                problems.add(row.problem("country", "unknown country '" + row.get("country") + "'"));
                continue;
            }
            Coordinates point = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String where = e.getKey().where();
            List<String> alternatives = new ArrayList<>();
            Matcher bracket = BRACKET.matcher(where);
            if (bracket.find()) {
                alternatives.add(bracket.group(1).strip());
                where = (where.substring(0, bracket.start()) + " " + where.substring(bracket.end())).strip();
            }
            String[] words = where.split(" ");
            String kind = words[words.length - 1].toLowerCase(Locale.ROOT);
            LocationPrecision level = kind.equals("area") ? LocationPrecision.DISTRICT : LocationPrecision.TOWN;
            String name = UCDP_PLACE_KINDS.contains(kind) && words.length > 1 ? where.substring(0, where.lastIndexOf(' ')).strip() : where;
            if (name.contains("/")) {
                String[] parts = name.split("\\s*/\\s*");
                name = parts[0];
                alternatives.addAll(Arrays.asList(parts).subList(1, parts.length));
            }
            if (name.isBlank()) continue;
            places.add(new Place(name, null, alternatives, point, level, PlaceNames.isNoName(row.get("adm_1")) ? null : row.get("adm_1"),
                    PlaceNames.isNoName(row.get("adm_2")) ? null : row.get("adm_2"), country, "ucdp-ged"));
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return places;
    }

}
