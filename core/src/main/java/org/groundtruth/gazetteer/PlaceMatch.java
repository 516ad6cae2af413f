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
 * @param uncertainKm   0 when the record's clues (governorate, district, the other places it names, "north of X")
 *                      settled the choice; otherwise the distance to the farthest namesake that fitted the clues as
 *                      well as the one chosen: the choice may be off by that much, and placing says so by a coarser
 *                      precision (docs/decisions/0211)
 */
public record PlaceMatch(Place place, MatchKind kind, double score, String matchedName, int editDistance,
                         boolean ambiguous, double uncertainKm) {
    public PlaceMatch {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        if (score < 0 || score > 1) throw new IllegalArgumentException("score outside 0..1: " + score);
        if (editDistance < 0) throw new IllegalArgumentException("negative edit distance");
        if (!(uncertainKm >= 0)) throw new IllegalArgumentException("uncertainKm must be 0 or more: " + uncertainKm);
    }

    public PlaceMatch(Place place, MatchKind kind, double score, String matchedName, int editDistance, boolean ambiguous) {
        this(place, kind, score, matchedName, editDistance, ambiguous, 0);
    }

    /** True when namesakes fitted the clues equally well, so that the place chosen may be the wrong one. */
    public boolean uncertain() {
        return uncertainKm > 0;
    }
}
