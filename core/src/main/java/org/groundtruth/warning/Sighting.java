package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.util.Objects;

/**
 * A spotter's observation as the ledger keeps it: the protected part (who, from which post, the exact position they
 * reported) beside the publishable {@link Observation}.
 *
 * @param id               the ledger's id, null before it is stored
 * @param observer         spotter and post: never published
 * @param reportedPosition the position as reported (or the post's), exact: never published; null when neither was known
 * @param observation      what may be published
 */
public record Sighting(String id, Observer observer, Coordinates reportedPosition, Observation observation) {
    public Sighting {
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(observation, "observation");
    }

    /** The same sighting, replayed in a drill or a demo (decision 0810). */
    public Sighting asExercise() {
        return new Sighting(id, observer, reportedPosition, observation.asExercise());
    }

    public Sighting withId(String newId) {
        return new Sighting(newId, observer, reportedPosition, observation);
    }

    @Override
    public String toString() {
        return "Sighting[" + (id == null ? "new" : id) + ", " + observation.count() + "x " + observation.aircraft().type() + " "
                + observation.event().code() + " at " + observation.observedAt() + (observation.exercise() ? ", exercise" : "") + "]";
    }
}
