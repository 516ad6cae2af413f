package org.groundtruth.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One flight as the {@link AlertDesk} follows it: its observations, who corroborated it (pseudonyms, only ever
 * counted), its current estimate and alert. Mutable, owned by one desk.
 */
final class Flight {
    final String alertId;
    final Instant issuedAt;
    private final List<Observation> observations = new ArrayList<>();
    private final Set<String> spotters = new HashSet<>();
    private FlightEstimate estimate;
    private Alert alert;

    Flight(String alertId, Instant issuedAt) {
        this.alertId = alertId;
        this.issuedAt = issuedAt;
    }

    void add(Sighting s) {
        observations.add(s.observation());
        observations.sort(Comparator.comparing(Observation::observedAt));
        spotters.add(s.observer().spotter());
    }

    List<Observation> observations() {
        return List.copyOf(observations);
    }

    Observation first() {
        return observations.get(0);
    }

    Observation last() {
        return observations.get(observations.size() - 1);
    }

    AircraftType aircraft() {
        return first().aircraft();
    }

    /** Whether the flight is a drill's or a demo's (its sightings are all exercises: the correlator never mixes them). */
    boolean exercise() {
        return first().exercise();
    }

    /** The base of the flight's take-off, when one was seen. */
    Base takeOffBase() {
        return observations.stream().filter(o -> o.event() == EventKind.TAKE_OFF).map(Observation::base).findFirst().orElse(null);
    }

    int spotterCount() {
        return spotters.size();
    }

    int sightingCount() {
        return observations.size();
    }

    int maxCount() {
        return observations.stream().mapToInt(Observation::count).max().orElse(1);
    }

    FlightEstimate estimate() {
        return estimate;
    }

    Alert alert() {
        return alert;
    }

    void set(FlightEstimate estimate, Alert alert) {
        this.estimate = estimate;
        this.alert = alert;
    }
}
