package org.groundtruth.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the keys within a Levenshtein distance of a query without scanning them all: a deletion-neighbourhood
 * index (as in SymSpell). Two strings are within distance d exactly when some string is reachable from both by at
 * most d deletions each and the Levenshtein check then confirms it; so indexing every key under all its deletions of
 * up to {@code maxDistance} characters, and looking up all deletions of the query, finds every candidate. Checked
 * against a linear scan by FuzzyIndexOracleTest.
 */
final class FuzzyIndex {
    /** A key found, with its distance from the query. */
    record Hit(String key, int distance) {
    }

    private final int maxDistance;
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    FuzzyIndex(Collection<String> keys, int maxDistance) {
        if (maxDistance < 0 || maxDistance > 3) throw new IllegalArgumentException("maxDistance must be 0..3");
        this.maxDistance = maxDistance;
        for (String key : new LinkedHashSet<>(keys)) {
            for (String variant : deletions(key, maxDistance)) {
                byDeletion.computeIfAbsent(variant, v -> new ArrayList<>(1)).add(key);
            }
        }
    }

    /** Every indexed key within distance of the query (distance at most the index's maxDistance). */
    List<Hit> within(String query, int distance) {
        if (distance > maxDistance) throw new IllegalArgumentException("index built for distance " + maxDistance);
        Set<String> seen = new HashSet<>();
        List<Hit> hits = new ArrayList<>();
        for (String variant : deletions(query, distance)) {
            for (String key : byDeletion.getOrDefault(variant, List.of())) {
                if (!seen.add(key)) continue;
                int d = EditDistance.within(query, key, distance);
                if (d <= distance) hits.add(new Hit(key, d));
            }
        }
        return hits;
    }

    /** The string itself and every string obtained by deleting up to n characters. */
    static Set<String> deletions(String s, int n) {
        Set<String> all = new HashSet<>();
        all.add(s);
        Set<String> frontier = Set.of(s);
        for (int round = 0; round < n; round++) {
            Set<String> next = new HashSet<>();
            for (String f : frontier) {
                for (int i = 0; i < f.length(); i++) {
                    String d = f.substring(0, i) + f.substring(i + 1);
                    if (all.add(d)) next.add(d);
                }
            }
            frontier = next;
        }
        return all;
    }
}
