package org.groundtruth.app.merging;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.incident.Incident;
import org.groundtruth.merging.MergeEvent;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeProposal;
import org.groundtruth.merging.MergeRun;
import org.groundtruth.merging.MergeStatus;
import org.groundtruth.merging.MergeWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge duplicate reports into incidents: propose (sure merges applied, unsure ones queued), review, apply, undo, reject.",
        subcommands = {MergeCommand.Propose.class, MergeCommand.Queue.class, MergeCommand.Show.class, MergeCommand.Apply.class,
                MergeCommand.Undo.class, MergeCommand.Reject.class})
public final class MergeCommand {
    static String defaultActor() {
        return org.groundtruth.app.account.CliActor.actor();
    }

    /** Runs {@code work} on the ledger, turning unknown ids and refused steps into one clear line and exit 2. */
    static <T> T onLedger(StoreOptions options, LedgerWork<T> work) {
        try (Store store = options.open()) {
            return work.run(store, store.port(MergeLedger.PORT));
        } catch (NoSuchElementException | IllegalStateException e) {
            throw new UserException("merge: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface LedgerWork<T> {
        T run(Store store, MergeLedger ledger);
    }

    static String line(MergeProposal p) {
        String state = switch (p.status()) {
            case APPLIED -> "applied" + (p.automatic() ? " automatically" : "") + ": incident " + p.mergedId() + " merged into " + p.survivorId();
            case PENDING -> "pending";
            case REJECTED -> "rejected" + (p.decidedBy() == null ? "" : " by " + p.decidedBy());
            case SUPERSEDED -> "superseded";
        };
        return String.format(Locale.ROOT, "#%d  incidents %d + %d  confidence %.3f  %s%n    %s%s", p.id(), p.firstId(), p.secondId(),
                p.confidence(), state, p.reason(), p.note() == null ? "" : "\n    note: " + p.note());
    }

    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = "Find incidents that may be one strike; apply those at or above the threshold, queue the rest for review.")
    static final class Propose implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--radius-km", defaultValue = "1", description = "Largest distance between two incidents (default: ${DEFAULT-VALUE}).")
        double radiusKm;

        @Option(names = "--window-hours", defaultValue = "1", description = "Largest gap between their time windows (default: ${DEFAULT-VALUE}).")
        double windowHours;

        @Option(names = "--auto-apply-at", defaultValue = "0.95", description = "Apply proposals with at least this confidence (default: ${DEFAULT-VALUE}).")
        double autoApplyAt;

        @Option(names = "--no-auto", description = "Apply nothing: queue every proposal for review.")
        boolean noAuto;

        @Option(names = "--by", description = "Name recorded for automatic merges (default: system:merge).")
        String by = "system:merge";

        @Override
        public Integer call() {
            if (autoApplyAt < 0 || autoApplyAt > 1) throw new UserException("--auto-apply-at must lie between 0 and 1, not " + autoApplyAt);
            MergeParameters p = new MergeParameters(radiusKm, Math.round(windowHours * 3600));
            MergeRun run = onLedger(store, (s, ledger) -> MergeWorkflow.run(ledger, p, noAuto ? 2 : autoApplyAt, by));
            System.out.printf(Locale.ROOT, "merge: %d candidate pairs within %s km and %s h; %d already proposed before (left as they are);"
                            + " %d new: %d applied automatically, %d in the review queue%s%n", run.candidates(), fmt(radiusKm), fmt(windowHours),
                    run.known(), run.proposed(), run.applied(), run.queued(),
                    run.blocked() == 0 ? "" : " (" + run.blocked() + " sure ones held back: they would join incidents a reviewer split)");
            return 0;
        }
    }

    @Command(name = "queue", mixinStandardHelpOptions = true, description = "List proposals: the review queue (pending), or another status.")
    static final class Queue implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--status", defaultValue = "pending", description = "pending, applied, rejected or superseded (default: ${DEFAULT-VALUE}).")
        String status;

        @Option(names = "--limit", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--offset", defaultValue = "0", description = "Skip this many first (default: ${DEFAULT-VALUE}).")
        int offset;

        @Override
        public Integer call() {
            MergeStatus s = MergeStatus.parse(status);
            onLedger(store, (st, ledger) -> {
                long total = ledger.count(s);
                List<MergeProposal> page = ledger.list(s, limit, offset);
                System.out.println(total + " " + s.code() + (page.isEmpty() ? "" : ", showing " + (offset + 1) + "-" + (offset + page.size())));
                for (MergeProposal p : page) System.out.println(line(p));
                return null;
            });
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a proposal, both incidents side by side, and its history.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID", description = "Proposal id.")
        long id;

        @Override
        public Integer call() {
            onLedger(store, (st, ledger) -> {
                MergeProposal p = ledger.find(id).orElseThrow(() -> new NoSuchElementException("no merge proposal " + id));
                System.out.println(line(p));
                for (long incidentId : new long[]{p.firstId(), p.secondId()}) {
                    Incident i = st.incidents().find(incidentId).orElseThrow();
                    var into = ledger.mergedInto(incidentId);
                    System.out.printf(Locale.ROOT, "  incident %d%s: %s; %s; %s; %d report(s): %s%n", i.id(),
                            into.isPresent() ? " (merged into " + into.getAsLong() + ")" : "", i.facts().title(), i.facts().date().display(),
                            i.facts().location().placeName() == null ? "unnamed place" : i.facts().location().placeName(), i.reports().size(),
                            String.join(", ", i.reports().stream().map(r -> r.originKey() + " (" + r.source().dataset() + ")").toList()));
                }
                for (MergeEvent e : ledger.history(id)) {
                    System.out.println("  " + e.at() + "  " + e.action() + (e.actor() == null ? "" : " by " + e.actor())
                            + (e.note() == null ? "" : ": " + e.note()));
                }
                return null;
            });
            return 0;
        }
    }

    /** A reviewer's decision on proposals from the queue: one ledger step per id, each printed as a line. */
    abstract static class Decision implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Proposal ids.")
        List<Long> ids;

        @Option(names = "--by", description = "Who decides, as the audit log records it (default: cli:OS-USER).")
        String by = defaultActor();

        abstract MergeProposal decide(MergeLedger ledger, long id);

        @Override
        public Integer call() {
            onLedger(store, (st, ledger) -> {
                for (long id : ids) System.out.println(line(decide(ledger, id)));
                return null;
            });
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true, description = "Accept proposals from the queue: merge the later incident into the earlier.")
    static final class Apply extends Decision {
        @Override
        MergeProposal decide(MergeLedger ledger, long id) {
            return ledger.apply(id, by);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo applied merges exactly; the proposals go back to the queue.")
    static final class Undo extends Decision {
        @Override
        MergeProposal decide(MergeLedger ledger, long id) {
            return ledger.undo(id, by);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject pending proposals, or split applied merges (undo, then reject): these pairs are never merged again.")
    static final class Reject extends Decision {
        @Option(names = "--note", description = "Why (kept with the decision).")
        String note;

        @Override
        MergeProposal decide(MergeLedger ledger, long id) {
            return ledger.reject(id, by, note);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
