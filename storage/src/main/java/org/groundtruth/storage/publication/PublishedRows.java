package org.groundtruth.storage.publication;

import org.groundtruth.incident.Incident;
import org.groundtruth.incident.Report;

import java.util.List;

/** An incident read for publication: the incident ledger's own row reader, then the reports an export needs. */
final class PublishedRows {
    private PublishedRows() {
    }

    static Incident withReports(Incident i, List<Report> reports) {
        return new Incident(i.id(), i.publicId(), i.facts(), i.status(), i.editedByHand(), reports, i.createdAt(), i.updatedAt());
    }
}
