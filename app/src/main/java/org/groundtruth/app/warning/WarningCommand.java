package org.groundtruth.app.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.store.Store;
import org.groundtruth.warning.Backtest;
import org.groundtruth.warning.LedgerBacktest;
import org.groundtruth.warning.Projector;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.web.warning.WarningSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code groundtruth warning backtest}: how the store's own sightings would have warned of its own incidents (decision 0811). */
@Command(name = "warning", mixinStandardHelpOptions = true, description = "Early warning: back-test the alerts of the store's sightings against its incidents.",
        subcommands = {WarningCommand.BacktestCommand.class})
public final class WarningCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = {"Give the store's sightings again, at the times they were received, to a fresh alert desk, and score its alerts against the "
                    + "store's incidents with a clock time and a town-precise place: how many were warned in time (recall), their lead time, how many "
                    + "alerts were followed by an incident at a place they warned (precision), and the places each alert warned.",
                    "Live sightings by default; --exercises scores the drills' and the demo's instead (never both together)."})
    static final class BacktestCommand implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "TIME", description = "Sightings observed from this time (ISO-8601 with offset); default: the first.")
        String from;
        @Option(names = "--to", paramLabel = "TIME", description = "Up to this time (exclusive); default: after the last.")
        String to;
        @Option(names = "--exercises", description = "Score the exercises' sightings (drills, the demo's synthetic log) instead of the live ones.")
        boolean exercises;
        @Option(names = "--list", description = "Also list the incidents scored (public ids), warned or not.")
        boolean list;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            Instant start = time("--from", from), end = time("--to", to);
            if (start != null && end != null && !end.isAfter(start)) throw new UserException("--to must be after --from");
            try (Store store = storeOptions.open()) {
                WarningSetup setup = WarningWiring.setup(LocalGazetteer.load(storeOptions.dataDir()), null);
                LedgerBacktest.Result r = LedgerBacktest.run(store.port(SightingLedger.PORT), store.port(IncidentStore.PORT), setup.aircraft(), setup.bases(),
                        new Projector(setup.places(), setup.model()), start, end, exercises);
                System.out.print(report(r, exercises, list));
            }
            return 0;
        }

        private static Instant time(String option, String text) {
            if (text == null) return null;
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserException(option + ": not a date-time with an offset (2015-11-29T00:00:00+02:00)");
            }
        }
    }

    /** The back-test in words; names incidents by public id, never a spotter. */
    static String report(LedgerBacktest.Result r, boolean exercises, boolean list) {
        StringBuilder s = new StringBuilder();
        String which = exercises ? "exercise (drill or demo) sightings: not evidence, and not a measure of a real network" : "live sightings";
        if (r.sightings() == 0) return "no " + which + " in the store" + (r.from() == null && r.to() == null ? "" : " in that period") + "\n";
        Backtest.Report b = r.report();
        s.append(String.format(Locale.ROOT, "back-test of %d %s observed from %s to %s%n", r.sightings(), which, r.from(), r.to()));
        s.append(String.format(Locale.ROOT, "incidents with a clock time and a town-precise place in that time: %d%n", b.strikes()));
        s.append(String.format(Locale.ROOT, "warned in time (recall): %d of %d%s%n", b.warned(), b.strikes(), percent(b.recall())));
        if (!b.leadMinutes().isEmpty()) {
            s.append(String.format(Locale.ROOT, "lead time: median %.1f min; %.0f%% with 5 min or more%n", b.medianLeadMinutes(), 100 * b.shareWithFiveMinutes()));
        }
        s.append(String.format(Locale.ROOT, "alerts: %d; followed by an incident at a place they warned (precision): %d%s%n", b.alerts(), b.alertsWithStrike(),
                percent(b.precision())));
        if (!b.placesPerAlert().isEmpty()) {
            s.append(String.format(Locale.ROOT, "places warned per alert: median %.0f, max %d%n", b.medianPlacesPerAlert(), b.placesPerAlert().getLast()));
        }
        if (list) {
            for (Backtest.Strike strike : r.strikes()) {
                s.append(b.warnedStrikes().contains(strike.id()) ? "  warned  " : "  missed  ").append(strike.id()).append(' ').append(strike.from()).append('\n');
            }
        }
        return s.toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "" : String.format(Locale.ROOT, " (%.1f%%)", 100 * share);
    }
}
