package org.groundtruth.warning;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The bases reference table, all theatres. Codes are unique. */
public record BaseTable(List<Base> rows) {
    public BaseTable {
        rows = rows == null ? List.of() : List.copyOf(rows);
        Set<String> codes = new HashSet<>();
        for (Base b : rows) {
            if (!codes.add(Names.key(b.code()))) throw new IllegalArgumentException("base table: code '" + b.code() + "' is used twice");
        }
    }

    /** The base of this theatre named by code or any of its names. */
    public Optional<Base> find(String theatre, String name) {
        for (Base b : rows) if (b.theatre().equalsIgnoreCase(theatre) && Names.key(b.code()).equals(Names.key(name))) return Optional.of(b);
        for (Base b : rows) if (b.theatre().equalsIgnoreCase(theatre) && b.isNamed(name)) return Optional.of(b);
        return Optional.empty();
    }

    public List<Base> ofTheatre(String theatre) {
        return rows.stream().filter(b -> b.theatre().equalsIgnoreCase(theatre)).toList();
    }
}
