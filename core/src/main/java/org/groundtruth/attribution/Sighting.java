package org.groundtruth.attribution;

import java.util.Objects;

/** A spotter's observation tied to the incident (aircraft seen taking off from a base, heading to the area). */
public record Sighting(Party operator, String description) {
    public Sighting {
        Objects.requireNonNull(operator, "operator");
        if (description == null || description.isBlank()) throw new IllegalArgumentException("a sighting needs a description");
    }
}
