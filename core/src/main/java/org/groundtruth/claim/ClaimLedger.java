package org.groundtruth.claim;

import org.groundtruth.store.Port;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRun;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of what the parties said, beside the incidents: claims of strikes (imported all or nothing,
 * idempotently), responses to allegations about incidents, and the match candidates between claims and incidents
 * that the last match run stored. Opened by {@code store.port(ClaimLedger.PORT)}; implemented by the storage
 * adapters (SQLite, PostgreSQL) and checked by one contract test suite on both. Every write is atomic.
 */
public interface ClaimLedger {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<ClaimLedger> PORT = new Port<>("claims", ClaimLedger.class);

    // ---- claims

    /** Starts an all-or-nothing import of claims (one transaction, with a "claims.import" audit entry by the meta's actor). */
    ClaimImport beginImport(ImportMeta meta);

    /** Finished claim imports, oldest first. */
    List<ImportRun> imports();

    Optional<StoredClaim> find(long claimId);

    /** Claims by strike date, then id. Unplaced claims are listed like the others ({@code placed=false} lists only them). */
    ClaimPage list(ClaimQuery query);

    // ---- responses

    /**
     * Records a party's response to an allegation about an incident and returns it with its id; the audit log gets a
     * "response.add" entry in the same transaction.
     *
     * @throws java.util.NoSuchElementException when the incident does not exist
     */
    Response respond(Response response, ChangeNote note);

    default Response respond(Response response) {
        return respond(response, ChangeNote.system("claims"));
    }

    /** The responses about an incident, oldest first. */
    List<Response> responsesFor(long incidentId);

    /** The responses about each of these incidents (incidents without any are absent from the map). */
    Map<Long, List<Response>> responsesFor(Collection<Long> incidentIds);

    // ---- stored matches (read by the API, the UI and attribution)

    /** The claims that could describe this incident, best score first. */
    List<ClaimMatch> matchesForIncident(long incidentId);

    /** The matches of each of these incidents, best score first (incidents without any are absent). */
    Map<Long, List<ClaimMatch>> matchesForIncidents(Collection<Long> incidentIds);

    /** The incidents this claim could explain, best score first. */
    List<ClaimMatch> matchesForClaim(long claimId);

    // ---- what a match run reads and writes

    /** The state the stored matches reflect; empty before the first run. */
    Optional<MatchState> matchState();

    /** The latest change of any incident and of any claim, in that order (null when there are none). */
    Instant[] latestChanges();

    /**
     * Incidents (placed or not) changed after {@code after} (exclusive, null for all) up to {@code until}
     * (inclusive, null for no bound), and whose date window touches from..to (each null for open).
     */
    List<IncidentSpot> incidents(Instant after, Instant until, LocalDate from, LocalDate to);

    /** Claims (placed or not) changed after {@code after} (null for all) up to {@code until} (null for no bound). */
    List<Claim> claims(Instant after, Instant until);

    /** Replaces every stored match by these, and records the state, in one transaction. */
    void replaceAllMatches(List<ClaimMatch> matches, MatchState state);

    /**
     * Drops the stored matches of these incidents and claims, stores these (a pair already stored is replaced, never
     * duplicated), and records the state, in one transaction.
     */
    void replaceMatchesOf(Collection<Long> incidentIds, Collection<Long> claimIds, List<ClaimMatch> matches, MatchState state);
}
