package org.groundtruth.app.claims;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.ClaimPage;
import org.groundtruth.claim.ClaimQuery;
import org.groundtruth.claim.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List claims, with the incidents each could explain.")
public final class ClaimsListCommand implements Callable<Integer> {
    @Option(names = "--unplaced", description = "Only the claims the gazetteer could not place.")
    boolean unplaced;

    @Option(names = "--matched", description = "Only claims with civilian harm reported nearby (a matched incident).")
    boolean matched;

    @Option(names = "--party", paramLabel = "P", description = "Only claims whose party contains this text.")
    String party;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N claims (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            ClaimQuery q = new ClaimQuery(party, unplaced ? Boolean.FALSE : null, null, null, matched ? Boolean.TRUE : null,
                    Math.max(0, Math.min(limit, ClaimQuery.MAX_LIMIT)), 0);
            ClaimPage page = store.port(ClaimLedger.PORT).list(q);
            for (StoredClaim s : page.items()) {
                System.out.println(line(s));
                List<ClaimMatch> matches = store.port(ClaimLedger.PORT).matchesForClaim(s.id());
                for (ClaimMatch m : matches) {
                    System.out.println(String.format(Locale.ROOT, "    incident %d  score %.2f  %s", m.incidentId(), m.score(), m.reason()));
                }
            }
            System.out.println(page.items().size() + " of " + page.numberMatched() + " claims");
            return 0;
        }
    }

    static String line(StoredClaim s) {
        Claim c = s.claim();
        String where = c.isPlaced()
                ? String.format(Locale.ROOT, "%.4f, %.4f ±%s km (%s, %s)", c.place().point().lat(), c.place().point().lon(),
                fmt(c.place().errorRadiusKm()), c.place().radiusBasis().name().toLowerCase(Locale.ROOT),
                "placed by " + c.place().placedBy().name().toLowerCase(Locale.ROOT))
                : "UNPLACED";
        return "claim " + c.id() + "  " + s.originKey() + "  " + c.party() + "  strike " + c.strikeDate().display()
                + "  " + String.join(" | ", c.place().localityNames()) + "  " + where
                + (c.claimedTarget() == null ? "" : "  target '" + c.claimedTarget() + "'");
    }

    private static String fmt(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }
}
