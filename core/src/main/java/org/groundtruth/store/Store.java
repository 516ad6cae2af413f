package org.groundtruth.store;

import org.groundtruth.incident.IncidentStore;

/**
 * The root of a store: one database holding the incident ledger and one port per feature (claims, merges, evidence,
 * testimony, accounts, audit, ...). Opened by a storage adapter (SQLite, PostgreSQL/PostGIS); every port it opens
 * works on the same database, so a feature's write and its audit entry can share one transaction.
 *
 * <pre>{@code
 * try (Store store = ...) {
 *     store.incidents().search(query);
 *     store.port(ClaimLedger.PORT).all();
 * }
 * }</pre>
 */
public interface Store extends AutoCloseable {

    StoreInfo info();

    /** The port of {@code port}'s feature, opened once and kept; fails naming the feature when this store has none. */
    <P> P port(Port<P> port);

    /** The incident ledger: incidents, reports, revisions and imports. */
    default IncidentStore incidents() {
        return port(IncidentStore.PORT);
    }

    @Override
    void close();
}
