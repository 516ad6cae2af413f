package org.groundtruth.testimony;

import org.groundtruth.store.Port;
import org.groundtruth.audit.ChangeNote;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where witness statements are kept (SQLite, PostgreSQL). The ledger only ever sees identities sealed: it hands a new
 * record's id to a {@link Sealer} so that the envelope is bound to its row, and it records the check value of each
 * key that sealed something, so that a wrong key is refused at start. Every write is one transaction.
 */
public interface TestimonyLedger {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<TestimonyLedger> PORT = new Port<>("testimony", TestimonyLedger.class);

    /**
     * Adds a statement to an incident. {@code sealer} receives the new record's id and returns its identity sealed for
     * that id; {@code sealedWith} is recorded if this key has not sealed anything before. The audit log records who
     * added it ({@code note}) in the same transaction, with the open part only: never the identity, never the text
     * (its SHA-256 stands in for it, since admins export the audit log).
     *
     * @throws java.util.NoSuchElementException when the incident does not exist
     */
    StoredTestimony add(long incidentId, Statement statement, KeyCheck sealedWith, ChangeNote note, Sealer sealer);

    Optional<StoredTestimony> find(long testimonyId);

    /** The statements of one incident, oldest first. */
    List<StoredTestimony> byIncident(long incidentId);

    /** Every statement, by id: for re-sealing under a new key. */
    List<StoredTestimony> all();

    /** How many statements hold protected data. */
    long count();

    /** Whether a statement names its witness by exactly this pseudonym. */
    boolean hasPseudonym(String pseudonym);

    /** The check values of every key that has sealed data here. */
    List<KeyCheck> keyChecks();

    /** The ids of the keys that seal the identities stored now. */
    Set<String> keyIdsInUse();

    /** Replaces one record's sealed identity (key rotation), recording {@code sealedWith} and, in the audit log, the key ids. */
    void reseal(long testimonyId, SealedIdentity identity, KeyCheck sealedWith, ChangeNote note);

    /** Seals a new record's identity once its id is known. */
    @FunctionalInterface
    interface Sealer {
        SealedIdentity seal(long testimonyId);
    }
}
