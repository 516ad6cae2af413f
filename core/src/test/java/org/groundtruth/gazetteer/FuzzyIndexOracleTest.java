package org.groundtruth.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The deletion-neighbourhood index finds exactly what a linear scan with a plain Levenshtein finds. */
class FuzzyIndexOracleTest {
    static final String ALPHABET = "bdfhklmnrstz"; // few letters, so that near neighbours are common

    static String randomKey(Random r) {
        int n = 2 + r.nextInt(11);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        return s.toString();
    }

    static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int edits = r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int op = r.nextInt(3);
            char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
            if (op == 0 || b.isEmpty()) b.insert(r.nextInt(b.length() + 1), c);
            else if (op == 1) b.deleteCharAt(r.nextInt(b.length()));
            else b.setCharAt(r.nextInt(b.length()), c);
        }
        return b.toString();
    }

    /** Textbook full-matrix Levenshtein, no early exit. */
    static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void indexedLookupEqualsLinearScanOnSeededRandomKeys() {
        for (long seed = 1; seed <= 10; seed++) {
            Random r = new Random(seed);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 400; i++) keys.add(randomKey(r));
            FuzzyIndex index = new FuzzyIndex(keys, 2);
            Set<String> distinct = new HashSet<>(keys);
            for (int q = 0; q < 200; q++) {
                String query = r.nextBoolean() ? mutate(keys.get(r.nextInt(keys.size())), r) : randomKey(r);
                java.util.Map<String, Integer> distances = distinct.stream()
                        .collect(Collectors.toMap(k -> k, k -> levenshtein(query, k)));
                for (int d = 0; d <= 2; d++) {
                    final int bound = d;
                    Set<String> expected = distinct.stream().filter(k -> distances.get(k) <= bound).collect(Collectors.toSet());
                    Set<String> found = index.within(query, bound).stream().map(FuzzyIndex.Hit::key).collect(Collectors.toSet());
                    assertThat(found).as("seed %d query %s distance %d", seed, query, bound).isEqualTo(expected);
                    index.within(query, bound).forEach(h -> assertThat(h.distance()).isEqualTo(distances.get(h.key())));
                }
            }
        }
    }

    @Test
    void boundedDistanceAgreesWithTheFullMatrix() {
        Random r = new Random(7);
        for (int i = 0; i < 5000; i++) {
            String a = randomKey(r), b = r.nextBoolean() ? mutate(a, r) : randomKey(r);
            int full = levenshtein(a, b);
            for (int bound = 0; bound <= 3; bound++) {
                assertThat(EditDistance.within(a, b, bound)).as(a + " / " + b).isEqualTo(Math.min(full, bound + 1));
            }
        }
    }

    @Test
    void gazetteerFuzzyTierEqualsAScanOverAllSkeletons() {
        for (long seed = 1; seed <= 5; seed++) {
            Random r = new Random(seed);
            List<Place> places = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String name = randomKey(r) + " " + randomKey(r);
                places.add(PlaceForTest.town(name).at(30 + r.nextDouble() * 5, 35 + r.nextDouble() * 5).build());
            }
            Gazetteer g = new Gazetteer(places);
            List<String> skeletons = places.stream().map(p -> PlaceNames.skeletonKey(p.name())).toList();
            for (int i = 0; i < 300; i++) {
                String query = mutate(places.get(r.nextInt(places.size())).name(), r);
                String sk = PlaceNames.skeletonKey(query);
                int best = skeletons.stream().mapToInt(k -> levenshtein(sk, k)).min().orElseThrow();
                String spelling = PlaceNames.spellingKey(query);
                boolean earlierTier = best == 0 || places.stream().anyMatch(p -> PlaceNames.spellingKey(p.name()).equals(spelling));
                if (earlierTier) continue; // exact, normalised and skeleton matches come first
                var m = g.lookup(query, null, null);
                if (best <= Gazetteer.fuzzyBound(sk)) {
                    assertThat(m).as("seed %d query %s", seed, query).isPresent();
                    assertThat(m.get().kind()).isEqualTo(MatchKind.FUZZY);
                    assertThat(m.get().editDistance()).isEqualTo(best);
                    assertThat(levenshtein(sk, PlaceNames.skeletonKey(m.get().place().name()))).isEqualTo(best);
                } else {
                    assertThat(m).as("seed %d query %s", seed, query).isEmpty();
                }
            }
        }
    }
}
