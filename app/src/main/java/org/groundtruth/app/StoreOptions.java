package org.groundtruth.app;

import org.groundtruth.storage.files.OwnerOnly;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the store is: the embedded SQLite store in a data directory (the default), or PostgreSQL from
 * {@code --db} or the GROUNDTRUTH_DB environment variable. Shared by every command that touches the store.
 */
public final class StoreOptions {
    public static final String DB_ENV = "GROUNDTRUTH_DB";

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory of the embedded store (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("groundtruth-data");

    @Option(names = "--db", paramLabel = "URL", description = "PostgreSQL JDBC URL (jdbc:postgresql://...); default: $" + DB_ENV + " if set.")
    String dbUrl;

    @Option(names = "--evidence-dir", paramLabel = "DIR",
            description = "Where evidence files are kept, by SHA-256 (default: <data dir>/evidence, with either store).")
    Path evidenceDir;

    public StoreOptions() {
    }

    public StoreOptions(Path dataDir, String dbUrl) {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
    }

    /** The data directory: the embedded store's home, and where added gazetteer files are kept with either store. */
    public Path dataDir() {
        return dataDir;
    }

    /** The evidence files' directory: {@code --evidence-dir}, else {@code evidence} in the data directory (with SQLite and PostgreSQL alike). */
    public Path evidenceDir() {
        return evidenceDir != null ? evidenceDir : dataDir.resolve("evidence");
    }

    public Store open() {
        String url = dbUrl != null ? dbUrl : System.getenv(DB_ENV);
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new UserException("--db must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db), not '" + redact(url) + "'");
            }
            if (Files.isDirectory(dataDir)) ownerOnly(); // evidence and added gazetteers are kept there with either store
            try {
                return JdbcStore.postgres(url);
            } catch (RuntimeException e) {
                throw new UserException("cannot open PostgreSQL at " + redact(url) + ": " + rootMessage(e), e);
            }
        }
        try {
            ownerOnly();
            return JdbcStore.sqlite(dataDir);
        } catch (RuntimeException e) {
            throw new UserException("cannot open the data directory " + dataDir.toAbsolutePath() + ": " + rootMessage(e), e);
        }
    }

    /**
     * The data directory holds sealed identities, evidence and unpublished material: it is made owner-only (0700), and
     * one made by an older version, open to others, has the files Groundtruth keeps there tightened (decision 0611).
     */
    private void ownerOnly() {
        if (OwnerOnly.directory(dataDir)) {
            for (String kept : new String[] {"gazetteer", "demo-sources", "evidence"}) OwnerOnly.tree(dataDir.resolve(kept));
        }
    }

    /** Hides passwords in URLs shown to users or logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^/:@]+):([^@/]+)@", "//$1:***@");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
