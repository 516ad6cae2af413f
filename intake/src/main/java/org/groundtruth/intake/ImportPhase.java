package org.groundtruth.intake;

/** The steps of an import: fingerprinting the file, one pass checking and writing every row, the commit. */
public enum ImportPhase {
    /** Reading the raw bytes once for the file's SHA-256, which the import run records from its start. */
    HASHING,
    /** Reading, checking and writing every row; on the first problem writing stops and only checking goes on. */
    IMPORTING,
    /** Every row is written; the store builds its indexes and commits. Reported once, with all bytes read. */
    COMMITTING
}
