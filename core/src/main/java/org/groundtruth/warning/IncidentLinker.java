package org.groundtruth.warning;

import org.groundtruth.attribution.Party;
import org.groundtruth.place.Coordinates;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds whether an incident fell where and when an alert warned (decision 0803): within {@link #PLACE_KM} km (plus
 * the incident's own uncertainty) of a threatened place, and with its time window overlapping that place's ETA
 * window widened by {@link #SLACK} on both sides (reports round times to the quarter hour). The nearest such place
 * wins.
 */
public final class IncidentLinker {
    public static final double PLACE_KM = 5;
    public static final Duration SLACK = Duration.ofMinutes(15);

    private IncidentLinker() {
    }

    public static Optional<IncidentLink> link(Alert alert, Coordinates incident, double incidentRadiusKm, Instant from, Instant to) {
        return link(alert, alert.id(), incident, incidentRadiusKm, from, to);
    }

    /**
     * The same, the link naming the alert by {@code alertId}: a version replayed through another desk links under the
     * id the server published the alert with ({@link FlightEvidence}).
     */
    public static Optional<IncidentLink> link(Alert alert, String alertId, Coordinates incident, double incidentRadiusKm, Instant from, Instant to) {
        record Hit(Threat threat, double km) {
        }
        return alert.threats().stream()
                .filter(t -> !to.isBefore(t.earliest().minus(SLACK)) && !from.isAfter(t.latest().plus(SLACK)))
                .map(t -> new Hit(t, Geodesy.distanceKm(t.place().point(), incident)))
                .filter(h -> h.km() <= PLACE_KM + incidentRadiusKm)
                .min(Comparator.comparingDouble(Hit::km))
                .map(h -> {
                    var operators = IncidentLink.operatorsOf(alert.aircraft(), alert.base());
                    return new IncidentLink(alertId, h.threat(), h.km(), operators, explain(alert, alertId, h.threat(), operators));
                });
    }

    private static String explain(Alert alert, String alertId, Threat t, java.util.Set<Party> operators) {
        String seen = alert.count() + "× " + alert.aircraft().type() + (alert.base() == null ? "" : " from " + alert.base().name());
        return "alert " + alertId + " (" + seen + ") warned " + t.place().name() + " for " + t.earliest() + " to " + t.latest()
                + "; " + alert.aircraft().type() + " is flown here by " + labels(alert.aircraft().operators())
                + (alert.base() == null ? "" : "; " + alert.base().name() + " is used by " + labels(alert.base().operators()))
                + " → " + labels(operators);
    }

    private static String labels(java.util.Set<Party> parties) {
        return parties.stream().sorted().map(Party::label).collect(Collectors.joining(" or "));
    }

    /** Every alert that links, nearest first. */
    public static List<IncidentLink> links(List<Alert> alerts, Coordinates incident, double incidentRadiusKm, Instant from, Instant to) {
        return alerts.stream().map(a -> link(a, incident, incidentRadiusKm, from, to)).flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(IncidentLink::distanceKm)).toList();
    }
}
