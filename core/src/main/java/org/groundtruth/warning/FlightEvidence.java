package org.groundtruth.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.groundtruth.incident.Incident;

/**
 * Sightings as evidence of who struck (decision 0814). The live sightings logged in the {@link #LOOKBACK} before an
 * incident are given again, at the times the server received them, to a fresh {@link AlertDesk}, as the back-test
 * does; every version of every alert it publishes is checked with {@link IncidentLinker}, because a flight's later
 * sightings move its sector and drop places an earlier version warned, and the alerts ledger keeps only the last.
 * Each link carries the id the alert was published under (from the sightings' own record of where they went), so
 * the incident page points at the alert the public saw. Exercises (drills, the demo) are never evidence.
 * <p>
 * The incident must have a clock time (an exact time or a part of the day) and a place at least as precise as a
 * town ({@link LedgerBacktest#strike}): a day or a district says nothing about whether a flight reached it.
 */
public final class FlightEvidence implements IncidentSightings {
    /** How long before an incident a flight's first sighting may have been: the longest a followed flight is kept alive. */
    static final Duration LOOKBACK = Duration.ofHours(3);

    private final SightingLedger ledger;
    private final AircraftTable aircraft;
    private final BaseTable bases;
    private final Projector projector;
    /** Replays already made, by what they were made of: a page read again costs one query, not a projection per sighting. */
    private final Map<List<Object>, List<IncidentLink>> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, List<IncidentLink>> eldest) {
            return size() > 1_000;
        }
    };

    public FlightEvidence(SightingLedger ledger, AircraftTable aircraft, BaseTable bases, Projector projector) {
        this.ledger = ledger;
        this.aircraft = aircraft;
        this.bases = bases;
        this.projector = projector;
    }

    @Override
    public List<IncidentLink> linksFor(Incident incident) {
        Backtest.Strike strike = LedgerBacktest.strike(incident);
        if (strike == null) return List.of();
        List<LoggedSighting> logged = ledger.loggedBetween(strike.from().minus(LOOKBACK), strike.to().plusMillis(1), aircraft, bases)
                .stream().filter(l -> !l.sighting().observation().exercise()).toList();
        if (logged.isEmpty()) return List.of();
        List<Object> key = new ArrayList<>(List.of(strike.point(), strike.radiusKm(), strike.from(), strike.to()));
        logged.forEach(l -> {
            key.add(l.sighting().id());
            key.add(String.valueOf(l.alertId()));
        });
        synchronized (recent) {
            List<IncidentLink> known = recent.get(key);
            if (known != null) return known;
        }
        List<IncidentLink> links = replay(strike, logged);
        synchronized (recent) {
            recent.put(List.copyOf(key), links);
        }
        return links;
    }

    private List<IncidentLink> replay(Backtest.Strike strike, List<LoggedSighting> logged) {
        AtomicInteger ids = new AtomicInteger();
        AlertDesk desk = new AlertDesk(projector, () -> "evidence-" + ids.incrementAndGet());
        Map<String, String> publishedAs = new LinkedHashMap<>(); // the desk's id -> the id the server published it under
        record Version(Alert alert, double km) {
        }
        Map<String, Version> nearest = new LinkedHashMap<>(); // by the desk's id: the version whose warned place is nearest
        for (LoggedSighting l : logged) {
            for (AlertChange c : desk.receive(l.sighting(), l.receivedAt())) {
                if (!isPublishedVersion(c.kind())) continue;
                String deskId = c.alert().id();
                if (l.alertId() != null) publishedAs.putIfAbsent(deskId, l.alertId());
                IncidentLinker.link(c.alert(), strike.point(), strike.radiusKm(), strike.from(), strike.to())
                        .ifPresent(link -> nearest.merge(deskId, new Version(c.alert(), link.distanceKm()), (a, b) -> b.km() < a.km() ? b : a));
            }
        }
        List<IncidentLink> out = new ArrayList<>();
        nearest.forEach((deskId, version) -> {
            String published = publishedAs.get(deskId); // a flight the server never alerted on is no alert to point at
            if (published != null) IncidentLinker.link(version.alert(), published, strike.point(), strike.radiusKm(), strike.from(), strike.to()).ifPresent(out::add);
        });
        out.sort(Comparator.comparingDouble(IncidentLink::distanceKm).thenComparing(IncidentLink::alertId));
        return List.copyOf(out);
    }

    private static boolean isPublishedVersion(AlertChange.Kind kind) {
        return kind == AlertChange.Kind.ISSUED || kind == AlertChange.Kind.UPDATED || kind == AlertChange.Kind.RAISED;
    }
}
