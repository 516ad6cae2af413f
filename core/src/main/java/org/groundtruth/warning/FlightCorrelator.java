package org.groundtruth.warning;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * Which followed flight a new sighting is of, if any (decision 0801), so that several spotters seeing one flight
 * corroborate one alert instead of raising several. A sighting can only be of a flight of the same theatre and type
 * seen within the alert's lifetime, and an exercise's sighting only of an exercise's flight (decision 0810). Then:
 * <ul>
 *   <li>a take-off is the same flight as a take-off from the same base within
 *       {@link ProjectionModel#takeOffMergeMinutes};</li>
 *   <li>anything else must be reachable from the flight's last position at the type's top speed (plus both
 *       positions' uncertainty and the local radius), and, when the flight has a direction and the sighting does not
 *       end it, lie within its sector widened by the same allowance;</li>
 *   <li>among the flights it fits, the one whose predicted position (along its heading at the type's typical speed)
 *       is nearest wins; a landing or return prefers the flight that left from that base.</li>
 * </ul>
 */
public final class FlightCorrelator {
    private final ProjectionModel model;

    public FlightCorrelator(ProjectionModel model) {
        this.model = model;
    }

    Optional<Flight> match(Collection<Flight> flights, Observation o) {
        Flight best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Flight f : flights) {
            double score = score(f, o);
            if (score < bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far the sighting is from where the flight was expected, in km; infinite when it cannot be that flight. */
    double score(Flight f, Observation o) {
        if (!f.aircraft().equals(o.aircraft()) || f.exercise() != o.exercise()) return Double.POSITIVE_INFINITY;
        Duration sinceFirst = Duration.between(f.first().observedAt(), o.observedAt());
        Duration sinceLast = Duration.between(f.last().observedAt(), o.observedAt());
        if (sinceFirst.toSeconds() < -model.takeOffMergeMinutes() * 60 || sinceLast.toSeconds() > model.maxAlertMinutes() * 60) {
            return Double.POSITIVE_INFINITY;
        }
        if (o.event() == EventKind.TAKE_OFF) {
            boolean sameTakeOff = f.first().event() == EventKind.TAKE_OFF && o.base().equals(f.first().base())
                    && Math.abs(sinceFirst.toSeconds()) <= model.takeOffMergeMinutes() * 60;
            return sameTakeOff ? Math.abs(sinceFirst.toSeconds()) / 60.0 : Double.POSITIVE_INFINITY;
        }
        AircraftType type = o.aircraft();
        double hours = Math.abs(sinceLast.toMillis()) / 3_600_000.0;
        double allowanceKm = f.last().positionUncertaintyKm() + o.positionUncertaintyKm() + model.localThreatKm();
        Geodesy.Leg fromLast = Geodesy.leg(f.last().position(), o.position());
        if (fromLast.distanceKm() > type.speedMaxKmh() * hours * model.detourFactor() + allowanceKm) return Double.POSITIVE_INFINITY;
        Sector sector = f.estimate().sector();
        double expectedKm = Math.max(0, type.typicalSpeedKmh() * Duration.between(f.estimate().at(), o.observedAt()).toMillis() / 3_600_000.0);
        double score;
        if (sector.directional()) {
            Geodesy.Leg fromOrigin = Geodesy.leg(sector.origin(), o.position());
            double spreadDeg = Math.toDegrees(Math.atan2(allowanceKm, Math.max(fromOrigin.distanceKm(), 1e-3)));
            boolean inSector = fromOrigin.distanceKm() <= sector.nearKm() + allowanceKm
                    || Geodesy.angleBetween(fromOrigin.azimuthDeg(), sector.headingDeg()) <= sector.halfWidthAt(fromOrigin.distanceKm()) + spreadDeg;
            if (!inSector && !o.event().endsFlight()) return Double.POSITIVE_INFINITY;
            score = Geodesy.distanceKm(Geodesy.destination(sector.origin(), sector.headingDeg(), Math.min(expectedKm, sector.reachKm())), o.position());
        } else {
            score = fromLast.distanceKm();
        }
        if (o.event().endsFlight() && o.base() != null && o.base().equals(f.takeOffBase())) score -= 10_000;
        return score;
    }
}
