package org.groundtruth.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write half of a start-up backfill (public ids, event kinds): one UPDATE per row, sent in batches, all in one
 * transaction, so that a start killed halfway leaves the rows as they were and the next start tries again.
 */
final class Backfill {
    private static final int BATCH = 5_000;

    /** Binds one row's values to the UPDATE. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private Backfill() {
    }

    static <T> void update(Connection c, String sql, Iterable<T> rows, Binder<T> binder) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++n % BATCH == 0) ps.executeBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
