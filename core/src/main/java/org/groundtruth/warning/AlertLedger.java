package org.groundtruth.warning;

import org.groundtruth.store.Port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The alerts ledger port: the current state of every alert issued (one row per alert, replaced as the alert changes),
 * so that feeds and pages survive a restart and alerts can be back-tested later. Holds only published alerts: no
 * spotter is named in it.
 */
public interface AlertLedger {
    Port<AlertLedger> PORT = new Port<>("alerts", AlertLedger.class);

    /** Stores the alert's current state, replacing the one it had, and keeps the sequence number it had. */
    void save(StoredAlert alert);

    /**
     * Stores the alert's current state, replacing the one it had, with the delivery sequence number of the change that
     * made it.
     */
    void save(StoredAlert alert, long sequence);

    /** The highest delivery sequence number stored, 0 when none: a restarted server numbers its changes after it. */
    long lastSequence();

    Optional<StoredAlert> find(String id);

    /** Alerts still active, earliest issued first. */
    List<StoredAlert> active();

    /** Alerts updated in [from, to), oldest update first, at most {@code limit}. */
    List<StoredAlert> updatedBetween(Instant from, Instant to, int limit);

    /** The newest alerts by last update, newest first. */
    List<StoredAlert> recent(int limit);

    /** Adds a webhook subscriber and returns it with its id. */
    Webhook addWebhook(String url, String secret, String country, Instant at);

    /** The webhooks not removed, by id. */
    List<Webhook> webhooks();

    /** @return false when there was no such webhook */
    boolean removeWebhook(long id);
}
