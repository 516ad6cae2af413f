/** The server store: PostgreSQL with PostGIS (GiST) where available, tsvector full text, HikariCP connections. */
package org.groundtruth.storage.postgres;
