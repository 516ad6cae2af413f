package org.groundtruth.claim;

/** What a party answered when an incident was alleged against it. */
public enum ResponseKind {
    DENIAL,
    ADMISSION,
    /** The party called the reports fabricated ("fake", "staged"). */
    CALLED_FAKE,
    INVESTIGATION_OPENED,
    /** Anything else: no comment, a partial acknowledgement. */
    OTHER;

    public String label() {
        return this == CALLED_FAKE ? "called it fake" : name().toLowerCase().replace('_', ' ');
    }
}
