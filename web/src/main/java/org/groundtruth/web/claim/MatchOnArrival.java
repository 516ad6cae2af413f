package org.groundtruth.web.claim;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.matching.LedgerMatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a request that created or changed incidents succeeds, matches what changed against the claims (decision
 * 0505). One run at a time; a failure is logged and left to the next run (the marks in the ledger say what is still
 * to match), never turned into a failed request, since the write itself succeeded.
 */
public final class MatchOnArrival implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(MatchOnArrival.class);
    private final Store store;

    public MatchOnArrival(Store store) {
        this.store = store;
    }

    @Override
    public synchronized void run() {
        try {
            var s = new LedgerMatching(store.port(ClaimLedger.PORT)).catchUp();
            if (s.pairs() > 0) LOG.info(s.line());
        } catch (RuntimeException e) {
            LOG.warn("matching the changed records failed; the next run will retry: {}", e.toString());
        }
    }

    /**
     * The after-handler on /api/incidents*: runs when a request that changes what matching reads (an incident's
     * facts or reports: create, correct, add a report) succeeded; reviews, testimony and responses do not.
     */
    public void afterIncidentWrite(Context ctx) {
        HandlerType m = ctx.method();
        if ((m == HandlerType.POST || m == HandlerType.PATCH || m == HandlerType.PUT) && ctx.statusCode() < 300
                && CHANGES_FACTS.matcher(ctx.path()).matches()) {
            run();
        }
    }

    private static final java.util.regex.Pattern CHANGES_FACTS = java.util.regex.Pattern.compile("/api/incidents(/[0-9A-Za-z]+(/reports)?)?/?"); // public ids and, for staff, numbers
}
