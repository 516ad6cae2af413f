package org.groundtruth.incident;

import org.groundtruth.store.Port;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;

import java.util.List;
import java.util.Optional;

/**
 * The incident ledger: incidents, their reports and revisions, and imports. One port of the
 * {@link org.groundtruth.store.Store} root, like every other feature's; it knows no other feature. Implemented by
 * the storage adapters (SQLite, PostgreSQL/PostGIS); the same contract tests run against each. Every write is
 * atomic: on failure nothing of it is stored.
 */
public interface IncidentStore {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<IncidentStore> PORT = new Port<>("incidents", IncidentStore.class);

    Optional<Incident> find(long incidentId);

    /** The incident with this public id ({@link PublicId}), upper or lower case; empty for anything else. */
    Optional<Incident> findByPublicId(String publicId);

    /**
     * An incident named the way a person types it: a public id, or (for signed-in users and the CLI only, never the
     * public) the internal number. Empty when nothing matches.
     */
    default Optional<Incident> findByEitherId(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (PublicId.isWellFormed(t)) return findByPublicId(t);
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return Optional.empty();
        return find(Long.parseLong(t));
    }

    /** The public ids of these incidents (internal id to public id), for answers that name several. */
    java.util.Map<Long, String> publicIds(java.util.Collection<Long> incidentIds);

    SearchResult search(IncidentQuery query);

    /**
     * The page {@link #search} would return, as ids, with its count and the public generation read before both
     * (decision 0424): a list reads the incidents it has not kept through {@link #listed}.
     */
    IdPage searchIds(IncidentQuery query);

    /**
     * These incidents for a list, in the order given, leaving out those not found and those whose status is not one of
     * {@code statuses} (null: any). Each report carries its source, dates and revision count but not its text (null),
     * which a list never shows and which is most of what reading the reports costs.
     */
    List<Incident> listed(List<Long> incidentIds, java.util.Set<IncidentStatus> statuses);

    IncidentStats stats(IncidentQuery query);

    /**
     * Calls back with the coordinates of every placed incident the query matches, in no particular order, ignoring
     * its limit, offset and sort: what the map counts per cell at any number of incidents. Adapters stream a
     * projection; this default pages through {@link #search}.
     */
    default void forEachPoint(IncidentQuery query, PointConsumer consumer) {
        IncidentQuery placed = query.withPlaced(true);
        for (long offset = 0; ; offset += IncidentQuery.MAX_LIMIT) {
            SearchResult page = search(placed.page(IncidentQuery.MAX_LIMIT, offset));
            for (Incident i : page.items()) consumer.accept(i.facts().location().point().lat(), i.facts().location().point().lon());
            if (page.items().size() < IncidentQuery.MAX_LIMIT) return;
        }
    }

    /** Receives one incident's coordinates. */
    @FunctionalInterface
    interface PointConsumer {
        void accept(double lat, double lon);
    }

    /**
     * Creates an incident (a draft) from facts entered by hand, with its first reports; the audit log records it in
     * the same transaction, with who and why from {@code note}.
     */
    Incident create(IncidentFacts facts, List<NewReport> reports, ChangeNote note);

    /**
     * Replaces the facts of an incident and marks it edited by hand; audited with before and after. On a published
     * incident the new facts are held in its {@link PendingRevision} instead (audited as "revision.propose") and the
     * incident, as the public sees it, is returned unchanged until a reviewer publishes them.
     */
    Incident update(long incidentId, IncidentFacts facts, ChangeNote note);

    /**
     * Adds a report to an existing incident; audited. On a published incident the report is held in its
     * {@link PendingRevision} instead and {@code null} is returned: it has no number until a reviewer publishes it.
     */
    Report addReport(long incidentId, NewReport report, ChangeNote note);

    /** The corrections to a published incident that wait for a reviewer; empty when there are none. */
    Optional<PendingRevision> pendingRevision(long incidentId);

    /**
     * Publishes an incident's pending revision: its facts and reports become what everyone sees, in one transaction,
     * audited as "revision.publish" with the facts before and after. Checking that the caller is a reviewer is the
     * caller's (the web's Rule, the CLI).
     *
     * @throws java.util.NoSuchElementException the incident has no pending revision
     */
    Incident publishRevision(long incidentId, ChangeNote note);

    /** Drops an incident's pending revision unpublished (kept in the audit log as "revision.discard"). */
    void discardRevision(long incidentId, ChangeNote note);

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
}
