package org.groundtruth.warning;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Where one flight may go, from its observations (decision 0800), in this order of preference:
 * <ol>
 *   <li>circling or a strike: the disc of {@link ProjectionModel#localThreatKm} around it, now;</li>
 *   <li>a track: two positions at least {@link ProjectionModel#minTrackKm} apart give the heading (and a measured
 *       speed that narrows the type's band); the sector widens by the angle the positions' uncertainty allows;</li>
 *   <li>a stated heading (the latest one) from the last position, widened by how precisely it was given;</li>
 *   <li>an overflight without heading: the local disc;</li>
 *   <li>a take-off without heading: the whole disc the aircraft can reach.</li>
 * </ol>
 * The reach is what is left of the combat radius after the distance already flown from the base, and never more
 * than the aircraft can fly within the horizon.
 */
public final class FlightEstimator {
    private final ProjectionModel model;

    public FlightEstimator(ProjectionModel model) {
        this.model = model;
    }

    public FlightEstimate estimate(List<Observation> observations) {
        if (observations.isEmpty()) throw new IllegalArgumentException("a flight has at least one observation");
        List<Observation> byTime = observations.stream().sorted(Comparator.comparing(Observation::observedAt)).toList();
        Observation last = byTime.get(byTime.size() - 1);
        AircraftType type = last.aircraft();
        if (last.event().isLocalThreat()) {
            return new FlightEstimate(last.observedAt(), Sector.disc(last.position(), model.localThreatKm() + last.positionUncertaintyKm()),
                    type.speedMinKmh(), type.speedMaxKmh(), last.event() == EventKind.CIRCLING ? "circling" : "strike");
        }
        double reach = reach(byTime, last);
        FlightEstimate track = track(byTime, last, reach);
        if (track != null) return track;
        Observation headed = byTime.reversed().stream().filter(o -> o.heading() != null).findFirst().orElse(null);
        if (headed != null) {
            Sector s = new Sector(last.position(), headed.heading().degrees(), model.baseHalfWidthDeg() + headed.heading().uncertaintyDeg(),
                    model.growthDegPer100Km(), Math.max(model.maxHalfWidthDeg(), model.baseHalfWidthDeg() + headed.heading().uncertaintyDeg()),
                    last.positionUncertaintyKm(), reach);
            return new FlightEstimate(last.observedAt(), s, type.speedMinKmh(), type.speedMaxKmh(),
                    (headed.event() == EventKind.TAKE_OFF ? "take-off" : headed.event().code().replace('_', ' ')) + " with heading " + headed.heading().compassPoint());
        }
        if (last.event() == EventKind.TAKE_OFF) {
            return new FlightEstimate(last.observedAt(), Sector.disc(last.position(), reach), type.speedMinKmh(), type.speedMaxKmh(),
                    "take-off without heading");
        }
        return new FlightEstimate(last.observedAt(), Sector.disc(last.position(), model.localThreatKm() + last.positionUncertaintyKm()),
                type.speedMinKmh(), type.speedMaxKmh(), last.event().code().replace('_', ' ') + " without heading");
    }

    private double reach(List<Observation> byTime, Observation last) {
        AircraftType type = last.aircraft();
        Base base = byTime.stream().filter(o -> o.event() == EventKind.TAKE_OFF).map(Observation::base).findFirst().orElse(null);
        double flown = base == null ? 0 : Geodesy.distanceKm(base.point(), last.position());
        double remaining = Math.max(type.combatRadiusKm() - flown, model.localThreatKm());
        return Math.min(remaining, type.speedMaxKmh() * model.horizonMinutes() / 60.0);
    }

    /** The earliest position far enough from the last one, and the last one, give a heading and a speed. */
    private FlightEstimate track(List<Observation> byTime, Observation last, double reach) {
        for (Observation first : byTime) {
            if (!first.observedAt().isBefore(last.observedAt())) break;
            Geodesy.Leg leg = Geodesy.leg(first.position(), last.position());
            if (leg.distanceKm() < model.minTrackKm()) continue;
            double uncertaintyKm = first.positionUncertaintyKm() + last.positionUncertaintyKm();
            double spreadDeg = Math.toDegrees(Math.atan2(uncertaintyKm, leg.distanceKm()));
            double start = model.baseHalfWidthDeg() + spreadDeg;
            Sector s = new Sector(last.position(), leg.arrivalAzimuthDeg(), start, model.growthDegPer100Km(),
                    Math.max(model.maxHalfWidthDeg(), start), last.positionUncertaintyKm(), reach);
            AircraftType type = last.aircraft();
            double hours = Duration.between(first.observedAt(), last.observedAt()).toMillis() / 3_600_000.0;
            double measured = leg.distanceKm() / hours;
            double lo = Math.max(type.speedMinKmh(), measured / model.trackSpeedTolerance());
            double hi = Math.min(type.speedMaxKmh(), measured * model.trackSpeedTolerance());
            boolean narrowed = lo <= hi;
            long positions = byTime.stream().filter(o -> !o.observedAt().isBefore(first.observedAt())).count();
            return new FlightEstimate(last.observedAt(), s, narrowed ? lo : type.speedMinKmh(), narrowed ? hi : type.speedMaxKmh(),
                    "track of " + positions + " positions");
        }
        return null;
    }
}
