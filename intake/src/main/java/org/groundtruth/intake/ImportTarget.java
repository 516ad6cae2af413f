package org.groundtruth.intake;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;

/** Where an import is written: one writer, one transaction. {@code store::beginImport} is one. */
@FunctionalInterface
public interface ImportTarget {

    ImportWriter begin(ImportMeta meta);

    static ImportTarget of(IncidentStore store) {
        return store::beginImport;
    }

    /** Imports recorded in the audit log as made by {@code actor} ("cli:amal", "system:demo"). */
    static ImportTarget of(IncidentStore store, String actor) {
        return meta -> store.beginImport(meta.by(actor));
    }
}
