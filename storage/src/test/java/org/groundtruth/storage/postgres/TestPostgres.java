package org.groundtruth.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests use: the one named by {@code GROUNDTRUTH_TEST_PG_URL} when set, else an embedded
 * PostgreSQL started once per JVM. Every test gets a database of its own, copied from a template in which PostGIS
 * was created where the server has it (creating it once is much faster than once per test).
 */
public final class TestPostgres {
    static final String ENV = "GROUNDTRUTH_TEST_PG_URL";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());
    private static String adminUrl;
    private static String template;
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** A JDBC URL of a new, empty database. */
    public static synchronized String newDatabase() throws SQLException {
        if (adminUrl == null) start();
        String name = "gt_test_" + RUN + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        return urlOf(name);
    }

    public static synchronized void dropDatabase(String url) {
        String name = databaseOf(url);
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    public static String describe() {
        return embedded != null ? "embedded PostgreSQL" : "server from " + ENV;
    }

    private static void start() throws SQLException {
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            adminUrl = fromEnv;
        } else {
            try {
                embedded = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start an embedded PostgreSQL (set " + ENV + " to use a server)", e);
            }
            adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        template = "gt_template_" + RUN;
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + template);
            s.execute("CREATE DATABASE " + template);
        }
        try (Connection c = DriverManager.getConnection(urlOf(template)); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException noPostgis) {
            // fine: the store falls back to btree lat/lon, and PostGIS-only tests skip
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (embedded != null) return;
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + template + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // left for the next run's DROP ... IF EXISTS
            }
        }));
    }

    /** The admin URL with its database replaced. */
    static String urlOf(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static String databaseOf(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }
}
