package org.groundtruth.app.claims;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.matching.LedgerMatching;
import org.groundtruth.matching.MatchParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match every claim against every incident in the store and store the candidates (score, distance,"
                + " offset, reason), replacing the earlier ones. Imports and edits later match only what changed, with these"
                + " parameters.")
public final class MatchCommand implements Callable<Integer> {
    @Option(names = "--radius-km", paramLabel = "KM", defaultValue = "25", description = "Largest distance (default: ${DEFAULT-VALUE}).")
    double radiusKm;

    @Option(names = "--window-days", paramLabel = "D", defaultValue = "1",
            description = "Largest gap between the dates, in days (default: ${DEFAULT-VALUE}).")
    double windowDays;

    @Option(names = "--lag-days", paramLabel = "D", defaultValue = "2",
            description = "How much further before a claim the strike may lie: parties post after they strike (default: ${DEFAULT-VALUE}).")
    double lagDays;

    @Option(names = "--changed", description = "Match only the records changed since the last run, with its parameters.")
    boolean changedOnly;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        MatchParameters p;
        try {
            p = new MatchParameters(radiusKm, Math.round(windowDays * 86_400), Math.round(lagDays * 86_400));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage().replace("max distance", "--radius-km").replace("time window", "--window-days")
                    .replace("posting lag", "--lag-days"));
        }
        try (Store store = storeOptions.open()) {
            LedgerMatching matching = new LedgerMatching(store.port(ClaimLedger.PORT));
            System.out.println((changedOnly ? matching.catchUp() : matching.matchAll(p)).line());
            return 0;
        }
    }
}
