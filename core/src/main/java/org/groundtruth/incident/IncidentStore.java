package org.groundtruth.incident;

import org.groundtruth.account.AccountStore;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.review.IncidentReviews;

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

    /**
     * Creates an incident (a draft) from facts entered by hand, with its first reports; the audit log records it in
     * the same transaction, with who and why from {@code note}.
     */
    Incident create(IncidentFacts facts, List<NewReport> reports, ChangeNote note);

    /** Replaces the facts of an incident and marks it edited by hand; audited with before and after. */
    Incident update(long incidentId, IncidentFacts facts, ChangeNote note);

    /** Adds a report to an existing incident; audited. */
    Report addReport(long incidentId, NewReport report, ChangeNote note);

    /** {@link #create(IncidentFacts, List, ChangeNote)} by the application itself ("system:store"). */
    default Incident create(IncidentFacts facts, List<NewReport> reports) {
        return create(facts, reports, ChangeNote.system("store"));
    }

    default Incident update(long incidentId, IncidentFacts facts) {
        return update(incidentId, facts, ChangeNote.system("store"));
    }

    default Report addReport(long incidentId, NewReport report) {
        return addReport(incidentId, report, ChangeNote.system("store"));
    }

    List<ReportRevision> revisions(long reportId);

    /**
     * Starts an import. Nothing written through the writer is visible or kept until {@link ImportWriter#commit()};
     * closing it uncommitted, or the process dying, leaves the store as it was.
     */
    ImportWriter beginImport(ImportMeta meta);

    List<ImportRun> imports();

    /** Witness statements, their identities sealed (see {@link org.groundtruth.testimony.WitnessProtection}). */
    TestimonyLedger testimony();
    /** Users, API tokens and sessions. */
    AccountStore accounts();

    /** The hash-chained audit log of every change. */
    AuditLog audit();

    /** The review workflow (draft, in review, published, retracted). */
    IncidentReviews reviews();

    /** The claims ledger beside the incidents: claims, responses and stored match candidates. */
    ClaimLedger claims();

    @Override
    void close();
}
