package org.groundtruth.app.account;

import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.BulkReview;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.review.ReviewSelection;
import org.groundtruth.review.ReviewStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code groundtruth review ID --to STATUS [--reason TEXT]}: moves an incident through review from the server's
 * machine (recorded as "cli:OS-USER"); without --to, shows its status and history. The workflow's moves still hold
 * (a draft is submitted before it is published; a retraction needs a reason).
 * {@code groundtruth review --import ID | --filter QUERY --to STATUS --reason TEXT [--dry-run]} reviews a selection at
 * once (decision 0751): every selected incident the workflow lets move to STATUS moves, the others stay and are
 * counted; one transaction, one audit entry naming every incident.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Show an incident's review status, or move it: --to in_review | published | draft | retracted.",
                "Review many at once: --import ID or --filter 'governorate=Idlib&datetime=2016-01-01/2016-06-30' (the list's filters), with --to and --reason."})
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "The incident's number or its public id.")
    String idText;
    @Option(names = "--import", paramLabel = "ID", description = "Review the incidents this import's rows are in (`groundtruth imports` lists them).")
    Long importId;
    @Option(names = "--filter", paramLabel = "QUERY", description = "Review the incidents this filter matches: the list's parameters as a query string "
            + "(bbox, datetime, actor, object, governorate, q, placed, claimed, grade, party).")
    String filter;
    @Option(names = "--dry-run", description = "With --import or --filter: say what would move, change nothing.")
    boolean dryRun;
    @Option(names = "--correction", paramLabel = "publish|discard", description = "Publish or discard the corrections waiting on a "
            + "published incident (a discard needs --reason).")
    String correction;
    @Option(names = "--to", paramLabel = "STATUS")
    String to;
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to retract); kept in the audit log.")
    String reason;
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        int chosen = (idText != null ? 1 : 0) + (importId != null ? 1 : 0) + (filter != null ? 1 : 0);
        if (chosen != 1) throw new UserException("name one incident (ID), or a selection with --import ID or --filter QUERY");
        if (idText == null) return reviewSelection();
        if (dryRun) throw new UserException("--dry-run goes with --import or --filter");
        if (correction != null && to != null) throw new UserException("--correction and --to are separate acts; give one");
        try (Store store = storeOptions.open()) {
            Incident incident = org.groundtruth.app.IncidentArg.resolve(store, idText);
            long id = incident.id();
            if (correction != null) return decideCorrection(store, id);
            if (to == null) {
                System.out.println("incident " + id + ": " + ReviewRules.code(incident.status()));
                store.incidents().pendingRevision(id).ifPresent(p -> System.out.println("  a correction waits for review ("
                        + p.corrections().size() + " change(s) since " + p.createdAt() + "): `review " + id + " --correction publish|discard`"));
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

    private int reviewSelection() {
        if (to == null) throw new UserException("--to: say where the selection goes (in_review, published, draft, retracted)");
        IncidentStatus target = ReviewRules.parse(to).orElseThrow(() -> new UserException("--to: '" + to + "' is not one of draft, in_review, published, retracted"));
        if (reason == null || reason.isBlank()) throw new UserException("--reason: a bulk review needs a reason (it is kept in the audit log)");
        ReviewSelection selection;
        if (importId != null) {
            selection = ReviewSelection.ofImport(importId);
        } else {
            try {
                selection = org.groundtruth.web.account.BulkReviewApi.filterSelection(filter);
            } catch (org.groundtruth.web.ApiException e) {
                throw new UserException("--filter: " + e.getMessage().replaceFirst("^filter: ", ""));
            }
        }
        try (Store store = storeOptions.open()) {
            BulkReview done = store.port(IncidentReviews.PORT).moveAll(selection, target, null, CliActor.note(reason), dryRun);
            System.out.println(selection.description() + ": " + done.line());
            return 0;
        } catch (NoSuchElementException e) {
            throw new UserException("--import: " + e.getMessage());
        }
    }

    /** A reviewer's decision on the corrections waiting on a published incident (decision 0752), from the CLI. */
    private int decideCorrection(Store store, long id) {
        if (store.incidents().pendingRevision(id).isEmpty()) throw new UserException("incident " + id + ": no correction waits for review");
        switch (correction) {
            case "publish" -> store.incidents().publishRevision(id, CliActor.note(reason));
            case "discard" -> {
                if (reason == null || reason.isBlank()) throw new UserException("--reason: to discard someone's correction, give a reason");
                store.incidents().discardRevision(id, CliActor.note(reason));
            }
            default -> throw new UserException("--correction: '" + correction + "' is not publish or discard");
        }
        System.out.println("incident " + id + ": correction " + (correction.equals("publish") ? "published" : "discarded"));
        return 0;
    }
}
