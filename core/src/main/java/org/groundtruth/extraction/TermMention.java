package org.groundtruth.extraction;

import java.util.Objects;

/**
 * A term found in the text.
 *
 * @param kind what it is about
 * @param code stable code of the term ("market", "russian_military", "Su-24", "take_off")
 * @param span where it is written
 */
public record TermMention(TermKind kind, String code, Span span) {
    public TermMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(span, "span");
    }
}
