package org.groundtruth.extraction;

/**
 * A number as written ("more than 30", "عشرات", "п'ятеро", "a dozen"), read as a range.
 *
 * @param from      first token of the expression (its qualifier included)
 * @param to        token after the expression (a qualifier after the number's noun included: "21 people at least")
 * @param numberTo  token after the number itself, where its noun begins
 * @param min       smallest value the words allow
 * @param max       largest value, or null for "at least min"
 * @param qualifier how the source bounded it
 */
public record Quantity(int from, int to, int numberTo, int min, Integer max, Qualifier qualifier) {
    /** How a source qualified a number. */
    public enum Qualifier {
        EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO,
        /** A word for an unstated number: "dozens", "عشرات", "десятки", "several". */
        VAGUE
    }

    public Quantity {
        if (min < 0 || (max != null && max < min)) throw new IllegalArgumentException("bad quantity " + min + ".." + max);
    }
}
