package org.groundtruth.gazetteer;

import java.util.Objects;

/**
 * The best gazetteer place for a name, and how it was found.
 *
 * @param place         the place chosen
 * @param kind          how the name matched
 * @param score         0..1, higher is surer: the kind's base score less 0.1 per edit for fuzzy matches and 0.1 when
 *                      ambiguous
 * @param matchedName   the gazetteer name (primary, Arabic or alternative) that matched
 * @param editDistance  edit distance between the skeletons (0 unless fuzzy)
 * @param ambiguous     true when another, different place (more than {@link Gazetteer#SAME_PLACE_KM} km away)
 *                      matched equally well and the tie was broken by the rules in {@link Gazetteer}
 */
public record PlaceMatch(Place place, MatchKind kind, double score, String matchedName, int editDistance,
                         boolean ambiguous) {
    public PlaceMatch {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        if (score < 0 || score > 1) throw new IllegalArgumentException("score outside 0..1: " + score);
        if (editDistance < 0) throw new IllegalArgumentException("negative edit distance");
    }
}
