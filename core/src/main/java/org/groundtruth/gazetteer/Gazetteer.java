package org.groundtruth.gazetteer;

import org.groundtruth.gazetteer.NameIndex.Entry;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.CountryCodes;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory gazetteer: finds places by the names sources give them, tolerating spelling and transliteration
 * variants, and places {@link Location}s that have names but no coordinates.
 *
 * <h2>How a name is looked up</h2>
 * Tiers from strict to loose, the first tier with a candidate wins: {@link MatchKind#EXACT},
 * {@link MatchKind#NORMALISED}, {@link MatchKind#SKELETON} (keys from {@link PlaceNames}), then
 * {@link MatchKind#FUZZY}: skeletons within edit distance 1 (skeletons of 7 to 9 letters) or 2 (10 or more; shorter
 * skeletons are never matched fuzzily). A skeleton match on fewer than four consonants is only taken when it points to
 * one place. When a governorate hint is given and recognised, every tier only considers places in that governorate; a
 * country code restricts to that country likewise (docs/decisions/0202). All tiers run over towns, neighbourhoods and
 * districts first, and only when none matched over the governorates: a place name is a governorate only as a last
 * resort ("Kiev" is the city, though Kyiv City lists "Kiev" among its names).
 *
 * <h2>Which candidate wins a tier (docs/decisions/0203)</h2>
 * <ol>
 *   <li>for fuzzy matches, the smaller edit distance;</li>
 *   <li>the place corroborated by more datasets (other sources naming it within {@value #SAME_PLACE_KM} km);</li>
 *   <li>the more specific populated place: TOWN, then NEIGHBOURHOOD, then DISTRICT, then GOVERNORATE (so "Aleppo"
 *       is the city, not the governorate);</li>
 *   <li>a match on the primary name before an alternative name;</li>
 *   <li>the place loaded first (bundled order: GeoNames, governorates, Syrian Archive places, UCDP, Syrian Archive
 *       violation places, regions; places added from files come after).</li>
 * </ol>
 * Before all of these, the candidate that fits more of the record's other clues ({@link PlaceClues}: district, the other
 * places it names, "north of X"; {@link ClueCheck}). When a different place (farther than {@value #SAME_PLACE_KM} km)
 * matched equally well, the match says {@link PlaceMatch#ambiguous()} and scores 0.1 lower; when such a namesake also
 * fitted the clues as well and was named by as many datasets, the choice is {@link PlaceMatch#uncertain()} and placing
 * lowers the precision to cover it.
 *
 * <h2>Across borders (docs/decisions/0210)</h2>
 * A lookup filed under a country (and not under one of its governorates) also looks at the neighbouring countries
 * ({@link LandBorders}), strictly: a name found there exactly or by spelling beats one found at home only by its
 * skeleton or fuzzily ("Voronezh" is the Russian city, not the Ukrainian village Voronizh), and a name that says it is
 * a first-level area ("Kursk region") is that area. A name that says it is a first-level area (oblast, governorate,
 * province, region) looks among governorates first; one that says it is a district prefers districts.
 *
 * <h2>Governorates</h2>
 * Governorate hints ("HAMA", "Hama Governorate", "DEIR EZZOR", "Kharkivska oblast") are resolved against the names of
 * the GOVERNORATE-level places with the same tiers. A hint may resolve to several governorates when one lists the
 * hint among its alternative names (Rif Dimashq lists "Damascus", as sources file its towns under Damascus); the
 * lookup then accepts places in any of them. Unrecognised hints only match places whose own governorate has the
 * same skeleton.
 */
public final class Gazetteer implements Placer {
    /** Candidates closer than this are taken to be the same place named by different datasets. */
    public static final double SAME_PLACE_KM = 10.0;
    /** Shorter skeletons are never matched fuzzily: on the Syrian Archive names they mostly found wrong places. */
    static final int MIN_FUZZY_SKELETON = 7;

    private final List<Place> places;
    private final List<Set<String>> governorateKeysOfPlace = new ArrayList<>();
    private final NameIndex names = new NameIndex();
    private final NameIndex governorateNames = new NameIndex();
    private final List<Integer> governorates = new ArrayList<>();
    private final Set<String> countries = new HashSet<>();
    private final FuzzyIndex fuzzy;
    /**
     * Canonical spelling by (country, governorate as written): every imported row asks, and a file uses a handful of
     * spellings, so each is worked out once. Bounded so that a file of junk names cannot grow it without limit.
     */
    private final Map<String, Optional<String>> canonicalGovernorateBySpelling = new ConcurrentHashMap<>();
    /** Governorate entries by (country, hint as written), for the same reason. */
    private final Map<String, List<Entry>> governorateEntriesBySpelling = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_SPELLINGS = 10_000;
    private final DistrictSizes districtSizes;
    /** The 1° cells that hold a town, neighbourhood or district: lets {@link #contradiction} skip the lookup for most rows. */
    private final Set<Long> placeCells = new HashSet<>();

    public Gazetteer(Collection<Place> places) {
        this.places = List.copyOf(places);
        for (int i = 0; i < this.places.size(); i++) {
            Place p = this.places.get(i);
            if (p.isGovernorate()) {
                governorates.add(i);
                governorateNames.add(i, p);
            }
            names.add(i, p);
            countries.add(p.countryCode());
            if (!p.isGovernorate()) placeCells.add(cell(Math.floor(p.point().lat()), Math.floor(p.point().lon())));
        }
        fuzzy = new FuzzyIndex(names.skeletons(), 2);
        districtSizes = new DistrictSizes(this.places);
        for (int i = 0; i < this.places.size(); i++) governorateKeysOfPlace.add(governorateKeysOf(i, this.places.get(i)));
    }

    public int size() {
        return places.size();
    }

    public List<Place> places() {
        return places;
    }

    // ------------------------------------------------------------------------------------------------ lookup

    /**
     * The best place for a name.
     *
     * @param name            a place name in any spelling or script; "NA" and blanks find nothing
     * @param governorateHint governorate / oblast the place should lie in, in any spelling, or null
     * @param countryCode     ISO alpha-2 or alpha-3 code or English country name, or null for any country
     */
    public Optional<PlaceMatch> lookup(String name, String governorateHint, String countryCode) {
        return lookup(name, PlaceClues.of(governorateHint, countryCode));
    }

    /**
     * The best place for a name, choosing between namesakes by what else the record says (district, its other places,
     * "north of X" in the name or among the other names). The name may itself be "Kafr Nabl, north of Maarat al-Numan".
     */
    public Optional<PlaceMatch> lookup(String name, PlaceClues clues) {
        Optional<PlaceMatch> found = lookupAsWritten(name, clues);
        if (!PlaceNames.hasCyrillic(name) && !PlaceNames.hasCyrillic(clues.governorate())) return found;
        // Cyrillic is keyed the Ukrainian way (Харків = Kharkiv); Russia's places are spelt the Russian way (Белгород =
        // Belgorod, not Bilhorod): a second look in Russian romanisation, the stricter match winning (decision 0216)
        // ("Белгородская область" is Belgorodskaya oblast: Belgorod Oblast)
        String district = PlaceNames.russianLatin(clues.district());
        List<String> others = clues.otherNames().stream().map(PlaceNames::russianLatin).toList();
        for (String hint : russianForms(clues.governorate())) {
            PlaceClues russian = new PlaceClues(hint, district, clues.countryCode(), others);
            for (String form : russianForms(name)) {
                Optional<PlaceMatch> inRussian = lookupAsWritten(form, russian);
                if (inRussian.isPresent() && (found.isEmpty() || inRussian.get().kind().compareTo(found.get().kind()) < 0)) {
                    found = inRussian;
                }
            }
        }
        return found;
    }

    /** A name in Russian romanisation, then the region nouns it may stand for; a list of the null for null. */
    private static List<String> russianForms(String name) {
        if (name == null) return java.util.Collections.singletonList(null);
        String latin = PlaceNames.russianLatin(name);
        List<String> forms = new ArrayList<>(List.of(latin));
        forms.addAll(PlaceNames.russianRegionNouns(latin));
        return forms;
    }

    private Optional<PlaceMatch> lookupAsWritten(String name, PlaceClues clues) {
        if (PlaceNames.isNoName(name)) return Optional.empty();
        RelativePhrase relative = RelativePhrase.parse(name).filter(r -> r.name() != null).orElse(null);
        String target = relative != null ? relative.name() : name;
        Scope scope = scope(clues.governorate(), countryAlpha2(clues.countryCode()));
        ClueCheck check = new ClueCheck(clues, relative, other -> anchorPoint(other, clues));
        PlaceNames.AreaWord word = PlaceNames.areaWord(target);
        Optional<PlaceMatch> home = search(target, scope.country(), scope.governorateKeys(), word, check, MatchKind.FUZZY);
        if (scope.country() == null || scope.hintRecognised()) return home;
        // a loose match at home never beats a strict one just across the border
        PlaceMatch best = home.orElse(null);
        for (String neighbour : LandBorders.of(scope.country())) {
            if (!countries.contains(neighbour)) continue;
            Optional<PlaceMatch> abroad = search(target, neighbour, null, word, check, MatchKind.NORMALISED);
            if (abroad.isPresent() && beatsHome(abroad.get(), best, word)) best = abroad.get();
        }
        return Optional.ofNullable(best);
    }

    private static boolean beatsHome(PlaceMatch abroad, PlaceMatch home, PlaceNames.AreaWord word) {
        if (home == null) return true;
        if (abroad.kind().compareTo(home.kind()) < 0) return true;
        return abroad.kind() == home.kind() && word == PlaceNames.AreaWord.FIRST_LEVEL
                && abroad.place().isGovernorate() && !home.place().isGovernorate();
    }

    /** Where a lookup searches: a country (or any), the governorates its hint admits (or any). */
    private record Scope(String country, Set<String> governorateKeys, boolean hintRecognised) {
    }

    /**
     * The hint resolved in the country, else in a neighbouring one (a record filed under UA naming "Kursk Oblast"), else
     * as a misspelling or a lower-level name at home.
     */
    private Scope scope(String hint, String country) {
        if (PlaceNames.isNoName(hint)) return new Scope(country, null, false);
        List<Entry> found = writtenGovernorateEntries(hint, country);
        if (found.isEmpty() && country != null) {
            for (String neighbour : LandBorders.of(country)) {
                if (!countries.contains(neighbour)) continue;
                List<Entry> abroad = strictGovernorateEntries(hint, neighbour);
                if (!abroad.isEmpty()) return new Scope(neighbour, keysOf(abroad), true);
            }
        }
        if (found.isEmpty()) found = governorateEntries(hint, country);
        if (found.isEmpty()) return new Scope(country, Set.of("n:" + PlaceNames.skeletonKey(hint)), false);
        return new Scope(country, keysOf(found), true);
    }

    private static Set<String> keysOf(List<Entry> governorateEntries) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entry e : governorateEntries) keys.add("g" + e.place());
        return keys;
    }

    /** The point of a name the record also gives (a district, another locality, the X of "north of X"), or null. */
    private Coordinates anchorPoint(String name, PlaceClues clues) {
        return lookup(name, PlaceClues.of(clues.governorate(), clues.countryCode()))
                .filter(m -> m.kind() != MatchKind.FUZZY && !m.uncertain() && !m.place().isGovernorate())
                .map(m -> m.place().point()).orElse(null);
    }

    /** Which candidates a lookup may return: country, governorates admitted by the hint, governorates or the rest. */
    private record Filter(String country, Set<String> governorateKeys, boolean governorateLevel) {
    }

    /**
     * Searches one country: places below governorate level first, then governorates (the other way round when the name
     * says it is a first-level area), each through the tiers down to the loosest allowed.
     */
    private Optional<PlaceMatch> search(String name, String country, Set<String> governorateKeys, PlaceNames.AreaWord word,
                                        ClueCheck check, MatchKind loosest) {
        boolean areaFirst = word == PlaceNames.AreaWord.FIRST_LEVEL;
        for (boolean governorateLevel : areaFirst ? new boolean[]{true, false} : new boolean[]{false, true}) {
            // abroad, a first-level area may be named by its skeleton ("Kurska oblast" is Kursk Oblast)
            MatchKind limit = governorateLevel && areaFirst && loosest == MatchKind.NORMALISED ? MatchKind.SKELETON : loosest;
            Optional<PlaceMatch> m = tiers(name, new Filter(country, governorateKeys, governorateLevel), word, check, limit);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    private Optional<PlaceMatch> tiers(String name, Filter filter, PlaceNames.AreaWord word, ClueCheck check, MatchKind loosest) {
        for (MatchKind kind : NameIndex.KEY_KINDS) {
            if (kind.compareTo(loosest) > 0) return Optional.empty();
            Optional<PlaceMatch> m = tier(kind, NameIndex.key(kind, name), filter, word, check);
            if (m.isPresent()) return m;
        }
        return loosest == MatchKind.FUZZY ? fuzzyTier(PlaceNames.skeletonKey(name), filter, word, check) : Optional.empty();
    }

    /** Largest edit distance tolerated for a skeleton of this length. */
    static int fuzzyBound(String skeleton) {
        int n = skeleton.length();
        return n < MIN_FUZZY_SKELETON ? 0 : n < 10 ? 1 : 2;
    }

    private Optional<PlaceMatch> tier(MatchKind kind, String key, Filter filter, PlaceNames.AreaWord word, ClueCheck check) {
        if (key.isEmpty()) return Optional.empty();
        List<Entry> candidates = allowed(names.find(kind, key), filter);
        if (candidates.isEmpty()) return Optional.empty();
        PlaceMatch m = choose(candidates, kind, 0, word, check);
        // a skeleton of two or three consonants says little: only take it when it points to one place
        if (kind == MatchKind.SKELETON && key.length() < 4 && m.ambiguous()) return Optional.empty();
        return Optional.of(m);
    }

    private Optional<PlaceMatch> fuzzyTier(String skeleton, Filter filter, PlaceNames.AreaWord word, ClueCheck check) {
        int bound = fuzzyBound(skeleton);
        if (bound == 0) return Optional.empty();
        Map<Integer, List<Entry>> byDistance = new TreeMap<>();
        for (FuzzyIndex.Hit hit : fuzzy.within(skeleton, bound)) {
            if (hit.distance() == 0) continue; // exact skeletons were the previous tier
            byDistance.computeIfAbsent(hit.distance(), d -> new ArrayList<>())
                    .addAll(allowed(names.find(MatchKind.SKELETON, hit.key()), filter));
        }
        for (Map.Entry<Integer, List<Entry>> e : byDistance.entrySet()) {
            if (!e.getValue().isEmpty()) return Optional.of(choose(e.getValue(), MatchKind.FUZZY, e.getKey(), word, check));
        }
        return Optional.empty();
    }

    private List<Entry> allowed(List<Entry> entries, Filter filter) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            Place p = places.get(e.place());
            if (p.isGovernorate() != filter.governorateLevel()) continue;
            if (filter.country() != null && !filter.country().equals(p.countryCode())) continue;
            if (filter.governorateKeys() != null && disjoint(filter.governorateKeys(), governorateKeysOfPlace.get(e.place()))) continue;
            out.add(e);
        }
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) if (b.contains(s)) return false;
        return true;
    }

    /** Applies the tie-break rules of the class comment to the candidates of one tier. */
    private PlaceMatch choose(List<Entry> candidates, MatchKind kind, int distance, PlaceNames.AreaWord word, ClueCheck check) {
        Map<Integer, Entry> bestEntryOfPlace = new HashMap<>();
        for (Entry e : candidates) {
            bestEntryOfPlace.merge(e.place(), e, (a, b) -> a.primary() ? a : b);
        }
        List<Entry> distinct = new ArrayList<>(bestEntryOfPlace.values());
        Map<Integer, Integer> corroboration = new HashMap<>();
        boolean namesakes = false;
        for (Entry e : distinct) {
            Place p = places.get(e.place());
            Set<String> sources = new HashSet<>();
            for (Entry o : distinct) {
                Place q = places.get(o.place());
                double km = p.point().distanceKm(q.point());
                if (km <= SAME_PLACE_KM) sources.add(q.source());
                else namesakes = true;
            }
            corroboration.put(e.place(), sources.size());
        }
        Map<Integer, Integer> fit = new HashMap<>();
        boolean useClues = namesakes && !check.isEmpty();
        for (Entry e : distinct) fit.put(e.place(), useClues ? check.score(places.get(e.place())) : 0);
        Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> -fit.get(e.place()))
                .thenComparingInt(e -> -corroboration.get(e.place()))
                .thenComparingInt(e -> levelRank(places.get(e.place()).level(), word))
                .thenComparing(e -> !e.primary())
                .thenComparingInt(Entry::place);
        distinct.sort(order);
        Entry best = distinct.get(0);
        Place chosen = places.get(best.place());
        boolean ambiguous = false;
        double uncertainKm = 0;
        for (Entry o : distinct) {
            double km = places.get(o.place()).point().distanceKm(chosen.point());
            if (km <= SAME_PLACE_KM) continue;
            ambiguous = true;
            // a namesake that fits the clues as well and is named by as many datasets leaves the choice to chance
            if (fit.get(o.place()).equals(fit.get(best.place())) && corroboration.get(o.place()).equals(corroboration.get(best.place()))) {
                uncertainKm = Math.max(uncertainKm, km);
            }
        }
        double score = kind.baseScore() - (kind == MatchKind.FUZZY ? 0.1 * (distance - 1) : 0) - (ambiguous ? 0.1 : 0);
        return new PlaceMatch(chosen, kind, Math.max(0, score), best.name(), distance, ambiguous, uncertainKm);
    }

    private static int levelRank(LocationPrecision level, PlaceNames.AreaWord word) {
        if (word == PlaceNames.AreaWord.SECOND_LEVEL && level == LocationPrecision.DISTRICT) return -1;
        return switch (level) {
            case TOWN -> 0;
            case NEIGHBOURHOOD -> 1;
            case DISTRICT -> 2;
            case GOVERNORATE -> 3;
            default -> 4;
        };
    }

    // ------------------------------------------------------------------------------------------------ placing

    /**
     * Gives coordinates to a location that has names only: from its place name (precision of the place found:
     * TOWN, NEIGHBOURHOOD, DISTRICT, or coarser when namesakes left the choice uncertain; not when the place found lies
     * outside the district the record names, which is then another place of that name), else from "north of X" alone
     * (at X, DISTRICT), else from its district name (DISTRICT, or GOVERNORATE if only a governorate of that name exists),
     * else from a place name that is a governorate as written ("northern Aleppo", "Reef Idlib": GOVERNORATE), else from
     * its governorate (GOVERNORATE, at the governorate's representative point, never labelled as a town). The
     * governorate becomes the one the place found lies in, spelled as {@link #governorates} spells it ("HAMA" -> "Hama";
     * Duma filed under "DAMASCUS" -> "Rif Dimashq"), so that filters by governorate work across sources; the country
     * becomes the place's when the place lies across the border. Locations already placed keep their coordinates and
     * get their governorate spelled the same way ({@link #withCanonicalGovernorate}); those where nothing matched come
     * back unchanged.
     */
    @Override
    public Location place(Location location) {
        return place(location, List.of());
    }

    /**
     * As {@link #place(Location)}, choosing between namesakes by the other place names of the same record (a claim's
     * other localities, "north of Hama").
     */
    @Override
    public Location place(Location location, List<String> otherNamesInRecord) {
        if (location == null) return null;
        if (location.isPlaced()) return withCanonicalGovernorate(location);
        String hint = location.governorate();
        String country = location.countryCode();
        PlaceClues clues = new PlaceClues(hint, location.district(), country, otherNamesInRecord);
        Optional<PlaceMatch> m = lookupWithParts(location.placeName(), clues);
        // a name found only outside the record's own district is another place's: the district says more
        if (m.isPresent() && !new ClueCheck(clues, null, other -> anchorPoint(other, clues)).contradictsDistrict(m.get().place())) {
            return placed(location, m.get(), m.get().place().level());
        }
        Optional<RelativePhrase> around = RelativePhrase.parse(location.placeName()).filter(r -> r.name() == null);
        if (around.isPresent()) {
            m = lookupWithParts(around.get().anchor(), clues);
            if (m.isPresent()) return placed(location, m.get(), coarser(m.get().place().level(), LocationPrecision.DISTRICT));
        }
        PlaceClues districtClues = new PlaceClues(hint, null, country, otherNamesInRecord);
        m = lookupWithParts(location.district(), districtClues);
        // a raion is named as an adjective of its centre ("Kupianskyi raion" is Kupiansk's)
        for (String stem : m.isPresent() || PlaceNames.isNoName(location.district()) ? List.<String>of() : PlaceNames.adjectiveStems(location.district())) {
            m = lookupWithParts(stem, districtClues);
            if (m.isPresent()) break;
        }
        if (m.isPresent()) {
            Place p = m.get().place();
            if (p.isGovernorate()) return placed(location, m.get(), LocationPrecision.GOVERNORATE);
            // the district's seat stands for the whole district: say how far the district reaches, not a town's 5 km
            Location l = placed(location, m.get(), LocationPrecision.DISTRICT);
            double reachKm = districtSizes.reachKm(p.countryCode(), location.district(), p.point());
            int radius = (int) Math.round(Math.max(reachKm, m.get().uncertainKm()) * 1000);
            return new Location(l.point(), l.precision(), radius, l.placeName(), l.governorate(), l.district(), l.countryCode(), l.placedBy());
        }
        Optional<Place> g = PlaceNames.isNoName(location.placeName()) ? Optional.empty()
                : firstLevelArea(location.placeName(), countryAlpha2(country));
        if (g.isEmpty()) g = governorate(hint, country);
        if (g.isPresent()) return placed(location, g.get(), LocationPrecision.GOVERNORATE, 0);
        return location;
    }

    /** A source's point further than this from the town or district it names is suspect (decision 0615). */
    public static final double FAR_FROM_NAMED_PLACE_KM = 50.0;
    /** ...and is taken for swapped when, swapped, it lies this close to that place. */
    public static final double SWAPPED_NEAR_KM = 25.0;

    /**
     * Checks a point given by its source against the place the record names (a town, neighbourhood or district; a
     * governorate is too large to say anything): when the point lies more than {@value #FAR_FROM_NAMED_PLACE_KM} km
     * from it and the same point with latitude and longitude swapped lies within {@value #SWAPPED_NEAR_KM} km of it,
     * the coordinates were swapped. This catches what the country's extent cannot: Ariha at 35.81, 36.61 given as
     * 36.61, 35.81 still lies inside Syria's bounding box. The message names the place and the distances, not the
     * values given.
     */
    @Override
    public Optional<String> contradiction(Location location) {
        if (location == null || !location.isPlaced() || location.placedBy() != PlacedBy.SOURCE || PlaceNames.isNoName(location.placeName())) {
            return Optional.empty();
        }
        Coordinates given = location.point();
        if (Math.abs(given.lon()) > 90) return Optional.empty(); // swapped, it would not be a point at all
        if (!placeNear(given.lon(), given.lat())) return Optional.empty(); // nothing named lies near the swapped point: no lookup
        Optional<PlaceMatch> m = lookupWithParts(location.placeName(),
                new PlaceClues(location.governorate(), location.district(), location.countryCode(), List.of()));
        if (m.isEmpty() || m.get().place().isGovernorate()) return Optional.empty();
        Place named = m.get().place();
        double km = given.distanceKm(named.point());
        double swappedKm = new Coordinates(given.lon(), given.lat()).distanceKm(named.point());
        if (km <= FAR_FROM_NAMED_PLACE_KM || swappedKm > SWAPPED_NEAR_KM) return Optional.empty();
        return Optional.of(String.format(java.util.Locale.ROOT,
                "the point lies %.0f km from %s, the place this record names (%.4f, %.4f in the gazetteer), but with latitude and"
                        + " longitude swapped it lies %.1f km from it: are latitude and longitude swapped?",
                km, named.name(), named.point().lat(), named.point().lon(), swappedKm));
    }

    /** Whether a town, neighbourhood or district may lie within {@value #SWAPPED_NEAR_KM} km of (lat, lon): its cell or a neighbour holds one. */
    private boolean placeNear(double lat, double lon) {
        double la = Math.floor(lat), lo = Math.floor(lon);
        for (int dLat = -1; dLat <= 1; dLat++) {
            for (int dLon = -1; dLon <= 1; dLon++) if (placeCells.contains(cell(la + dLat, lo + dLon))) return true;
        }
        return false;
    }

    private static long cell(double floorLat, double floorLon) {
        return ((long) floorLat + 90) * 1000 + ((long) floorLon + 180);
    }

    private Location placed(Location location, PlaceMatch m, LocationPrecision level) {
        return placed(location, m.place(), level, m.uncertainKm());
    }

    /**
     * Places the location at p, at the given level or, when namesakes within uncertainKm fitted as well, at the level
     * whose typical radius covers them; its governorate becomes the one p lies in, as the governorate list spells it,
     * and its country p's when p lies in another.
     */
    private Location placed(Location location, Place p, LocationPrecision level, double uncertainKm) {
        LocationPrecision stated = uncertainKm > 0
                ? coarser(level, LocationPrecision.forRadiusMetres((int) Math.min(Integer.MAX_VALUE, uncertainKm * 1000))) : level;
        Location l = location.placedAt(p.point(), stated, PlacedBy.GAZETTEER);
        l = l.withGovernorate(canonicalGovernorate(p).orElse(l.governorate()));
        String given = countryAlpha2(location.countryCode());
        return given != null && !given.equals(p.countryCode()) ? l.withCountryCode(p.countryCode()) : l;
    }

    private static LocationPrecision coarser(LocationPrecision a, LocationPrecision b) {
        return a.typicalRadiusMetres() >= b.typicalRadiusMetres() ? a : b;
    }

    /** Looks the whole name up, then, failing that, each part of a compound name ("Aleppo - Sukkari", "Duma, Rif"). */
    private Optional<PlaceMatch> lookupWithParts(String name, PlaceClues clues) {
        if (PlaceNames.isNoName(name)) return Optional.empty();
        Optional<PlaceMatch> m = lookup(name, clues);
        if (m.isPresent() || RelativePhrase.parse(name).isPresent()) return m;
        String[] parts = name.split("\\s*[,;/()|]\\s*|\\s+-\\s+");
        if (parts.length < 2) return Optional.empty();
        for (String part : parts) {
            m = lookup(part, clues);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------------------------------ governorates

    /** The governorates / oblasts, optionally of one country (null for all), sorted by name: for filters. */
    public List<Place> governorates(String countryCode) {
        String country = countryAlpha2(countryCode);
        return governorates.stream().map(places::get)
                .filter(g -> country == null || country.equals(g.countryCode()))
                .sorted(Comparator.comparing(Place::countryCode).thenComparing(Place::name))
                .toList();
    }

    /**
     * The governorate a name refers to ("HAMA", "Hama Governorate", "Kharkivska oblast", and as sources misspell or
     * qualify it: "Idib", "Damasus", "northern Aleppo", a district such as "Afrin" filed as a governorate), preferring
     * one whose primary name matched over one that lists the name as an alternative (so "Damascus" is Damascus, not
     * Rif Dimashq). See {@link #governorateEntries} for the steps.
     */
    public Optional<Place> governorate(String name, String countryCode) {
        if (PlaceNames.isNoName(name)) return Optional.empty();
        return preferred(governorateEntries(name, countryAlpha2(countryCode)));
    }

    private Optional<Place> preferred(List<Entry> found) {
        return preferredEntry(found).map(e -> places.get(e.place()));
    }

    private static Optional<Entry> preferredEntry(List<Entry> found) {
        return found.stream().min(Comparator.comparing((Entry e) -> !e.primary()).thenComparingInt(Entry::place));
    }

    /** A place name that is a first-level area as written ("Idlib Governorate", "Reef Hama", "northern Aleppo"). */
    private Optional<Place> firstLevelArea(String name, String country) {
        return preferred(writtenGovernorateEntries(name, country));
    }

    /**
     * Every governorate a name admits as a hint: usually one; "Damascus" admits Damascus and Rif Dimashq, which lists
     * "Damascus" among its alternative names.
     */
    public List<Place> governoratesNamed(String name, String countryCode) {
        if (PlaceNames.isNoName(name)) return List.of();
        return governorateEntries(name, countryAlpha2(countryCode)).stream().map(Entry::place).distinct().sorted()
                .map(places::get).toList();
    }

    /** A governorate name as the gazetteer's governorate list spells it ("LATTAKIA" -> "Latakia"), if recognised. */
    public Optional<String> canonicalGovernorate(String name, String countryCode) {
        return governorate(name, countryCode).map(Place::name);
    }

    /**
     * The location with its governorate spelled as {@link #governorates} spells it, when recognised, so that filters
     * by governorate find rows whatever spelling their source used; otherwise the location itself. For rows that came
     * with coordinates (the gazetteer does not place them).
     */
    public Location withCanonicalGovernorate(Location location) {
        if (location == null || PlaceNames.isNoName(location.governorate())) return location;
        return rememberedCanonicalGovernorate(location.governorate(), location.countryCode())
                .filter(g -> !g.equals(location.governorate()))
                .map(location::withGovernorate).orElse(location);
    }

    private Optional<String> rememberedCanonicalGovernorate(String name, String countryCode) {
        String key = countryCode + '\u0000' + name;
        Optional<String> known = canonicalGovernorateBySpelling.get(key);
        if (known != null) return known;
        Optional<String> found = canonicalGovernorate(name, countryCode);
        if (canonicalGovernorateBySpelling.size() < MAX_REMEMBERED_SPELLINGS) canonicalGovernorateBySpelling.put(key, found);
        return found;
    }

    /** The name of the governorate a place lies in, as the gazetteer's governorate list spells it. */
    public Optional<String> canonicalGovernorate(Place p) {
        if (p.isGovernorate()) return Optional.of(p.name());
        return governorate(p.governorate(), p.countryCode()).map(Place::name).or(() -> Optional.ofNullable(p.governorate()));
    }

    /**
     * The governorates a first-level name as written refers to (docs/decisions/0212), trying in turn: its names (exact,
     * spelling, skeleton); the name without qualifiers ("northern Aleppo countryside" is Aleppo); the admin hierarchy
     * (a district or town written as a governorate, "Afrin", "Kobane", is the governorate it lies in, when the gazetteer
     * finds it by name or spelling without doubt); a small misspelling of one governorate's name ("Idib", "Idlin",
     * "Damasus": one edit, two from nine letters on, only when one governorate is nearest); and the hierarchy again by
     * consonant skeleton, also for raions named as adjectives of their centre ("Umanskyi raion" lies where Uman does).
     */
    private List<Entry> governorateEntries(String name, String country) {
        String key = country + '\u0000' + name;
        List<Entry> known = governorateEntriesBySpelling.get(key);
        if (known != null) return known;
        List<Entry> found = writtenGovernorateEntries(name, country);
        boolean mayBeLower = PlaceNames.areaWord(name) != PlaceNames.AreaWord.FIRST_LEVEL;
        if (found.isEmpty() && mayBeLower) found = governorateEntriesByHierarchy(List.of(name), country, MatchKind.NORMALISED);
        if (found.isEmpty()) found = misspeltGovernorateEntries(PlaceNames.plainKey(name), country);
        if (found.isEmpty() && mayBeLower) {
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(PlaceNames.adjectiveStems(name));
            names.removeIf(n -> PlaceNames.skeletonKey(n).length() < 4);
            found = governorateEntriesByHierarchy(names, country, MatchKind.SKELETON);
        }
        if (governorateEntriesBySpelling.size() < MAX_REMEMBERED_SPELLINGS) governorateEntriesBySpelling.put(key, found);
        return found;
    }

    /** The governorates whose names the name is, as written or without its qualifiers ("Reef Idlib"). */
    private List<Entry> writtenGovernorateEntries(String name, String country) {
        List<Entry> found = strictGovernorateEntries(name, country);
        return found.isEmpty() ? qualifiedGovernorateEntries(name, country) : found;
    }

    private List<Entry> strictGovernorateEntries(String name, String country) {
        for (MatchKind kind : NameIndex.KEY_KINDS) {
            String key = NameIndex.key(kind, name);
            if (key.isEmpty()) continue;
            // two or three consonants say little: Darayya and Daraa share "dr"; keep such matches to one slip of a letter
            boolean shortSkeleton = kind == MatchKind.SKELETON && key.length() < 4;
            String plain = PlaceNames.plainKey(name);
            List<Entry> found = governorateNames.find(kind, key).stream()
                    .filter(e -> country == null || country.equals(places.get(e.place()).countryCode()))
                    .filter(e -> !shortSkeleton || EditDistance.within(plain, PlaceNames.plainKey(e.name()), 1) <= 1).toList();
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private List<Entry> qualifiedGovernorateEntries(String name, String country) {
        String bare = PlaceNames.withoutAreaQualifiers(name);
        if (bare.isBlank() || bare.equals(name.strip())) return List.of();
        return strictGovernorateEntries(bare, country);
    }

    private List<Entry> misspeltGovernorateEntries(String spelling, String country) {
        if (spelling.length() < 4) return List.of();
        int bound = spelling.length() >= 9 ? 2 : 1;
        int nearest = bound + 1;
        List<Entry> found = new ArrayList<>();
        for (int index : governorates) {
            Place g = places.get(index);
            if (country != null && !country.equals(g.countryCode())) continue;
            boolean primary = true;
            for (String n : g.allNames()) {
                String other = PlaceNames.plainKey(n);
                int d = other.length() < 4 ? bound + 1 : EditDistance.within(spelling, other, bound);
                if (d < nearest) {
                    nearest = d;
                    found.clear();
                }
                if (d == nearest && d <= bound) found.add(new Entry(index, n, primary));
                primary = false;
            }
        }
        // "Idlin" is one edit from Idlib only; a spelling as near to two governorates' own names says neither
        return found.stream().filter(Entry::primary).map(Entry::place).distinct().count() > 1 ? List.of() : found;
    }

    private List<Entry> governorateEntriesByHierarchy(List<String> names, String country, MatchKind loosest) {
        if (country == null) return List.of();
        for (String n : names) {
            Optional<PlaceMatch> m = tiers(n, new Filter(country, null, false), PlaceNames.areaWord(n),
                    new ClueCheck(PlaceClues.of(null, country), null, x -> null), loosest);
            if (m.isEmpty() || m.get().uncertain() || m.get().place().governorate() == null) continue;
            Optional<Entry> own = preferredEntry(strictGovernorateEntries(m.get().place().governorate(), country));
            if (own.isPresent()) return List.of(new Entry(own.get().place(), places.get(own.get().place()).name(), true));
        }
        return List.of();
    }

    /** Keys of the governorates a place lies in: its own index for a governorate, else its governorate resolved. */
    private Set<String> governorateKeysOf(int index, Place p) {
        if (p.isGovernorate()) return Set.of("g" + index);
        if (p.governorate() == null) return Set.of();
        Set<String> keys = new HashSet<>();
        // a place's governorate is its own (primary) governorate when one has that name, else whatever the name admits
        Optional<Place> own = governorate(p.governorate(), p.countryCode());
        keys.add("n:" + PlaceNames.skeletonKey(p.governorate()));
        for (Entry e : governorateEntries(p.governorate(), p.countryCode())) {
            if (own.isEmpty() || e.primary() || places.get(e.place()) == own.get()) keys.add("g" + e.place());
        }
        return keys;
    }

    private static String countryAlpha2(String code) {
        return CountryCodes.alpha2(code);
    }
}
