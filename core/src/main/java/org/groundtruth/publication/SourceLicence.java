package org.groundtruth.publication;

import java.util.Objects;

/**
 * The licence mark of one dataset: what its terms let us republish and the attribution they ask for.
 *
 * @param dataset     the dataset the reports were imported from ("ucdp-ged", "acled", "manual")
 * @param terms       open, reference only, or restricted
 * @param licence     the licence's short name ("CC BY 4.0", "ACLED Terms of Use"), or null when unmarked
 * @param attribution the credit line its licence asks for, or null
 */
public record SourceLicence(String dataset, Republication terms, String licence, String attribution) {
    public static final int MAX_TEXT_CHARS = 300;

    public SourceLicence {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(terms, "terms");
        if (dataset.isBlank()) throw new IllegalArgumentException("a licence mark names its dataset");
        licence = clean("licence", licence);
        attribution = clean("attribution", attribution);
    }

    /** A dataset nobody marked: restricted until someone says otherwise. */
    public static SourceLicence unmarked(String dataset) {
        return new SourceLicence(dataset, Republication.RESTRICTED, null, null);
    }

    /** "CC BY 4.0: UCDP GED (Sundberg and Melander 2013)", or the dataset alone. */
    public String mark() {
        String l = licence == null ? dataset : licence;
        return attribution == null ? l : l + ": " + attribution;
    }

    private static String clean(String field, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > MAX_TEXT_CHARS) throw new IllegalArgumentException(field + ": longer than " + MAX_TEXT_CHARS + " characters");
        if (v.chars().anyMatch(ch -> ch < 0x20)) throw new IllegalArgumentException(field + ": control characters are not allowed");
        return v;
    }
}
