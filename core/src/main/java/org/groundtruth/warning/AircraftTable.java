package org.groundtruth.warning;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The aircraft reference table, all theatres. Refuses two rows of one theatre that answer to the same name. */
public record AircraftTable(List<AircraftType> rows) {
    public AircraftTable {
        rows = rows == null ? List.of() : List.copyOf(rows);
        java.util.Map<String, String> typeByName = new java.util.HashMap<>();
        for (AircraftType t : rows) {
            for (String name : Stream.concat(Stream.of(t.type()), t.aliases().stream()).toList()) {
                String key = t.theatre() + "/" + Names.key(name), other = typeByName.putIfAbsent(key, t.type());
                if (other != null && !other.equals(t.type())) {
                    throw new IllegalArgumentException("aircraft table: '" + name + "' names both " + other + " and " + t.type() + " in theatre " + t.theatre());
                }
            }
        }
    }

    public Optional<AircraftType> find(String theatre, String name) {
        for (AircraftType t : rows) if (t.theatre().equalsIgnoreCase(theatre) && t.isNamed(name)) return Optional.of(t);
        return Optional.empty();
    }

    public List<AircraftType> ofTheatre(String theatre) {
        return rows.stream().filter(t -> t.theatre().equalsIgnoreCase(theatre)).toList();
    }
}
