/**
 * Evidence adapters: {@link org.groundtruth.storage.evidence.JdbcEvidenceLedger} (records, links, custody log on
 * SQLite and PostgreSQL) and {@link org.groundtruth.storage.evidence.FileBlobStore} (content-addressed files in a
 * directory, written to a temporary file, fsynced and moved into place).
 */
package org.groundtruth.storage.evidence;
