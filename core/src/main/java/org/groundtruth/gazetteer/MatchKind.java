package org.groundtruth.gazetteer;

/** How a looked-up name matched a gazetteer name, from strictest to loosest (see {@link PlaceNames}). */
public enum MatchKind {
    /** Same name ignoring case and spacing. */
    EXACT(1.0),
    /** Same after spelling normalisation: diacritics, punctuation, spaces, articles, doubled letters, Arabic letter variants. */
    NORMALISED(0.95),
    /** Same consonant skeleton: a transliteration variant (Talbisah / Talbiseh, Deir / Dayr). */
    SKELETON(0.85),
    /** Skeletons within a small edit distance, only inside the governorate hint when one is given. */
    FUZZY(0.7);

    private final double baseScore;

    MatchKind(double baseScore) {
        this.baseScore = baseScore;
    }

    /** Score of a match of this kind before penalties (edit distance, ambiguity). */
    public double baseScore() {
        return baseScore;
    }
}
