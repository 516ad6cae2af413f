package org.groundtruth.warning;

import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.Sighting;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An alert's flight tied to an incident: the incident happened at a place the alert warned, inside its ETA window.
 * Offered to attribution as evidence ({@link #asAttributionEvidence}): the aircraft type names the forces that fly
 * it, the base the forces that fly from it; where both are known, only the forces both name.
 *
 * @param alertId     the alert
 * @param threat      the warned place and its ETA window the incident fell in
 * @param distanceKm  from the incident to that place
 * @param operators   who the sighting points at
 * @param explanation in words, for the incident page
 */
public record IncidentLink(String alertId, Threat threat, double distanceKm, Set<Party> operators, String explanation) {
    public IncidentLink {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(threat, "threat");
        operators = java.util.Collections.unmodifiableSet(EnumSet.copyOf(operators));
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The parties a flight points at: the type's operators, narrowed to the base's when that leaves any. */
    public static Set<Party> operatorsOf(AircraftType aircraft, Base base) {
        EnumSet<Party> out = EnumSet.copyOf(aircraft.operators());
        if (base != null) {
            EnumSet<Party> both = EnumSet.copyOf(out);
            both.retainAll(base.operators());
            if (!both.isEmpty()) return both;
        }
        return out;
    }

    /** One attribution sighting per party pointed at (two parties pointed at equally favour neither over the other). */
    public List<Sighting> asAttributionEvidence() {
        return operators.stream().sorted().map(p -> new Sighting(p, explanation)).toList();
    }
}
