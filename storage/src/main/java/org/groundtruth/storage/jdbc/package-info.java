/** What the SQL stores share: the incident ledger over JDBC, with the dialect differences left to subclasses. */
package org.groundtruth.storage.jdbc;
