/** The merge workflow on JDBC (SQLite and PostgreSQL): proposals, review queue, apply, undo, reject/split. */
package org.groundtruth.storage.merging;
