/**
 * The testimony ledger on SQLite and PostgreSQL ({@link org.groundtruth.storage.testimony.JdbcTestimonyLedger}):
 * statements in {@code testimonies}, identities only as sealed envelopes, key check values in {@code testimony_keys}.
 */
package org.groundtruth.storage.testimony;
