package org.groundtruth.textintake;

/** Where a text stands. */
public enum TextStatus {
    /** A public submission no moderator has looked at: its candidates are not offered for review. */
    AWAITING_MODERATION,
    /** Candidates wait for a person's decision. */
    OPEN,
    /** Every candidate was accepted or discarded. */
    CLOSED,
    /** A moderator refused the submission (spam, abuse, nothing about a strike); kept, never reviewed. */
    DISCARDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<TextStatus> parse(String s) {
        if (s == null) return java.util.Optional.empty();
        for (TextStatus t : values()) if (t.code().equals(s.strip().toLowerCase(java.util.Locale.ROOT))) return java.util.Optional.of(t);
        return java.util.Optional.empty();
    }
}
