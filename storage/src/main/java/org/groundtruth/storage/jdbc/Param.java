package org.groundtruth.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One bound value of a statement built at run time; lets dialects bind dates their own way. */
@FunctionalInterface
public interface Param {
    void bind(PreparedStatement statement, int index) throws SQLException;
}
