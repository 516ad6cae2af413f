package org.groundtruth.gazetteer;

import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer that ships with Groundtruth, read from the classpath (resources under /gazetteer, each dataset with
 * its ATTRIBUTION file):
 * <ol>
 *   <li>GeoNames populated places of Syria, Ukraine, Russia and Belarus (CC BY 4.0; population over 1,000 or
 *       administrative seats), TOWN level, governorate from their admin-1 code;</li>
 *   <li>the governorates and oblasts themselves, GOVERNORATE level, placed at the medoid of their GeoNames places:
 *       Syria's and Ukraine's from governorates.csv (names and spellings), Russia's and Belarus's first-level regions
 *       as GeoNames names them (so that a record filed under Ukraine that names Kursk or the Bryansk region finds them,
 *       docs/decisions/0210);</li>
 *   <li>the Syrian Archive gazetteer (GPL-2.0, crito/syrianarchive): English and Arabic names;</li>
 *   <li>places derived from UCDP GED Syria 2016-2019 (CC BY 4.0), see {@link GazetteerFiles#placesFromUcdpGed};</li>
 *   <li>the Syrian Archive R package's places (CC BY-SA 4.0, seankross/syrianarchive);</li>
 *   <li>areas that sources name instead of a town (regions.csv: Eastern Ghouta, Qalamoun ...), DISTRICT level, at
 *       the medoid of their member towns.</li>
 * </ol>
 * The Syrian Archive and UCDP sets are cleaned on the way in (docs/decisions/0204): duplicate rows dropped; every
 * place gets the governorate of its nearest GeoNames place when its row's governorate admits it, keeps its row's
 * governorate when that is plausible (within {@value #GOVERNORATE_CHECK_KM} km of one of its GeoNames places), and is
 * moved to the nearest place's governorate otherwise (the 2015 gazetteer files the Raqqa places under Quneitra);
 * governorates are spelled as governorates.csv spells them. A place within {@value #NEIGHBOURHOOD_KM} km of its
 * governorate's capital is a NEIGHBOURHOOD, a "nahiyah" or "mantiqah" a DISTRICT, anything else a TOWN.
 */
public final class BundledGazetteer {
    private BundledGazetteer() {
    }

    public static final String GEONAMES = "geonames";
    public static final String GOVERNORATES = "governorates";
    public static final String SYRIAN_ARCHIVE_PLACES = "syrian-archive-places";
    public static final String SYRIAN_ARCHIVE_VIOLATION_PLACES = "syrian-archive-violations";
    public static final String UCDP_GED = "ucdp-ged";
    public static final String REGIONS = "regions";
    /** Places derived from UCDP GED Syria by {@link GazetteerFiles#placesFromUcdpGed}, checked by UcdpPlacesGoldenTest. */
    static final String UCDP_RESOURCE = "ucdp_ged_places_SY.csv";

    static final double GOVERNORATE_CHECK_KM = 75;
    static final double NEIGHBOURHOOD_KM = 5;

    private static final String DIR = "/gazetteer/";
    private static volatile Gazetteer bundled;

    /** The bundled gazetteer (built once, then shared: it is immutable). */
    public static Gazetteer load() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (BundledGazetteer.class) {
                if (bundled == null) bundled = new Gazetteer(places());
                g = bundled;
            }
        }
        return g;
    }

    /** The bundled places followed by more (from {@link GazetteerFiles}); the bundled ones win ties (docs/decisions/0203). */
    public static Gazetteer loadWith(Collection<Place> more) {
        List<Place> all = new ArrayList<>(places());
        all.addAll(more);
        return new Gazetteer(all);
    }

    /** Every bundled place, in the order given in the class comment. */
    public static List<Place> places() {
        Map<String, String> admin1 = admin1Names();
        List<GovernorateSpec> specs = governorateSpecs();
        Map<String, GovernorateSpec> specByCode = new HashMap<>();
        for (GovernorateSpec s : specs) specByCode.put(s.code(), s);

        List<Place> geonames = new ArrayList<>();
        geonames.addAll(geoNamesCities("geonames_cities_SY.csv", admin1, specByCode));
        geonames.addAll(geoNamesCities("geonames_cities_UA.csv", admin1, specByCode));
        geonames.addAll(geoNamesCities("geonames_cities_RU_BY.csv", admin1, specByCode));

        List<Place> governorates = new ArrayList<>();
        Map<String, Coordinates> capitals = new HashMap<>();
        for (GovernorateSpec s : specs) {
            List<Place> members = geonames.stream().filter(p -> s.name().equals(p.governorate())).toList();
            String capitalKey = PlaceNames.skeletonKey(s.capital());
            Coordinates capital = members.stream().filter(p -> PlaceNames.skeletonKey(p.name()).equals(capitalKey))
                    .map(Place::point).findFirst().orElse(null);
            if (members.isEmpty()) throw new IllegalStateException("bundled gazetteer: no GeoNames place in " + s.name());
            List<String> alternatives = new ArrayList<>(s.alternatives());
            if (admin1.containsKey(s.code())) alternatives.add(admin1.get(s.code()));
            governorates.add(new Place(s.name(), s.arabicName(), alternatives, medoid(members), LocationPrecision.GOVERNORATE,
                    s.name(), null, s.country(), GOVERNORATES));
            if (capital != null) capitals.put(s.name(), capital);
        }
        governorates.addAll(regionsWithoutSpec(admin1, specByCode, geonames));
        Gazetteer governorateNames = new Gazetteer(governorates);
        List<Place> syrianGeonames = geonames.stream().filter(p -> p.countryCode().equals("SY")).toList();
        SourcePlaceCheck check = new SourcePlaceCheck(governorateNames, syrianGeonames, capitals);

        List<Place> all = new ArrayList<>(geonames);
        all.addAll(governorates);
        all.addAll(syrianArchivePlaces(check));
        all.addAll(ucdpPlaces(check));
        all.addAll(syrianArchiveViolationPlaces(check));
        all.addAll(regions(new Gazetteer(all.stream().filter(p -> p.countryCode().equals("SY")).toList())));
        return List.copyOf(all);
    }

    /** GeoNames admin-1 codes ("SY.10", "RU.41") to names ("Hama", "Kursk Oblast") for Syria, Ukraine, Russia, Belarus. */
    static Map<String, String> admin1Names() {
        Map<String, String> names = new HashMap<>();
        for (String file : List.of("geonames_admin1_SY_UA.csv", "geonames_admin1_RU_BY.csv")) {
            for (CsvRows.Row r : rows(file, List.of("code", "name"))) names.put(r.get("code"), r.get("name"));
        }
        return names;
    }

    /**
     * First-level regions that governorates.csv does not list (Russia's and Belarus's): named as GeoNames names them,
     * at the medoid of their GeoNames places; regions without any place in the bundled extract are left out.
     */
    private static List<Place> regionsWithoutSpec(Map<String, String> admin1, Map<String, GovernorateSpec> specByCode,
                                                  List<Place> geonames) {
        Map<String, List<Place>> members = new LinkedHashMap<>();
        for (Place p : geonames) if (p.governorate() != null) members.computeIfAbsent(p.countryCode() + "|" + p.governorate(), k -> new ArrayList<>()).add(p);
        List<Place> regions = new ArrayList<>();
        admin1.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (specByCode.containsKey(e.getKey())) return;
            String country = e.getKey().substring(0, 2);
            List<Place> in = members.get(country + "|" + e.getValue());
            if (in == null || in.isEmpty()) return;
            regions.add(new Place(e.getValue(), null, List.of(), medoid(in), LocationPrecision.GOVERNORATE, e.getValue(), null,
                    country, GOVERNORATES));
        });
        return regions;
    }

    /** A row of governorates.csv: the area's names, and its capital with the capital's other names (Kiev, Halab). */
    record GovernorateSpec(String country, String admin1, String name, String arabicName, String capital,
                           List<String> capitalAlternatives, List<String> alternatives) {
        String code() {
            return country + "." + admin1;
        }
    }

    static List<GovernorateSpec> governorateSpecs() {
        List<GovernorateSpec> specs = new ArrayList<>();
        for (CsvRows.Row r : rows("governorates.csv",
                List.of("country", "admin1", "name", "name_ar", "capital", "capital_alternative_names", "alternative_names"))) {
            specs.add(new GovernorateSpec(r.get("country"), r.get("admin1"), r.get("name"), r.get("name_ar"), r.get("capital"),
                    list(r.get("capital_alternative_names")), list(r.get("alternative_names"))));
        }
        return specs;
    }

    private static List<String> list(String semicolonSeparated) {
        return semicolonSeparated == null ? List.of() : List.of(semicolonSeparated.split("\\s*;\\s*"));
    }

    private static List<Place> geoNamesCities(String resource, Map<String, String> admin1, Map<String, GovernorateSpec> specs) {
        List<Place> places = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvRows.Row r : rows(resource, List.of("name", "lat", "lng", "country", "admin1"))) {
            Coordinates point = GazetteerFiles.coordinates(r.file(), r.line(), r.get("lat"), r.get("lng"), "lat", "lng", problems);
            if (point == null) continue;
            String code = r.get("country") + "." + r.get("admin1");
            GovernorateSpec spec = specs.get(code);
            String governorate = spec != null ? spec.name() : admin1.get(code);
            boolean isCapital = spec != null && spec.capital() != null
                    && PlaceNames.skeletonKey(spec.capital()).equals(PlaceNames.skeletonKey(r.get("name")));
            places.add(new Place(r.get("name"), null, isCapital ? spec.capitalAlternatives() : List.of(), point, LocationPrecision.TOWN, governorate, null,
                    r.get("country"), GEONAMES));
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return places;
    }

    private static List<Place> syrianArchivePlaces(SourcePlaceCheck check) {
        List<Place> places = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row r : rows("syrian_archive_locations.csv",
                List.of("pk", "name_en", "name_ar", "region_pk", "region_name_en", "latitude", "longitude"))) {
            Coordinates point = GazetteerFiles.coordinates(r.file(), r.line(), r.get("latitude"), r.get("longitude"),
                    "latitude", "longitude", problems);
            String name = r.get("name_en");
            if (point == null || name == null) continue;
            if (!seen.add(name + "|" + r.get("name_ar") + "|" + r.get("latitude") + "|" + r.get("longitude"))) continue;
            String governorate = check.governorate(r.get("region_name_en"), point);
            boolean isRegionRow = r.get("pk").equals(r.get("region_pk"));
            LocationPrecision level = isRegionRow ? LocationPrecision.TOWN : check.level(name, r.get("region_name_en"), governorate, point);
            places.add(new Place(name, r.get("name_ar"), List.of(), point, level, governorate, null, "SY", SYRIAN_ARCHIVE_PLACES));
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return places;
    }

    private static List<Place> syrianArchiveViolationPlaces(SourcePlaceCheck check) {
        List<Place> places = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row r : rows("syrian_places.csv", List.of("city", "neighborhood", "latitude", "longitude"))) {
            Coordinates point = GazetteerFiles.coordinates(r.file(), r.line(), r.get("latitude"), r.get("longitude"),
                    "Latitude", "Longitude", problems);
            String name = r.get("neighborhood");
            if (point == null || PlaceNames.isNoName(name)) continue;
            if (!seen.add(r.get("city") + "|" + name + "|" + point)) continue;
            String governorate = check.governorate(r.get("city"), point);
            places.add(new Place(name, null, List.of(), point, check.level(name, r.get("city"), governorate, point), governorate, null, "SY",
                    SYRIAN_ARCHIVE_VIOLATION_PLACES));
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return places;
    }

    private static List<Place> ucdpPlaces(SourcePlaceCheck check) {
        InputStream in = BundledGazetteer.class.getResourceAsStream(DIR + UCDP_RESOURCE);
        if (in == null) throw new IllegalStateException("bundled gazetteer file missing from the classpath: " + DIR + UCDP_RESOURCE);
        List<Place> derived;
        try (Reader reader = GazetteerFiles.strictUtf8(in)) {
            derived = GazetteerFiles.readCsv("classpath:" + DIR + UCDP_RESOURCE, reader, "SY", UCDP_GED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Place> places = new ArrayList<>();
        for (Place p : derived) {
            String governorate = check.governorate(p.governorate(), p.point());
            LocationPrecision level = p.level() == LocationPrecision.TOWN ? check.level(p.name(), p.governorate(), governorate, p.point())
                    : p.level();
            places.add(new Place(p.name(), p.arabicName(), p.alternativeNames(), p.point(), level, governorate, p.district(),
                    p.countryCode(), p.source()));
        }
        return places;
    }

    /**
     * Areas named by their member towns (regions.csv): DISTRICT level, at the medoid of the members as the rest of the
     * gazetteer places them. A member that cannot be found is an error in the bundled file, not in user input.
     */
    private static List<Place> regions(Gazetteer towns) {
        List<Place> regions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CsvRows.Row r : rows("regions.csv", List.of("country", "governorate", "name", "name_ar", "alternative_names", "members"))) {
            List<Place> members = new ArrayList<>();
            for (String member : list(r.get("members"))) {
                towns.lookup(member, r.get("governorate"), r.get("country"))
                        .filter(m -> m.kind() != MatchKind.FUZZY && !m.place().isGovernorate())
                        .ifPresentOrElse(m -> members.add(m.place()), () -> missing.add(r.file() + ":" + r.line() + " " + member));
            }
            if (!missing.isEmpty()) continue;
            regions.add(new Place(r.get("name"), r.get("name_ar"), list(r.get("alternative_names")), medoid(members),
                    LocationPrecision.DISTRICT, r.get("governorate"), null, r.get("country"), REGIONS));
        }
        if (!missing.isEmpty()) throw new IllegalStateException("region members not in the gazetteer: " + missing);
        return regions;
    }

    /** The place of the group with the least total distance to the others: a real place, inside the area. */
    static Coordinates medoid(List<Place> members) {
        Coordinates best = null;
        double bestSum = Double.MAX_VALUE;
        for (Place a : members) {
            double sum = 0;
            for (Place b : members) sum += a.point().distanceKm(b.point());
            if (sum < bestSum) {
                bestSum = sum;
                best = a.point();
            }
        }
        return best;
    }

    private static List<CsvRows.Row> rows(String resource, List<String> columns) {
        InputStream in = BundledGazetteer.class.getResourceAsStream(DIR + resource);
        if (in == null) throw new IllegalStateException("bundled gazetteer file missing from the classpath: " + DIR + resource);
        try (Reader reader = GazetteerFiles.strictUtf8(in)) {
            return CsvRows.read("classpath:" + DIR + resource, reader, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts of places by source dataset, for logs and the about page. */
    public static Map<String, Long> countBySource(List<Place> places) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Place p : places) counts.merge(p.source(), 1L, Long::sum);
        return counts;
    }
}
