package org.groundtruth.publication;

import org.groundtruth.audit.ChangeNote;
import org.groundtruth.store.Port;

import java.util.List;
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
}
