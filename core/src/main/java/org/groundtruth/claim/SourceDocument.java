package org.groundtruth.claim;

import java.util.regex.Pattern;

/**
 * The document a party's statement was published in.
 *
 * @param url      where it was published, may be null when the text was archived from elsewhere
 * @param text     the statement as published (or the relevant excerpt), may be null when only the link is kept
 * @param language BCP 47 language tag of the text ("ar", "ru", "en"), may be null when unknown
 */
public record SourceDocument(String url, String text, String language) {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public SourceDocument {
        url = blankToNull(url);
        text = blankToNull(text);
        language = blankToNull(language);
        if (url == null && text == null) {
            throw new IllegalArgumentException("a source document needs a URL or the text of the statement");
        }
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalArgumentException("language: not a language tag like 'ar', 'ru' or 'en'");
        }
    }

    public static SourceDocument at(String url) {
        return new SourceDocument(url, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
