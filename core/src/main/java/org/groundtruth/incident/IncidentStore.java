package org.groundtruth.incident;

import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;

import java.util.List;
import java.util.Optional;

/**
 * The incident ledger. Implemented by the storage adapters (SQLite, PostgreSQL/PostGIS); the same contract
 * tests run against each. Every write is atomic: on failure nothing of it is stored.
 */
public interface IncidentStore extends AutoCloseable {

    StoreInfo info();

    Optional<Incident> find(long incidentId);

    SearchResult search(IncidentQuery query);

    IncidentStats stats(IncidentQuery query);

    /** Creates an incident from facts entered by hand, with its first reports. */
    Incident create(IncidentFacts facts, List<NewReport> reports);

    /** Replaces the facts of an incident and marks it edited by hand. */
    Incident update(long incidentId, IncidentFacts facts);

    /** Adds a report to an existing incident. */
    Report addReport(long incidentId, NewReport report);

    List<ReportRevision> revisions(long reportId);

    /**
     * Starts an import. Nothing written through the writer is visible or kept until {@link ImportWriter#commit()};
     * closing it uncommitted, or the process dying, leaves the store as it was.
     */
    ImportWriter beginImport(ImportMeta meta);

    List<ImportRun> imports();

    /** Evidence records, their links to incidents and their chains of custody. */
    org.groundtruth.evidence.EvidenceLedger evidence();

    @Override
    void close();
}
