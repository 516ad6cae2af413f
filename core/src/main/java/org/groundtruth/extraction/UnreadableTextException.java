package org.groundtruth.extraction;

/**
 * The text cannot be read as an account of events: empty, binary, too long, or in a language the extractor does not
 * know. The message says which and where, and never repeats the text itself (it may be a protected submission).
 */
public final class UnreadableTextException extends IllegalArgumentException {
    /** Why a text was refused; stable codes for the API. */
    public enum Reason { EMPTY, NOT_TEXT, TOO_LONG, UNSUPPORTED_LANGUAGE }

    private final Reason reason;

    public UnreadableTextException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
