package org.groundtruth.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a feature's JDBC store (claims, evidence, accounts, ...) needs from the database the incident store opened:
 * connections in a transaction, and how this dialect binds and reads dates and instants. Feature stores take a
 * {@code Database} instead of growing {@link JdbcIncidentStore}; their tables come from the same Flyway migrations.
 */
public interface Database {

    /** "sqlite" or "postgresql". */
    String kind();

    /** Runs {@code work} on a connection in auto-commit mode (reads). */
    <T> T read(String doing, Work<T> work);

    /** Runs {@code work} in one transaction: all of it is stored, or on any failure none of it. */
    <T> T write(String doing, Work<T> work);

    void bindDate(PreparedStatement ps, int i, LocalDate date) throws SQLException;

    default LocalDate readDate(ResultSet rs, String column) throws SQLException {
        return readDate(rs, rs.findColumn(column));
    }

    /** By position: a page of rows reads each column by the position found once, not by name per row (decision 0422). */
    LocalDate readDate(ResultSet rs, int column) throws SQLException;

    void bindTime(PreparedStatement ps, int i, LocalTime time) throws SQLException;

    default LocalTime readTime(ResultSet rs, String column) throws SQLException {
        return readTime(rs, rs.findColumn(column));
    }

    LocalTime readTime(ResultSet rs, int column) throws SQLException;

    void bindInstant(PreparedStatement ps, int i, Instant instant) throws SQLException;

    default Instant readInstant(ResultSet rs, String column) throws SQLException {
        return readInstant(rs, rs.findColumn(column));
    }

    Instant readInstant(ResultSet rs, int column) throws SQLException;

    /** Work done on a connection; {@code doing} names it in the error when it fails. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
