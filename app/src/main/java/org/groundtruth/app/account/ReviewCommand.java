package org.groundtruth.app.account;

import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.review.ReviewStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code groundtruth review ID --to STATUS [--reason TEXT]}: moves an incident through review from the server's
 * machine (recorded as "cli:OS-USER"); without --to, shows its status and history. The workflow's moves still hold
 * (a draft is submitted before it is published; a retraction needs a reason).
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Show an incident's review status, or move it: --to in_review | published | draft | retracted.")
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The incident's number or its public id.")
    String idText;
    @Option(names = "--to", paramLabel = "STATUS")
    String to;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to retract); kept in the audit log.")
    String reason;
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            Incident incident = org.groundtruth.app.IncidentArg.resolve(store, idText);
            long id = incident.id();
            if (to == null) {
                System.out.println("incident " + id + ": " + ReviewRules.code(incident.status()));
                for (ReviewStep s : store.port(IncidentReviews.PORT).history(id)) {
                    System.out.println("  " + s.at() + "  " + ReviewRules.code(s.from()) + " -> " + ReviewRules.code(s.to()) + "  by " + s.actor()
                            + (s.reason() == null ? "" : "  (" + s.reason() + ")"));
                }
                return 0;
            }
            IncidentStatus target = ReviewRules.parse(to).orElseThrow(() -> new UserException("--to: '" + to + "' is not one of draft, in_review, published, retracted"));
            ReviewRules.check(incident.status(), target, null, reason).ifPresent(why -> {
                throw new UserException("incident " + id + ": " + why);
            });
            try {
                Incident moved = store.port(IncidentReviews.PORT).move(id, target, null, CliActor.note(reason));
                System.out.println("incident " + id + ": " + ReviewRules.code(incident.status()) + " -> " + ReviewRules.code(moved.status()));
            } catch (IllegalStateException | NoSuchElementException e) {
                throw new UserException("incident " + id + ": " + e.getMessage());
            }
            return 0;
        }
    }
}
