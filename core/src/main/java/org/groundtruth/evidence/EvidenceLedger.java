package org.groundtruth.evidence;

import org.groundtruth.store.Port;
import java.util.List;
import java.util.Optional;

/**
 * Evidence records, their links to incidents and their chains of custody. Implemented on SQLite and PostgreSQL with
 * one contract test. Custody is append-only: no method changes or removes an entry; each append reads the last
 * entry and chains to it inside one transaction.
 */
public interface EvidenceLedger {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<EvidenceLedger> PORT = new Port<>("evidence", EvidenceLedger.class);

    /**
     * Records a file with its first custody entry ({@code acquired}, an ACQUIRED event), atomically. If the same
     * bytes are recorded already, appends the acquisition to their chain instead and answers the existing item.
     */
    Recorded record(NewEvidence evidence, CustodyEvent acquired);

    Optional<EvidenceItem> find(long evidenceId);

    Optional<EvidenceItem> find(Sha256 sha256);

    /** Every item, in id order. */
    List<EvidenceItem> list();

    /** The items linked to an incident, in id order. */
    List<EvidenceItem> forIncident(long incidentId);

    /** The incidents an item is linked to, ascending. */
    List<Long> incidentsOf(long evidenceId);

    /**
     * Links an item to an incident and appends {@code linked} (a LINKED event) to its chain, atomically. Answers
     * false and appends nothing when the link exists already. {@link java.util.NoSuchElementException} when either
     * does not exist.
     */
    boolean link(long evidenceId, long incidentId, CustodyEvent linked);

    /** Appends an entry to an item's chain. */
    CustodyEntry append(long evidenceId, CustodyEvent event);

    /** An item's chain, in order. */
    List<CustodyEntry> custody(long evidenceId);
}
