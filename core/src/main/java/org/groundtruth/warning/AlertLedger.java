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

    /** Stores the alert's current state, replacing the one it had. */
    void save(StoredAlert alert);

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
