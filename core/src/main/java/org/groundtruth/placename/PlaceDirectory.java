package org.groundtruth.placename;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.groundtruth.gazetteer.PlaceNames;
import org.groundtruth.incident.BoundingBox;

/**
 * The places the map names and the place look-up offers, largest first, each with the zoom the map names it from
 * ({@link LabelZooms}). Immutable and safe to share between requests.
 */
public final class PlaceDirectory {
    /** The shortest text the look-up answers (one letter would match a tenth of every place). */
    public static final int MIN_SEARCH_LETTERS = 2;

    private static final Comparator<PlaceName> LARGEST_FIRST = Comparator.comparingLong(PlaceName::size).reversed()
            .thenComparing(PlaceName::name).thenComparingDouble(PlaceName::lat).thenComparingDouble(PlaceName::lon);
    public static final PlaceDirectory EMPTY = new PlaceDirectory(List.of());

    private final List<PlaceName> places;
    private final int[] shownFrom;
    /**
     * Per place, the keys of each name and of each name's later words ("Maarat al-Numan" is found by "Numan"): as
     * typed (letters only: "Ale" must find Aleppo, whose spelling key drops a seeming article), by spelling, and by
     * consonant skeleton.
     */
    private final List<String[]> plain;
    private final List<String[]> spellings;
    private final List<String[]> skeletons;

    public PlaceDirectory(Collection<PlaceName> given) {
        places = given.stream().sorted(LARGEST_FIRST).toList();
        int n = places.size();
        double[] x = new double[n], y = new double[n], width = new double[n];
        int[] first = new int[n], order = new int[n];
        for (int i = 0; i < n; i++) {
            PlaceName p = places.get(i);
            x[i] = LabelZooms.mercatorX(p.lon());
            y[i] = LabelZooms.mercatorY(p.lat());
            width[i] = p.labelWidthPx();
            first[i] = p.firstZoom();
            order[i] = i;
        }
        shownFrom = LabelZooms.shownFrom(x, y, width, first, order);
        plain = new ArrayList<>(n);
        spellings = new ArrayList<>(n);
        skeletons = new ArrayList<>(n);
        for (PlaceName p : places) {
            List<String> tails = p.allNames().stream().flatMap(name -> wordTails(name).stream()).toList();
            plain.add(keys(tails, PlaceNames::plainKey));
            spellings.add(keys(tails, PlaceNames::spellingKey));
            skeletons.add(keys(tails, PlaceNames::skeletonKey));
        }
    }

    public int size() {
        return places.size();
    }

    /** A place the map names, and the zoom it is named from. */
    public record Label(PlaceName place, int shownFrom) {
    }

    /** The names the map shows in {@code view} at {@code zoom}, largest place first, at most {@code limit}. */
    public List<Label> labels(BoundingBox view, int zoom, int limit) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < places.size() && out.size() < limit; i++) {
            PlaceName p = places.get(i);
            if (shownFrom[i] <= zoom && view.contains(p.lat(), p.lon())) out.add(new Label(p, shownFrom[i]));
        }
        return out;
    }

    /**
     * The places whose name, or one of its later words, begins as {@code text} does, in any spelling the gazetteer
     * tolerates (accents, Arabic letter variants, articles; Cyrillic read as its Latin transliteration), largest first,
     * at most {@code limit}; where none does, those whose consonant skeleton begins so ("Kafranbel" finds "Kafr Nabl").
     * A name typed whole, as written (letters only), comes first; the rest go largest first, so that "Maarat" offers
     * Ma'arrat an Nu'man before a hamlet called Marrat. Empty for fewer than {@link #MIN_SEARCH_LETTERS} letters.
     */
    public List<PlaceName> search(String text, int limit) {
        String typed = PlaceNames.plainKey(text == null ? "" : text);
        if (typed.codePointCount(0, typed.length()) < MIN_SEARCH_LETTERS) return List.of();
        String spelling = PlaceNames.spellingKey(text);
        List<PlaceName> found = matching(limit, plain, typed, spellings, spelling);
        if (found.isEmpty()) {
            String skeleton = PlaceNames.skeletonKey(text);
            if (skeleton.codePointCount(0, skeleton.length()) >= MIN_SEARCH_LETTERS) found = matching(limit, skeletons, skeleton, null, null);
        }
        return found;
    }

    /**
     * Places with a key in {@code index} that begins with {@code prefix} (or in the second index, its prefix): those
     * whose key in the first index is the prefix itself first.
     */
    private List<PlaceName> matching(int limit, List<String[]> index, String prefix, List<String[]> index2, String prefix2) {
        List<PlaceName> whole = new ArrayList<>(), begins = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            int fit = fit(index.get(i), prefix);
            if (fit == 0 && index2 != null && !prefix2.isEmpty() && fit(index2.get(i), prefix2) > 0) fit = 1;
            if (fit == 2) whole.add(places.get(i));
            else if (fit == 1) begins.add(places.get(i));
        }
        whole.addAll(begins); // each list is already largest first
        return whole.size() > limit ? List.copyOf(whole.subList(0, limit)) : whole;
    }

    /** 2 when a key is the prefix itself, 1 when one begins with it, else 0. */
    private static int fit(String[] keys, String prefix) {
        int fit = 0;
        for (String k : keys) {
            if (k.equals(prefix)) return 2;
            if (k.startsWith(prefix)) fit = 1;
        }
        return fit;
    }

    private static String[] keys(List<String> names, java.util.function.UnaryOperator<String> key) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String k = key.apply(name);
            if (!k.isEmpty()) out.add(k);
        }
        return out.toArray(String[]::new);
    }

    /** The name, and the name without its first word, without its first two words, ... */
    private static List<String> wordTails(String name) {
        List<String> tails = new ArrayList<>();
        String[] words = name.strip().split("[\\s\\-]+");
        for (int i = 0; i < words.length && i < 4; i++) tails.add(String.join(" ", java.util.Arrays.asList(words).subList(i, words.length)));
        return tails;
    }
}
