package org.groundtruth.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause assembled from filters, with its parameters in order. */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Param> params = new ArrayList<>();

    public Where and(String clause, Param... clauseParams) {
        clauses.add(clause);
        params.addAll(List.of(clauseParams));
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from {@code first} on and returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Param p : params) p.bind(ps, i++);
        return i;
    }
}
