package org.groundtruth.publication;

import java.util.Objects;

/**
 * One thing a report or an export may not include, named so the person can act on it without the message carrying
 * a protected value: "incident k3m... is draft, not published"; "statement 12 (Witness A): consent internal_only".
 */
public record Refusal(Kind kind, String subject, String reason) {
    public enum Kind { UNPUBLISHED_INCIDENT, TESTIMONY_WITHOUT_CONSENT, RESTRICTED_SOURCE, PROTECTED_TERM, UNKNOWN_REFERENCE }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return subject + ": " + reason;
    }
}
