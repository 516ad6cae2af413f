package org.groundtruth.textintake;

/** A candidate report's state: waiting for a person, accepted into an incident, or discarded. */
public enum CandidateStatus {
    PENDING, ACCEPTED, DISCARDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
