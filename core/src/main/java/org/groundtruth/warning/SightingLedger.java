package org.groundtruth.warning;

import org.groundtruth.store.Port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sightings ledger port: registered spotters (pseudonym, posts, a digest of their token, revocation) and every
 * sighting accepted, with the alert it went to. Sightings are never edited or deleted. Reading a sighting back
 * needs the reference tables, as the ledger keeps the type and base by name.
 */
public interface SightingLedger {
    Port<SightingLedger> PORT = new Port<>("sightings", SightingLedger.class);

    /**
     * Registers a spotter with the SHA-256 digest (hex) of their secret token.
     *
     * @throws IllegalArgumentException when the pseudonym or token is already registered
     */
    Spotter addSpotter(String pseudonym, List<Post> posts, String tokenSha256);

    Optional<Spotter> spotter(String pseudonym);

    Optional<Spotter> spotterByToken(String tokenSha256);

    /** Every registered spotter, revoked ones too, by pseudonym. */
    List<Spotter> spotters();

    /** Refuses the spotter's sightings from now on; their past sightings stay. */
    void revokeSpotter(String pseudonym, Instant at);

    /**
     * Stores one sighting in one transaction and returns it with its id.
     *
     * @throws SightingRejectedException naming {@code spotter} when the spotter is unknown or revoked (checked in the
     *                                   same transaction, so a revocation is never raced past)
     */
    Sighting record(Sighting sighting, Instant receivedAt);

    /** Notes which alert a sighting went to (the last one wins). */
    void linkAlert(String sightingId, String alertId);

    Optional<String> alertOf(String sightingId);

    /** Sightings observed in [from, to), oldest first. */
    List<Sighting> observedBetween(Instant from, Instant to, AircraftTable aircraft, BaseTable bases);

    /** Sightings observed in [from, to), in the order they were received (their ids), with their receipt and alert. */
    List<LoggedSighting> loggedBetween(Instant from, Instant to, AircraftTable aircraft, BaseTable bases);

    /** The sightings that went to each of these alerts, oldest observation first; an alert with none is absent. */
    Map<String, List<Sighting>> ofAlerts(Collection<String> alertIds, AircraftTable aircraft, BaseTable bases);

    long count();

    /** Whether any sighting is live (not an exercise): without one, no incident can have sightings as evidence. */
    boolean anyLive();
}
