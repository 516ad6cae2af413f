package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How alerts fared against incidents with a clock time: how many incidents fell at a warned place inside its ETA
 * window ({@link IncidentLinker}) with the warning published before the strike (recall), the lead time they had, how
 * many alerts were followed by an incident (precision, by alert), and how many places each alert warned (the cost of
 * crying wolf). {@link LedgerBacktest} feeds it from a store.
 */
public final class Backtest {
    private Backtest() {
    }

    /** An incident as the back-test reads it: where (with its uncertainty) and when (a window of instants). */
    public record Strike(String id, Coordinates point, double radiusKm, Instant from, Instant to) {
        public Strike {
            Objects.requireNonNull(point, "point");
            if (to.isBefore(from)) throw new IllegalArgumentException("strike " + id + " ends before it starts");
        }
    }

    /**
     * @param strikes          incidents read
     * @param warned           of them, how many fell at a warned place inside its window, warned before the strike
     * @param leadMinutes      the lead time of each warned strike (strike start − alert issued), sorted
     * @param alerts           alerts issued
     * @param alertsWithStrike of them, how many had a strike at a place they warned
     * @param placesPerAlert   the number of places each alert warned (any of its versions), sorted
     * @param warnedStrikes    the ids of the strikes warned, in the order given
     * @param placesLastAlert  the number of places each alert's last version named, sorted (what people were last told)
     */
    public record Report(int strikes, int warned, List<Double> leadMinutes, int alerts, int alertsWithStrike, List<Integer> placesPerAlert,
                         List<String> warnedStrikes, List<Integer> placesLastAlert) {
        public double medianLeadMinutes() {
            return leadMinutes.isEmpty() ? Double.NaN : median(leadMinutes.stream().mapToDouble(Double::doubleValue).toArray());
        }

        public double shareWithFiveMinutes() {
            return leadMinutes.isEmpty() ? Double.NaN : leadMinutes.stream().filter(m -> m >= 5).count() / (double) leadMinutes.size();
        }

        public double medianPlacesLastAlert() {
            return placesLastAlert.isEmpty() ? Double.NaN : median(placesLastAlert.stream().mapToDouble(Integer::doubleValue).toArray());
        }

        public double medianPlacesPerAlert() {
            return placesPerAlert.isEmpty() ? Double.NaN : median(placesPerAlert.stream().mapToDouble(Integer::doubleValue).toArray());
        }

        /** Share of strikes warned in time (recall). */
        public double recall() {
            return strikes == 0 ? Double.NaN : warned / (double) strikes;
        }

        /** Share of alerts followed by a strike at a place they warned (precision, by alert). */
        public double precision() {
            return alerts == 0 ? Double.NaN : alertsWithStrike / (double) alerts;
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /**
     * Scores alerts against strikes. {@code alerts} holds every version of each alert published while it was active
     * (issued, updated, raised: the same id more than once, each with its {@code updatedAt}, the moment it was
     * published). A strike is warned when a version published before the strike named a place within
     * {@link IncidentLinker#PLACE_KM} (plus the strike's own uncertainty) inside that place's ETA window; its lead time
     * is from the earliest such version. An alert's places are every place any of its versions named.
     */
    public static Report run(List<Alert> alerts, List<Strike> strikes) {
        List<Double> leads = new ArrayList<>();
        List<String> warnedIds = new ArrayList<>();
        Set<String> alertsHit = new HashSet<>();
        int warned = 0;
        for (Strike s : strikes) {
            double best = Double.NEGATIVE_INFINITY;
            for (Alert a : alerts) {
                if (a.updatedAt().isAfter(s.from())) continue;
                if (IncidentLinker.link(a, s.point(), s.radiusKm(), s.from(), s.to()).isEmpty()) continue;
                alertsHit.add(a.id());
                best = Math.max(best, Duration.between(a.updatedAt(), s.from()).toMillis() / 60_000.0);
            }
            if (best > Double.NEGATIVE_INFINITY) {
                warned++;
                leads.add(best);
                warnedIds.add(s.id());
            }
        }
        leads.sort(null);
        Map<String, Set<String>> placesById = new LinkedHashMap<>();
        Map<String, Alert> lastById = new LinkedHashMap<>();
        for (Alert a : alerts) {
            lastById.merge(a.id(), a, (x, y) -> y.updatedAt().isBefore(x.updatedAt()) ? x : y);
            Set<String> places = placesById.computeIfAbsent(a.id(), k -> new HashSet<>());
            for (Threat t : a.threats()) places.add(t.place().id());
        }
        List<Integer> places = placesById.values().stream().map(Set::size).sorted().toList();
        List<Integer> last = lastById.values().stream().map(a -> a.threats().size()).sorted().toList();
        return new Report(strikes.size(), warned, List.copyOf(leads), placesById.size(), alertsHit.size(), places, List.copyOf(warnedIds), last);
    }
}
