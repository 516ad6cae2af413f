package org.groundtruth.storage.testimony;

import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.storage.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The testimony contract on PostgreSQL. The raw check reads every row of every table in the public schema as text
 * (bytea shown as hex and as escaped bytes), so a name stored anywhere in plain text would be found.
 */
class PostgresTestimonyLedgerTest extends TestimonyLedgerContract {
    private String url;

    @Override
    protected Store newStore() throws Exception {
        url = TestPostgres.newDatabase();
        return JdbcStore.postgres(url);
    }

    @Override
    protected Store reopen() {
        return JdbcStore.postgres(url);
    }

    @AfterEach
    void drop() {
        if (store != null) store.close();
        store = null;
        TestPostgres.dropDatabase(url);
    }

    @Override
    protected void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    protected boolean storedBytesContain(String text) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            String hex = java.util.HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM \"" + t + "\" t")) {
                    while (rs.next()) {
                        String row = rs.getString(1);
                        if (row.contains(text) || row.contains(hex)) return true;
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT convert_from(name_sealed, 'SQL_ASCII') FROM testimonies")) {
                    while (rs.next()) if (rs.getString(1) != null && rs.getString(1).contains(text)) return true;
                } catch (java.sql.SQLException notThatTable) {
                    // only testimonies has the column
                }
            }
        }
        return false;
    }
}
