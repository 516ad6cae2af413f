/**
 * JDBC implementations of the accounts, audit and review ports over a {@link org.groundtruth.storage.jdbc.Database}:
 * the same SQL on SQLite and PostgreSQL, tables from the V7 (SQLite) and V8 (PostgreSQL) migrations.
 */
package org.groundtruth.storage.account;
