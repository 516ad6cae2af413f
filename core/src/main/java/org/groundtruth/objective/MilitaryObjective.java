package org.groundtruth.objective;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A known military objective: a site, position or line, valid for a period.
 *
 * @param id         layer id, 0 before it is stored
 * @param validFrom  first day it is known to exist, null when not known (always)
 * @param validTo    last day, null while still in use
 * @param party      who holds or uses it ("Russian military", "Syrian government"), may be null
 * @param source     where it is documented (publication, dataset, analyst), never blank
 */
public record MilitaryObjective(long id, String name, ObjectiveKind kind, ObjectiveGeometry geometry, LocalDate validFrom,
                                LocalDate validTo, String party, String source, String notes, Instant updatedAt) {
    public MilitaryObjective {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an objective needs a name");
        name = name.strip();
        Objects.requireNonNull(kind, "kind");
        if (geometry == null) throw new IllegalArgumentException("objective '" + name + "' has no geometry");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("objective '" + name + "' ends (" + validTo + ") before it starts (" + validFrom + ")");
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("objective '" + name + "' has no source");
        source = source.strip();
        party = party == null || party.isBlank() ? null : party.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** True when its validity overlaps the days {@code first..last}. */
    public boolean activeDuring(LocalDate first, LocalDate last) {
        return (validFrom == null || !last.isBefore(validFrom)) && (validTo == null || !first.isAfter(validTo));
    }

    public MilitaryObjective withId(long newId, Instant at) {
        return new MilitaryObjective(newId, name, kind, geometry, validFrom, validTo, party, source, notes, at);
    }

    /** "2015-09-30..open" */
    public String validity() {
        return (validFrom == null ? "always" : validFrom.toString()) + ".." + (validTo == null ? "open" : validTo.toString());
    }

    /** Parses WKT (longitude first), for importers and the API. */
    public static ObjectiveGeometry geometryOf(String wkt) {
        return ObjectiveGeometry.wkt(wkt);
    }
}
