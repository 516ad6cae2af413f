package org.groundtruth.publication;

import org.groundtruth.account.Role;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.store.Port;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What publication keeps in the store and reads from it: the published incidents streamed for exports and reports,
 * and each dataset's licence mark. Implemented in storage on SQLite and PostgreSQL; the same contract tests run on
 * both.
 */
public interface PublicationLedger {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<PublicationLedger> PORT = new Port<>("publication", PublicationLedger.class);

    /**
     * Every published incident (merged ones left out) that the selection's period, area, governorates and listed ids
     * may match, each with its reports' sources (their texts are not read) and its stored grade, in the order of the
     * store's internal ids. The stream reads from an open cursor, so that a million incidents take no more memory
     * than one: close it. The caller still applies {@link Selection#matches} to the redacted values.
     */
    Stream<Publishable> published(Selection selection);

    /**
     * The spotters' pseudonyms and their posts' codes: words a report must never print (decision 0902), checked in its
     * whole text before anything is rendered.
     */
    List<String> spotterNames();

    /** The licence marks recorded in this store (which take precedence over {@link SourceLicences}' defaults). */
    List<SourceLicence> licenceMarks();

    /** Records (or replaces) the licence mark of a dataset, with an audit-log entry in the same transaction. */
    SourceLicence mark(SourceLicence mark, ChangeNote note);

    // ---- reports as documents (draft, review, frozen versions)

    /** A new report, a draft; audited ({@code report.create}). */
    StoredReport createReport(ReportDraft draft, ChangeNote note);

    /**
     * Replaces a draft's text. Refused (IllegalStateException, saying why) unless the report is a draft and
     * {@code expectedRevision} is its current revision (someone else saved meanwhile); audited with before and after.
     *
     * @throws java.util.NoSuchElementException no such report
     */
    StoredReport updateReport(long reportId, ReportDraft draft, int expectedRevision, ChangeNote note);

    Optional<StoredReport> report(long reportId);

    /** Every report, newest first. */
    List<StoredReport> reports();

    /**
     * Moves a report through review by {@link ReportReview}'s rules (not to published: see {@link #publishVersion});
     * audited ({@code report.submit}, {@code report.send-back}, {@code report.retract}, ...).
     *
     * @throws IllegalStateException the move is not allowed (the message says why)
     */
    StoredReport moveReport(long reportId, IncidentStatus to, Role role, String reason, ChangeNote note);

    /**
     * Publishes the report (in review to published) with its rendered files, frozen as version n+1, in one
     * transaction with the audit entry {@code report.publish} that holds the files' SHA-256 digests.
     *
     * @throws IllegalStateException the report is not in review, or this role may not publish
     */
    ReportVersion publishVersion(long reportId, ReportVersion.Frozen frozen, Role role, ChangeNote note);

    /** The report's published versions, oldest first. */
    List<ReportVersion> versions(long reportId);

    /** The bytes of a published version as they were frozen; empty when there is no such version. */
    Optional<byte[]> versionFile(long reportId, int version, ReportVersion.Format format);
}
