package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.time.Instant;
import java.util.Objects;

/**
 * The publishable part of a sighting: what was seen, when, and a position that may be shown.
 *
 * @param observedAt when the spotter saw it
 * @param aircraft   the type, from the reference table (its theatre is the sighting's)
 * @param count      how many aircraft, 1 to 50
 * @param event      what they did
 * @param base       the base they took off from or landed at, when known; required for a take-off
 * @param heading    the direction they flew, when seen; null otherwise
 * @param position   where the aircraft were: the base for a take-off or landing there, else the reported position or
 *                   the post, snapped by {@link CoarsePosition}; never a spotter's exact post
 * @param exercise   true for a sighting replayed in a drill or a demo (decision 0810), never a live observation: it
 *                   joins only exercise flights, and their alerts say they are an exercise
 */
public record Observation(Instant observedAt, AircraftType aircraft, int count, EventKind event, Base base, Heading heading,
                          Coordinates position, boolean exercise) {
    public static final int MAX_COUNT = 50;

    public Observation {
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(aircraft, "aircraft");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(position, "position");
        if (count < 1 || count > MAX_COUNT) throw new IllegalArgumentException("count " + count + " is not 1 to " + MAX_COUNT);
        if (event == EventKind.TAKE_OFF && base == null) throw new IllegalArgumentException("a take-off names its base");
        if (base != null && !base.theatre().equals(aircraft.theatre())) {
            throw new IllegalArgumentException("base " + base.code() + " is in theatre " + base.theatre() + ", the aircraft's row in " + aircraft.theatre());
        }
    }

    /** A live observation. */
    public Observation(Instant observedAt, AircraftType aircraft, int count, EventKind event, Base base, Heading heading, Coordinates position) {
        this(observedAt, aircraft, count, event, base, heading, position, false);
    }

    /** The same observation, replayed in a drill or a demo. */
    public Observation asExercise() {
        return new Observation(observedAt, aircraft, count, event, base, heading, position, true);
    }

    public String theatre() {
        return aircraft.theatre();
    }

    /** True when the position is a base's (public, exact) rather than a snapped one. */
    public boolean atBase() {
        return base != null && position.equals(base.point());
    }

    /** How far the true position may lie from {@link #position}: 0 at a base, the snapping otherwise. */
    public double positionUncertaintyKm() {
        return atBase() ? 0 : CoarsePosition.UNCERTAINTY_KM;
    }
}
