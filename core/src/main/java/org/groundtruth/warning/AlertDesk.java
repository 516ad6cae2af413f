package org.groundtruth.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The alert lifecycle (decision 0801): one alert per flight. A sighting that {@link FlightCorrelator} ties to a
 * followed flight updates that flight's alert (re-projected, its level raised when corroborated); any other
 * sighting issues a new one. A landing or return to base cancels the flight's alert; an alert whose
 * {@code expiresAt} passes with no new sighting expires. Level: urgent when aircraft circle or strike, or when two
 * or more spotters saw a flight with a known direction; watch when the direction is known or two spotters saw it;
 * info otherwise; it never falls while the alert lives.
 * <p>
 * Expiry: the latest ETA of the places warned, but no sooner than {@link ProjectionModel#minAlertMinutes} and no
 * later than {@link ProjectionModel#maxAlertMinutes} after the last sighting.
 * <p>
 * After a restart, {@link #restore} gives the desk back the flights whose alerts were still active (decision 0809),
 * so that a new sighting of one of them corroborates its alert instead of issuing another, and it still expires.
 * <p>
 * Not thread-safe: one desk belongs to one caller, which serialises sightings and the clock's ticks.
 */
public final class AlertDesk {
    private final Projector projector;
    private final ProjectionModel model;
    private final FlightEstimator estimator;
    private final FlightCorrelator correlator;
    private final Supplier<String> newAlertId;
    private final Map<String, Flight> active = new LinkedHashMap<>();

    public AlertDesk(Projector projector, Supplier<String> newAlertId) {
        this.projector = projector;
        this.model = projector.model();
        this.estimator = new FlightEstimator(model);
        this.correlator = new FlightCorrelator(model);
        this.newAlertId = newAlertId;
    }

    /** What this sighting changes; alerts whose time ran out by {@code now} are expired first and reported too. */
    public List<AlertChange> receive(Sighting sighting, Instant now) {
        List<AlertChange> changes = new ArrayList<>(expire(now));
        Observation o = sighting.observation();
        Optional<Flight> match = correlator.match(active.values(), o);
        if (o.event().endsFlight()) {
            if (match.isEmpty()) {
                changes.add(AlertChange.ignored(o.event().code() + " matched no followed flight"));
            } else {
                Flight f = match.get();
                f.add(sighting);
                active.remove(f.alertId);
                Alert a = alert(f, AlertState.CANCELLED, f.alert().level(), f.estimate(), List.of(), now, now);
                f.set(f.estimate(), a);
                changes.add(new AlertChange(AlertChange.Kind.CANCELLED, a, o.event().code()));
            }
            return changes;
        }
        Flight f = match.orElseGet(() -> new Flight(newAlertId.get(), now));
        AlertLevel before = f.alert() == null ? null : f.alert().level();
        f.add(sighting);
        FlightEstimate estimate = estimator.estimate(f.observations());
        List<Threat> threats = projector.project(estimate);
        AlertLevel level = level(f, estimate);
        if (before != null) level = level.atLeast(before);
        Instant expires = expiry(f.last().observedAt(), threats);
        if (!expires.isAfter(now)) {
            changes.add(AlertChange.ignored("seen at " + o.observedAt() + ", too long ago to warn"));
            return changes;
        }
        Alert a = alert(f, AlertState.ACTIVE, level, estimate, threats, now, expires);
        f.set(estimate, a);
        active.put(f.alertId, f);
        AlertChange.Kind kind = before == null ? AlertChange.Kind.ISSUED : level.compareTo(before) > 0 ? AlertChange.Kind.RAISED : AlertChange.Kind.UPDATED;
        changes.add(new AlertChange(kind, a, estimate.basis()));
        return changes;
    }

    /**
     * Follows again a flight whose alert an earlier run issued and left active (decision 0809): its sightings are applied
     * in order of observation and the flight re-estimated and re-projected as the earlier run did, keeping the alert's id,
     * issue time, last update and level (a level never falls while the alert lives). Announces nothing: the alert was
     * published then. An alert whose time ran out while the server was down is followed too, and {@link #expire}
     * expires it at the next tick, so that subscribers hear of it.
     *
     * @param issued    the alert as stored: id, level, issued and updated times
     * @param sightings the sightings that went to it, at least one
     * @return the alert as this desk now follows it
     * @throws IllegalArgumentException when no sighting is given or the desk already follows that alert
     */
    public Alert restore(StoredAlert issued, List<Sighting> sightings) {
        if (sightings.isEmpty()) throw new IllegalArgumentException("alert " + issued.id() + ": no sighting to restore it from");
        if (active.containsKey(issued.id())) throw new IllegalArgumentException("alert " + issued.id() + " is already followed");
        Flight f = new Flight(issued.id(), issued.issuedAt());
        sightings.forEach(f::add);
        FlightEstimate estimate = estimator.estimate(f.observations());
        List<Threat> threats = projector.project(estimate);
        AlertLevel level = level(f, estimate).atLeast(issued.level());
        Alert a = alert(f, AlertState.ACTIVE, level, estimate, threats, issued.updatedAt(), expiry(f.last().observedAt(), threats));
        f.set(estimate, a);
        active.put(f.alertId, f);
        return a;
    }

    /** Expires every alert whose time has run out by {@code now}. */
    public List<AlertChange> expire(Instant now) {
        List<AlertChange> out = new ArrayList<>();
        for (Flight f : List.copyOf(active.values())) {
            if (f.alert().expiresAt().isAfter(now)) continue;
            active.remove(f.alertId);
            Alert a = alert(f, AlertState.EXPIRED, f.alert().level(), f.estimate(), List.of(), now, f.alert().expiresAt());
            f.set(f.estimate(), a);
            out.add(new AlertChange(AlertChange.Kind.EXPIRED, a, "no sighting refreshed it"));
        }
        return out;
    }

    /** The active alerts, most pressing first, then earliest arrival. */
    public List<Alert> active() {
        return active.values().stream().map(Flight::alert)
                .sorted(Comparator.comparing(Alert::level).reversed().thenComparing(a -> a.earliestEta().orElse(Instant.MAX))).toList();
    }

    private AlertLevel level(Flight f, FlightEstimate estimate) {
        boolean directional = estimate.sector().directional();
        boolean corroborated = f.spotterCount() >= 2;
        if (f.last().event().isLocalThreat() || corroborated && directional) return AlertLevel.URGENT;
        if (directional || corroborated) return AlertLevel.WATCH;
        return AlertLevel.INFO;
    }

    private Instant expiry(Instant lastSeen, List<Threat> threats) {
        Instant min = lastSeen.plus(minutes(model.minAlertMinutes())), max = lastSeen.plus(minutes(model.maxAlertMinutes()));
        Instant latest = threats.stream().map(Threat::latest).max(Instant::compareTo).orElse(min);
        return latest.isBefore(min) ? min : latest.isAfter(max) ? max : latest;
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }

    private Alert alert(Flight f, AlertState state, AlertLevel level, FlightEstimate estimate, List<Threat> threats, Instant updatedAt, Instant expiresAt) {
        Observation last = f.last();
        Base base = last.base() != null ? last.base() : f.takeOffBase();
        Double heading = estimate.sector().directional() ? estimate.sector().headingDeg() : null;
        return new Alert(f.alertId, level, state, f.aircraft(), f.maxCount(), last.event(), base, heading, estimate.basis(), threats,
                estimate.sector().outline(), f.issuedAt, updatedAt, expiresAt, f.spotterCount(), f.sightingCount(),
                AlertTexts.of(state, level, f.aircraft(), f.maxCount(), last.event(), base, heading, last.observedAt(), threats, f.exercise()), f.exercise());
    }
}
