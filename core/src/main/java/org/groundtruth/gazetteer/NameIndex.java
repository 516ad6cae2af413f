package org.groundtruth.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every name of a set of places under its exact, spelling and skeleton keys ({@link PlaceNames}). */
final class NameIndex {
    /** One name of the place at position {@code place} in the gazetteer's list; primary for its first name. */
    record Entry(int place, String name, boolean primary) {
    }

    /** The strict-to-loose key kinds an index holds. */
    static final List<MatchKind> KEY_KINDS = List.of(MatchKind.EXACT, MatchKind.NORMALISED, MatchKind.SKELETON);

    private final Map<MatchKind, Map<String, List<Entry>>> byKind = new HashMap<>();

    NameIndex() {
        for (MatchKind k : KEY_KINDS) byKind.put(k, new HashMap<>());
    }

    void add(int position, Place p) {
        boolean primary = true;
        for (String n : p.allNames()) {
            Entry e = new Entry(position, n, primary);
            primary = false;
            for (MatchKind k : KEY_KINDS) {
                String key = key(k, n);
                if (!key.isEmpty()) byKind.get(k).computeIfAbsent(key, x -> new ArrayList<>(1)).add(e);
            }
        }
    }

    static String key(MatchKind kind, String name) {
        return switch (kind) {
            case EXACT -> PlaceNames.exactKey(name);
            case NORMALISED -> PlaceNames.spellingKey(name);
            case SKELETON, FUZZY -> PlaceNames.skeletonKey(name);
        };
    }

    /** Entries whose key of this kind equals the given key (already computed with {@link #key}). */
    List<Entry> find(MatchKind kind, String key) {
        return byKind.get(kind == MatchKind.FUZZY ? MatchKind.SKELETON : kind).getOrDefault(key, List.of());
    }

    Set<String> skeletons() {
        return byKind.get(MatchKind.SKELETON).keySet();
    }
}
