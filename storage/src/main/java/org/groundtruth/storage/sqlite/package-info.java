/** The embedded default store: one SQLite file in WAL mode, FTS5 for text and an R*Tree for space. */
package org.groundtruth.storage.sqlite;
