package org.groundtruth.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.SearchResult;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

/**
 * The back-test over a store's own sightings and incidents ({@code warning backtest}, decision 0811). The sightings
 * logged in a period are given again, in the order and at the times the server received them, to a fresh
 * {@link AlertDesk} (so that another projection model can be tried on the same sightings), and every version of
 * every alert it publishes is kept; the store's placed incidents with a clock time (an exact time, or a part of the
 * day) and a place at least as precise as a town, that began from the first sighting to
 * {@link ProjectionModel#maxAlertMinutes} after the last, are the strikes;
 * {@link Backtest} scores them. Live sightings and exercises (drills, the demo) are scored apart, never together.
 */
public final class LedgerBacktest {
    /** Before this, or after {@link #END}, no sighting can have been logged: the whole ledger. */
    private static final Instant START = Instant.parse("1900-01-01T00:00:00Z"), END = Instant.parse("2100-01-01T00:00:00Z");

    /**
     * @param report    the scores
     * @param sightings how many sightings were given to the desk
     * @param from      the period's start (the first sighting's observation, when not given)
     * @param to        its end (exclusive)
     * @param strikes   the incidents scored, as strikes (id: the incident's public id)
     */
    public record Result(Backtest.Report report, int sightings, Instant from, Instant to, List<Backtest.Strike> strikes) {
    }

    private LedgerBacktest() {
    }

    /**
     * @param from      sightings observed from this instant, or null for the first logged
     * @param to        up to this one (exclusive), or null for the last logged
     * @param exercises true to score the exercises' sightings (drills, the demo), false the live ones
     */
    public static Result run(SightingLedger ledger, IncidentStore incidents, AircraftTable aircraft, BaseTable bases, Projector projector,
                             Instant from, Instant to, boolean exercises) {
        List<LoggedSighting> logged = ledger.loggedBetween(from == null ? START : from, to == null ? END : to, aircraft, bases).stream()
                .filter(l -> l.sighting().observation().exercise() == exercises).toList();
        if (logged.isEmpty()) return new Result(Backtest.run(List.of(), List.of()), 0, from, to, List.of());
        Instant first = from != null ? from : logged.stream().map(l -> l.sighting().observation().observedAt()).min(Instant::compareTo).orElseThrow();
        Instant last = logged.stream().map(LoggedSighting::receivedAt).max(Instant::compareTo).orElseThrow();
        Instant end = to != null ? to : last.plusMillis(1);
        AtomicInteger ids = new AtomicInteger();
        AlertDesk desk = new AlertDesk(projector, () -> "backtest-" + ids.incrementAndGet());
        List<Alert> versions = new ArrayList<>();
        for (LoggedSighting l : logged) {
            for (AlertChange c : desk.receive(l.sighting(), l.receivedAt())) {
                if (c.kind() == AlertChange.Kind.ISSUED || c.kind() == AlertChange.Kind.UPDATED || c.kind() == AlertChange.Kind.RAISED) versions.add(c.alert());
            }
        }
        Instant strikesUntil = last.plus(Duration.ofSeconds(Math.round(projector.model().maxAlertMinutes() * 60)));
        List<Backtest.Strike> strikes = strikes(incidents, first, strikesUntil);
        return new Result(Backtest.run(versions, strikes), logged.size(), first, end, strikes);
    }

    /** Placed incidents with a clock time that began in [from, to], each as a strike: its window, its point and uncertainty. */
    static List<Backtest.Strike> strikes(IncidentStore incidents, Instant from, Instant to) {
        LocalDate firstDay = from.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1), lastDay = to.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        IncidentQuery query = IncidentQuery.all().withPeriod(firstDay, lastDay).withPlaced(true);
        List<Backtest.Strike> out = new ArrayList<>();
        for (long offset = 0; ; offset += IncidentQuery.MAX_LIMIT) {
            SearchResult page = incidents.search(query.page(IncidentQuery.MAX_LIMIT, offset));
            for (Incident i : page.items()) {
                Backtest.Strike s = strike(i);
                if (s != null && !s.from().isBefore(from) && !s.from().isAfter(to)) out.add(s);
            }
            if (page.items().size() < IncidentQuery.MAX_LIMIT) return out;
        }
    }

    /**
     * Incidents placed less precisely than this (a district, a governorate) are not scored: they would fall "at" any
     * warned place of their district, and say nothing of whether a town was warned.
     */
    public static final double MAX_STRIKE_RADIUS_KM = 10;

    /** The incident as a strike, or null when it has no clock time, or no place as precise as a town. */
    static Backtest.Strike strike(Incident i) {
        IncidentDate d = i.facts().date();
        Location where = i.facts().location();
        if (d == null || where == null || !where.isPlaced() || where.effectiveRadiusMetres() / 1000.0 > MAX_STRIKE_RADIUS_KM) return null;
        Instant at = d.instantUtc();
        Instant[] window = at != null ? new Instant[]{at, at} : d.partOfDayUtc();
        if (window == null) return null;
        return new Backtest.Strike(i.publicId() != null ? i.publicId() : Long.toString(i.id()), where.point(), where.effectiveRadiusMetres() / 1000.0, window[0], window[1]);
    }
}
