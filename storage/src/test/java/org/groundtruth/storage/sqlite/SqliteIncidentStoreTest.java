package org.groundtruth.storage.sqlite;

import org.groundtruth.incident.IncidentStore;
import org.groundtruth.storage.IncidentStoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on a SQLite file in a fresh temporary directory. */
class SqliteIncidentStoreTest extends IncidentStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected IncidentStore newStore() {
        return SqliteIncidentStore.open(dataDir);
    }

    @Override
    protected IncidentStore reopen() {
        SqliteIncidentStore s = SqliteIncidentStore.open(dataDir);
        assertThat(s.integrityCheck()).isEqualTo("ok");
        return s;
    }

    @Override
    protected String childStoreArgument() {
        return dataDir.toString();
    }

    @Test
    void keepsOneFileInTheDataDirectoryInWalMode() {
        assertThat(Files.exists(dataDir.resolve("groundtruth.db"))).isTrue();
        assertThat(store.info().location()).isEqualTo(dataDir.resolve("groundtruth.db").toAbsolutePath().toString());
        assertThat(store.info().kind()).isEqualTo("sqlite");
        assertThat(store.info().spatialIndex()).isEqualTo("rtree");
        assertThat(Files.exists(dataDir.resolve("groundtruth.db-wal"))).isTrue();
    }

    @Test
    void reopeningRunsNoMigrationTwice() {
        String version = store.info().schemaVersion();
        store.close();
        store = SqliteIncidentStore.open(dataDir);
        assertThat(store.info().schemaVersion()).isEqualTo(version);
    }
}
