package org.groundtruth.gazetteer;

import org.groundtruth.gazetteer.NameIndex.Entry;
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
 * When a different place (farther than {@value #SAME_PLACE_KM} km) matched equally well, the match says
 * {@link PlaceMatch#ambiguous()} and scores 0.1 lower.
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
    private final FuzzyIndex fuzzy;
    /**
     * Canonical spelling by (country, governorate as written): every imported row asks, and a file uses a handful of
     * spellings, so each is worked out once. Bounded so that a file of junk names cannot grow it without limit.
     */
    private final Map<String, Optional<String>> canonicalGovernorateBySpelling = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_SPELLINGS = 10_000;

    public Gazetteer(Collection<Place> places) {
        this.places = List.copyOf(places);
        for (int i = 0; i < this.places.size(); i++) {
            Place p = this.places.get(i);
            if (p.isGovernorate()) {
                governorates.add(i);
                governorateNames.add(i, p);
            }
            names.add(i, p);
        }
        for (int i = 0; i < this.places.size(); i++) governorateKeysOfPlace.add(governorateKeysOf(i, this.places.get(i)));
        fuzzy = new FuzzyIndex(names.skeletons(), 2);
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
        if (PlaceNames.isNoName(name)) return Optional.empty();
        String country = countryAlpha2(countryCode);
        Set<String> allowedGovernorates = PlaceNames.isNoName(governorateHint) ? null : hintKeys(governorateHint, country);
        // towns, neighbourhoods and districts first: "Kiev" is the city even though Kyiv City lists "Kiev" too
        Optional<PlaceMatch> m = tiers(name, new Filter(country, allowedGovernorates, false));
        return m.isPresent() ? m : tiers(name, new Filter(country, allowedGovernorates, true));
    }

    /** Which candidates a lookup may return: country, governorates admitted by the hint, governorates or the rest. */
    private record Filter(String country, Set<String> governorateKeys, boolean governorateLevel) {
    }

    private Optional<PlaceMatch> tiers(String name, Filter filter) {
        for (MatchKind kind : NameIndex.KEY_KINDS) {
            Optional<PlaceMatch> m = tier(kind, NameIndex.key(kind, name), filter);
            if (m.isPresent()) return m;
        }
        return fuzzyTier(PlaceNames.skeletonKey(name), filter);
    }

    /** Largest edit distance tolerated for a skeleton of this length. */
    static int fuzzyBound(String skeleton) {
        int n = skeleton.length();
        return n < MIN_FUZZY_SKELETON ? 0 : n < 10 ? 1 : 2;
    }

    private Optional<PlaceMatch> tier(MatchKind kind, String key, Filter filter) {
        if (key.isEmpty()) return Optional.empty();
        List<Entry> candidates = allowed(names.find(kind, key), filter);
        if (candidates.isEmpty()) return Optional.empty();
        PlaceMatch m = choose(candidates, kind, 0);
        // a skeleton of two or three consonants says little: only take it when it points to one place
        if (kind == MatchKind.SKELETON && key.length() < 4 && m.ambiguous()) return Optional.empty();
        return Optional.of(m);
    }

    private Optional<PlaceMatch> fuzzyTier(String skeleton, Filter filter) {
        int bound = fuzzyBound(skeleton);
        if (bound == 0) return Optional.empty();
        Map<Integer, List<Entry>> byDistance = new TreeMap<>();
        for (FuzzyIndex.Hit hit : fuzzy.within(skeleton, bound)) {
            if (hit.distance() == 0) continue; // exact skeletons were the previous tier
            byDistance.computeIfAbsent(hit.distance(), d -> new ArrayList<>())
                    .addAll(allowed(names.find(MatchKind.SKELETON, hit.key()), filter));
        }
        for (Map.Entry<Integer, List<Entry>> e : byDistance.entrySet()) {
            if (!e.getValue().isEmpty()) return Optional.of(choose(e.getValue(), MatchKind.FUZZY, e.getKey()));
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
    private PlaceMatch choose(List<Entry> candidates, MatchKind kind, int distance) {
        Map<Integer, Entry> bestEntryOfPlace = new HashMap<>();
        for (Entry e : candidates) {
            bestEntryOfPlace.merge(e.place(), e, (a, b) -> a.primary() ? a : b);
        }
        List<Entry> distinct = new ArrayList<>(bestEntryOfPlace.values());
        Map<Integer, Integer> corroboration = new HashMap<>();
        for (Entry e : distinct) {
            Place p = places.get(e.place());
            Set<String> sources = new HashSet<>();
            for (Entry o : distinct) {
                Place q = places.get(o.place());
                if (p.point().distanceKm(q.point()) <= SAME_PLACE_KM) sources.add(q.source());
            }
            corroboration.put(e.place(), sources.size());
        }
        Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> -corroboration.get(e.place()))
                .thenComparingInt(e -> levelRank(places.get(e.place()).level()))
                .thenComparing(e -> !e.primary())
                .thenComparingInt(Entry::place);
        distinct.sort(order);
        Entry best = distinct.get(0);
        Place chosen = places.get(best.place());
        boolean ambiguous = distinct.stream()
                .anyMatch(o -> places.get(o.place()).point().distanceKm(chosen.point()) > SAME_PLACE_KM);
        double score = kind.baseScore() - (kind == MatchKind.FUZZY ? 0.1 * (distance - 1) : 0) - (ambiguous ? 0.1 : 0);
        return new PlaceMatch(chosen, kind, Math.max(0, score), best.name(), distance, ambiguous);
    }

    private static int levelRank(LocationPrecision level) {
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
     * TOWN, NEIGHBOURHOOD, DISTRICT), else from its district name (DISTRICT, or GOVERNORATE if only a governorate of
     * that name exists), else from its governorate (GOVERNORATE). The governorate becomes the one the place found lies
     * in, spelled as {@link #governorates} spells it ("HAMA" -> "Hama"; Duma filed under "DAMASCUS" -> "Rif Dimashq"),
     * so that filters by governorate work across sources. Locations already placed keep their coordinates and get
     * their governorate spelled the same way ({@link #withCanonicalGovernorate}); those where nothing matched come
     * back unchanged.
     */
    @Override
    public Location place(Location location) {
        if (location == null) return null;
        if (location.isPlaced()) return withCanonicalGovernorate(location);
        String hint = location.governorate();
        String country = location.countryCode();
        Optional<PlaceMatch> m = lookupWithParts(location.placeName(), hint, country);
        if (m.isPresent()) return placed(location, m.get().place(), m.get().place().level());
        m = lookupWithParts(location.district(), hint, country);
        if (m.isPresent()) {
            Place p = m.get().place();
            return placed(location, p, p.isGovernorate() ? LocationPrecision.GOVERNORATE : LocationPrecision.DISTRICT);
        }
        Optional<Place> g = governorate(hint, country);
        if (g.isPresent()) return placed(location, g.get(), LocationPrecision.GOVERNORATE);
        return location;
    }

    /** Places the location at p; its governorate becomes the one p lies in, as the governorate list spells it. */
    private Location placed(Location location, Place p, LocationPrecision level) {
        Location l = location.placedAt(p.point(), level, PlacedBy.GAZETTEER);
        return l.withGovernorate(canonicalGovernorate(p).orElse(l.governorate()));
    }

    /** Looks the whole name up, then, failing that, each part of a compound name ("Aleppo - Sukkari", "Duma, Rif"). */
    private Optional<PlaceMatch> lookupWithParts(String name, String hint, String country) {
        if (PlaceNames.isNoName(name)) return Optional.empty();
        Optional<PlaceMatch> m = lookup(name, hint, country);
        if (m.isPresent()) return m;
        String[] parts = name.split("\\s*[,;/()|]\\s*|\\s+-\\s+");
        if (parts.length < 2) return Optional.empty();
        for (String part : parts) {
            m = lookup(part, hint, country);
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
     * The governorate a name refers to ("HAMA", "Hama Governorate", "Kharkivska oblast"), preferring one whose
     * primary name matched over one that lists the name as an alternative (so "Damascus" is Damascus, not Rif Dimashq).
     */
    public Optional<Place> governorate(String name, String countryCode) {
        if (PlaceNames.isNoName(name)) return Optional.empty();
        List<Entry> found = governorateEntries(name, countryAlpha2(countryCode));
        return found.stream().min(Comparator.comparing((Entry e) -> !e.primary()).thenComparingInt(Entry::place))
                .map(e -> places.get(e.place()));
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

    private List<Entry> governorateEntries(String name, String country) {
        for (MatchKind kind : NameIndex.KEY_KINDS) {
            String key = NameIndex.key(kind, name);
            if (key.isEmpty()) continue;
            List<Entry> found = governorateNames.find(kind, key).stream()
                    .filter(e -> country == null || country.equals(places.get(e.place()).countryCode())).toList();
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /** Keys of the governorates a hint admits: the resolved governorates, or the hint's own skeleton. */
    private Set<String> hintKeys(String hint, String country) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entry e : governorateEntries(hint, country)) keys.add("g" + e.place());
        if (keys.isEmpty()) keys.add("n:" + PlaceNames.skeletonKey(hint));
        return keys;
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
