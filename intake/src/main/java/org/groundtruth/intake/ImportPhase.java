package org.groundtruth.intake;

/** The two passes over a file: checking every row, then storing them all. */
public enum ImportPhase {
    VALIDATING,
    WRITING
}
