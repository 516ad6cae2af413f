package org.groundtruth.storage.jdbc;

import java.sql.SQLException;

/** Hands out primary keys during a write, so that rows can be batched without reading generated keys back. */
@FunctionalInterface
public interface IdAllocator {
    long next() throws SQLException;
}
