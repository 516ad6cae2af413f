package org.groundtruth.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where one flight may go, from its observations (decisions 0800, 0813), in this order of preference:
 * <ol>
 *   <li>circling or a strike: the disc of {@link ProjectionModel#localThreatKm} around it, now;</li>
 *   <li>a track: two positions at least {@link ProjectionModel#minTrackKm} apart give the heading, within
 *       {@link ProjectionModel#trackHalfWidthDeg} plus the angle the positions' uncertainty can turn it by, and a
 *       measured speed that narrows the type's band; a heading stated with the last position narrows it further;</li>
 *   <li>stated headings, from the last position: each within {@link ProjectionModel#baseHalfWidthDeg} plus its own
 *       precision, and those stated within {@link ProjectionModel#headingWindowMinutes} of the latest (several spotters
 *       of one take-off) narrow each other;</li>
 *   <li>an overflight without heading: the local disc;</li>
 *   <li>a take-off without heading: the whole disc the aircraft can reach.</li>
 * </ol>
 * Evidence about one moment is intersected ({@link BearingRange}); evidence that disagrees is covered whole instead.
 * The reach is what is left of the combat radius after the distance already flown from the base, and never more
 * than the aircraft can fly within the horizon.
 */
public final class FlightEstimator {
    private final ProjectionModel model;

    public FlightEstimator(ProjectionModel model) {
        this.model = model;
    }

    /** Stated headings, combined, and how they read ("NE", "NE and ENE"). */
    private record Stated(BearingRange range, Observation latest, String words) {
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
        Stated stated = stated(byTime);
        FlightEstimate track = track(byTime, last, reach, stated);
        if (track != null) return track;
        if (stated != null) {
            Observation headed = stated.latest();
            return new FlightEstimate(last.observedAt(), sector(last, stated.range(), reach), type.speedMinKmh(), type.speedMaxKmh(),
                    (headed.event() == EventKind.TAKE_OFF ? "take-off" : headed.event().code().replace('_', ' ')) + " with heading " + stated.words());
        }
        if (last.event() == EventKind.TAKE_OFF) {
            return new FlightEstimate(last.observedAt(), Sector.disc(last.position(), reach), type.speedMinKmh(), type.speedMaxKmh(),
                    "take-off without heading");
        }
        return new FlightEstimate(last.observedAt(), Sector.disc(last.position(), model.localThreatKm() + last.positionUncertaintyKm()),
                type.speedMinKmh(), type.speedMaxKmh(), last.event().code().replace('_', ' ') + " without heading");
    }

    private Sector sector(Observation from, BearingRange range, double reach) {
        return new Sector(from.position(), range.centreDeg(), range.halfDeg(), model.growthDegPer100Km(), Math.max(model.maxHalfWidthDeg(), range.halfDeg()),
                from.positionUncertaintyKm(), reach);
    }

    /** The headings stated within the window of the latest one, each widened by the model and its own precision, combined. */
    private Stated stated(List<Observation> byTime) {
        Observation latest = byTime.reversed().stream().filter(o -> o.heading() != null).findFirst().orElse(null);
        if (latest == null) return null;
        Instant since = latest.observedAt().minusMillis(Math.round(model.headingWindowMinutes() * 60_000));
        BearingRange range = null;
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (Observation o : byTime) {
            if (o.heading() == null || o.observedAt().isBefore(since)) continue;
            BearingRange r = new BearingRange(o.heading().degrees(), model.baseHalfWidthDeg() + o.heading().uncertaintyDeg());
            range = range == null ? r : range.combine(r);
            words.add(o.heading().compassPoint());
        }
        return new Stated(range, latest, String.join(" and ", words));
    }

    private double reach(List<Observation> byTime, Observation last) {
        AircraftType type = last.aircraft();
        Base base = byTime.stream().filter(o -> o.event() == EventKind.TAKE_OFF).map(Observation::base).findFirst().orElse(null);
        double flown = base == null ? 0 : Geodesy.distanceKm(base.point(), last.position());
        double remaining = Math.max(type.combatRadiusKm() - flown, model.localThreatKm());
        return Math.min(remaining, type.speedMaxKmh() * model.horizonMinutes() / 60.0);
    }

    /**
     * The earliest position far enough from the last one, and the last one, give a heading (within the angle their
     * uncertainty can turn it by, asin(uncertainty ÷ separation)) and a speed; headings stated with the last position
     * narrow it.
     */
    private FlightEstimate track(List<Observation> byTime, Observation last, double reach, Stated stated) {
        for (Observation first : byTime) {
            if (!first.observedAt().isBefore(last.observedAt())) break;
            if (first.position().equals(last.position())) continue; // the same base or cell: no track, and no geodesic to compute
            Geodesy.Leg leg = Geodesy.leg(first.position(), last.position());
            if (leg.distanceKm() < model.minTrackKm()) continue;
            double uncertaintyKm = first.positionUncertaintyKm() + last.positionUncertaintyKm();
            double spreadDeg = Math.toDegrees(Math.asin(Math.min(1, uncertaintyKm / leg.distanceKm())));
            BearingRange range = new BearingRange(leg.arrivalAzimuthDeg(), model.trackHalfWidthDeg() + spreadDeg);
            long positions = byTime.stream().filter(o -> !o.observedAt().isBefore(first.observedAt())).count();
            String basis = "track of " + positions + " positions";
            Instant since = last.observedAt().minusMillis(Math.round(model.headingWindowMinutes() * 60_000));
            if (stated != null && !stated.latest().observedAt().isBefore(since)) {
                range = range.combine(stated.range());
                basis += ", heading " + stated.words();
            }
            AircraftType type = last.aircraft();
            double hours = Duration.between(first.observedAt(), last.observedAt()).toMillis() / 3_600_000.0;
            double measured = leg.distanceKm() / hours;
            double lo = Math.max(type.speedMinKmh(), measured / model.trackSpeedTolerance());
            double hi = Math.min(type.speedMaxKmh(), measured * model.trackSpeedTolerance());
            boolean narrowed = lo <= hi;
            return new FlightEstimate(last.observedAt(), sector(last, range, reach), narrowed ? lo : type.speedMinKmh(), narrowed ? hi : type.speedMaxKmh(),
                    basis);
        }
        return null;
    }
}
