package org.groundtruth.warning;

import java.time.Instant;
import java.util.Objects;

/**
 * A sighting as the sightings ledger logged it: the sighting, when the server received it, and the alert it went to.
 * What a restart (the flights still followed) and the back-test (alerts issued again at the times they were) read.
 *
 * @param sighting   the sighting, with its id and its protected observer
 * @param receivedAt when the server accepted it
 * @param alertId    the alert it went to, or null when it went to none (ignored)
 */
public record LoggedSighting(Sighting sighting, Instant receivedAt, String alertId) {
    public LoggedSighting {
        Objects.requireNonNull(sighting, "sighting");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
