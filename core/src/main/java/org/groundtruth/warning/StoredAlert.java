package org.groundtruth.warning;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert as the alerts ledger keeps it: the columns it is found by, and the alert as it was published (JSON, made
 * by the web layer from an {@link Alert}, which carries no spotter's name, post or exact position).
 *
 * @param id        the alert's id
 * @param state     active, cancelled, expired
 * @param level     info, watch, urgent
 * @param theatre   ISO country code
 * @param issuedAt  when the flight's first sighting was accepted
 * @param updatedAt when it last changed
 * @param expiresAt when it expires unless refreshed
 * @param published the published form (JSON text)
 */
public record StoredAlert(String id, AlertState state, AlertLevel level, String theatre, Instant issuedAt, Instant updatedAt,
                          Instant expiresAt, String published) {
    public StoredAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(theatre, "theatre");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(published, "published");
    }

    public static StoredAlert of(Alert a, String published) {
        return new StoredAlert(a.id(), a.state(), a.level(), a.theatre(), a.issuedAt(), a.updatedAt(), a.expiresAt(), published);
    }
}
