package org.groundtruth.storage.store;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.jdbc.Database;
import org.groundtruth.storage.jdbc.JdbcIncidentStore;
import org.groundtruth.storage.postgres.PostgresIncidentStore;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.store.Port;
import org.groundtruth.store.Store;
import org.groundtruth.store.StoreInfo;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The root of a JDBC store: one database (SQLite or PostgreSQL), the incident ledger that opened it, and every
 * feature's port, each opened on first use by its adapter in {@link JdbcAdapters} and kept. A feature adds its port
 * in core, its adapter in its own storage package and one line in {@link JdbcAdapters}; nothing here changes.
 */
public final class JdbcStore implements Store {
    private final JdbcIncidentStore incidents;
    private final Map<Port<?>, Object> opened = new ConcurrentHashMap<>();

    public JdbcStore(JdbcIncidentStore incidents) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        opened.put(IncidentStore.PORT, incidents);
    }

    /** Opens (creating if needed) the SQLite store in {@code dataDir} and brings its schema up to date. */
    public static JdbcStore sqlite(Path dataDir) {
        return new JdbcStore(SqliteIncidentStore.open(dataDir));
    }

    /** Connects to the PostgreSQL database at {@code jdbcUrl} and brings its schema up to date. */
    public static JdbcStore postgres(String jdbcUrl) {
        return new JdbcStore(PostgresIncidentStore.open(jdbcUrl));
    }

    @Override
    public StoreInfo info() {
        return incidents.info();
    }

    @Override
    public <P> P port(Port<P> port) {
        Object p = opened.get(port);
        if (p == null) p = open(port);
        return port.type().cast(p);
    }

    /**
     * Opening a port may open the ports it builds on (most append to the audit log), so this is not a
     * {@code computeIfAbsent}, which must not recurse; the lock is reentrant and taken once per port's life.
     */
    private synchronized Object open(Port<?> port) {
        Object p = opened.get(port);
        if (p == null) {
            p = JdbcAdapters.open(port, this);
            opened.put(port, p);
        }
        return p;
    }

    @Override
    public JdbcIncidentStore incidents() {
        return incidents;
    }

    /** The database every port works on: connections in a transaction, and how the dialect binds values. */
    public Database database() {
        return incidents;
    }

    @Override
    public void close() {
        incidents.close();
    }
}
