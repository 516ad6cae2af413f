package org.groundtruth.extraction;

import org.groundtruth.claim.ResponseKind;

import java.util.Objects;

/**
 * A party's reply found in the text, to be suggested as a {@link org.groundtruth.claim.Response} once a person has
 * accepted the candidate: "Moscow called the reports fabricated", "نفت وزارة الدفاع الروسية", "Міноборони РФ заперечує".
 *
 * @param party     party code as in {@link TermMention} (russian_military, ...)
 * @param kind      denial, called fake, admission, investigation
 * @param span      the words of the reply
 * @param partySpan where the party is named
 */
public record ResponseMention(String party, ResponseKind kind, Span span, Span partySpan) {
    public ResponseMention {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(partySpan, "partySpan");
    }
}
