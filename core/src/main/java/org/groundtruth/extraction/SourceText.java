package org.groundtruth.extraction;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A text to read, with what is known about it.
 *
 * @param text        the text as received (after HTML has been reduced to text by an intake reader)
 * @param language    the language it is written in (detected by intake or stated by the sender)
 * @param publishedAt when it was published, with the publisher's UTC offset; relative dates ("yesterday", "أمس",
 *                    "вчора") are read against it, and without it they stay unresolved. May be null.
 * @param url         where it was published, may be null
 * @param author      who published it (a channel, an outlet), may be null
 */
public record SourceText(String text, Language language, OffsetDateTime publishedAt, String url, String author) {
    /** The longest text read: about 300 pages. Longer pastes are refused rather than cut silently. */
    public static final int MAX_CHARS = 1_000_000;

    public SourceText {
        Objects.requireNonNull(language, "language");
        TextCheck.requireReadable(text);
    }

    public static SourceText of(String text, Language language, OffsetDateTime publishedAt) {
        return new SourceText(text, language, publishedAt, null, null);
    }
}
