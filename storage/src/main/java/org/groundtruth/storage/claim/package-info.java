/** The claims ledger over JDBC (claims, claim imports, responses, stored match candidates) on SQLite and PostgreSQL. */
package org.groundtruth.storage.claim;
