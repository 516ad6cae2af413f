package org.groundtruth.ingest;

/** What an imported row did to the store. */
public enum UpsertOutcome {
    /** New source record: a report and an incident were created. */
    INSERTED,
    /** Known record whose content changed: a revision was added and the incident updated. */
    UPDATED,
    /** Known record, same content: nothing changed. */
    UNCHANGED
}
