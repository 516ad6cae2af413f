package org.groundtruth.placename;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceNames;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

/**
 * The place names of a gazetteer, for the map and the place look-up (decision 0433). Each gazetteer place is joined to
 * the GeoNames populated place of the same name (by spelling key, in the same country, within {@value #JOIN_KM} km)
 * in {@code /placenames/geonames-cities500.csv} (GeoNames cities500, CC BY 4.0, made by
 * {@code intake/tools/make-place-populations.sh}), which gives its population, its kind (a capital, a governorate's
 * or district's seat) and its Arabic and Ukrainian names. The sources' copies of one place (GeoNames' Ariha, UCDP's,
 * the Syrian Archive's) become one: same level, same consonant skeleton, within {@value #SAME_PLACE_KM} km.
 *
 * <p>How large a place is taken to be ({@link PlaceName#size}): its population where GeoNames counts one; otherwise
 * by its kind: a capital 1,000,000, a governorate's seat 100,000, a district's 20,000, a sub-district's 5,000, another
 * GeoNames place 1,000, and a place only the conflict datasets name (a village, a farm) 500.
 */
public final class BundledPlaceNames {
    static final String RESOURCE = "/placenames/geonames-cities500.csv";
    static final double JOIN_KM = 5;
    static final double SAME_PLACE_KM = 3;

    private BundledPlaceNames() {
    }

    /** One row of the GeoNames extract. */
    record GeoName(String name, String asciiName, double lat, double lon, String country, String featureCode, long population,
                   String arabicName, String ukrainianName, List<String> otherNames) {

        long size() {
            if (population > 0) return population;
            return switch (featureCode) {
                case "PPLC" -> 1_000_000;
                case "PPLA" -> 100_000;
                case "PPLA2" -> 20_000;
                case "PPLA3" -> 5_000;
                case "PPLA4" -> 2_000;
                default -> 1_000;
            };
        }
    }

    /** The directory of the gazetteer's places, with what the bundled GeoNames extract adds. */
    public static PlaceDirectory load(Gazetteer gazetteer) {
        return new PlaceDirectory(placeNames(gazetteer, geoNames()));
    }

    static List<PlaceName> placeNames(Gazetteer gazetteer, List<GeoName> geoNames) {
        Map<String, List<GeoName>> geoNamesByKey = new HashMap<>();
        for (GeoName g : geoNames) {
            for (String key : new LinkedHashSet<>(List.of(PlaceNames.spellingKey(g.name()), PlaceNames.spellingKey(g.asciiName())))) {
                geoNamesByKey.computeIfAbsent(g.country() + '|' + key, k -> new ArrayList<>()).add(g);
            }
        }
        List<Merged> merged = new ArrayList<>();
        Map<String, List<Merged>> mergedByKey = new HashMap<>();
        for (Place p : gazetteer.places()) {
            String key = p.countryCode() + '|' + p.level() + '|' + PlaceNames.skeletonKey(p.name());
            List<Merged> same = mergedByKey.computeIfAbsent(key, k -> new ArrayList<>());
            Merged into = same.stream().filter(m -> km(m.point, p.point()) <= sameplaceKm(p)).findFirst().orElse(null);
            if (into == null) {
                GeoName g = p.level() == LocationPrecision.TOWN ? nearest(geoNamesByKey.get(p.countryCode() + '|' + PlaceNames.spellingKey(p.name())), p.point()) : null;
                into = new Merged(p, g, gazetteer.canonicalGovernorate(p).orElse(p.governorate()));
                same.add(into);
                merged.add(into);
            }
            into.names.addAll(p.allNames());
            if (into.arabicName == null) into.arabicName = p.arabicName();
        }
        return merged.stream().map(Merged::placeName).toList();
    }

    private static double sameplaceKm(Place p) {
        // a governorate's point is where each source put its centre, which may lie far apart
        return p.level() == LocationPrecision.GOVERNORATE ? 150 : SAME_PLACE_KM;
    }

    private static GeoName nearest(List<GeoName> candidates, Coordinates at) {
        if (candidates == null) return null;
        GeoName best = null;
        double bestKm = JOIN_KM;
        for (GeoName g : candidates) {
            double d = km(at, new Coordinates(g.lat(), g.lon()));
            if (d <= bestKm) {
                best = g;
                bestKm = d;
            }
        }
        return best;
    }

    /** One place as the directory will hold it, collecting the names of the sources' copies. */
    private static final class Merged {
        final Place first;
        final GeoName geoName;
        final String governorate;
        final Coordinates point;
        final Set<String> names = new LinkedHashSet<>();
        String arabicName;

        Merged(Place first, GeoName geoName, String governorate) {
            this.first = first;
            this.geoName = geoName;
            this.governorate = governorate;
            this.point = first.point();
            this.arabicName = first.arabicName();
            if (geoName != null) {
                names.add(geoName.name());
                if (arabicName == null) arabicName = geoName.arabicName();
                names.addAll(geoName.otherNames());
            }
        }

        PlaceName placeName() {
            // GeoNames' plain Latin spelling reads best on a map ("Ariha" rather than "Arīḩā")
            // (its ASCII spelling writes ayn as a backtick: "Ma`arrat an Nu`man" reads as "Ma'arrat an Nu'man")
            String name = geoName != null && !geoName.asciiName().isBlank() ? geoName.asciiName().replace('`', '\'') : first.name();
            String ukrainian = geoName != null ? geoName.ukrainianName() : null;
            long population = geoName != null ? geoName.population() : 0;
            long size = geoName != null ? geoName.size() : first.level() == LocationPrecision.TOWN ? 500 : 0;
            List<String> others = names.stream().filter(n -> !n.equals(name)).toList();
            return new PlaceName(name, arabicName, ukrainian, others, point.lat(), point.lon(), first.level(), governorate,
                    first.district(), first.countryCode(), population, size);
        }
    }

    static List<GeoName> geoNames() {
        InputStream in = BundledPlaceNames.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("place names file missing from the classpath: " + RESOURCE);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<GeoName> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                try {
                    out.add(new GeoName(r.get("name"), r.get("ascii_name"), Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                            r.get("country"), r.get("feature_code"), Long.parseLong(r.get("population")), r.get("name_ar"), r.get("name_uk"),
                            r.get("other_names").isEmpty() ? List.of() : Arrays.asList(r.get("other_names").split(";"))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("classpath:" + RESOURCE + " line " + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static double km(Coordinates a, Coordinates b) {
        return a.distanceKm(b);
    }
}
