package org.groundtruth.app.merging;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.incident.Incident;
import org.groundtruth.merging.MergeEvent;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeProposal;
import org.groundtruth.merging.MergeGroupRun;
import org.groundtruth.merging.MergeGroupView;
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
        description = "Merge duplicate reports into incidents: propose groups (sure ones applied, the rest queued by value), review, apply, undo, reject.",
        subcommands = {MergeCommand.Propose.class, MergeCommand.Groups.class, MergeCommand.Queue.class, MergeCommand.Show.class, MergeCommand.Apply.class,
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
            description = "Find groups of incidents that may be one strike; apply the groups at or above the threshold, queue the rest for review.")
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
            MergeGroupRun run = onLedger(store, (s, ledger) -> MergeWorkflow.propose(ledger, p, noAuto ? 2 : autoApplyAt, by));
            System.out.printf(Locale.ROOT, "merge: %d candidate pairs within %s km and %s h make %d groups (proposed incidents) of %d incidents;"
                            + " %d new groups: %d applied automatically, %d in the review queue; %d merges proposed before left as they are%s%n",
                    run.candidatePairs(), fmt(radiusKm), fmt(windowHours), run.groups(), run.incidents(), run.newGroups(), run.appliedGroups(),
                    run.queuedGroups(), run.known(), run.blocked() == 0 ? "" : " (" + run.blocked()
                            + " sure merges held back: they would join incidents a reviewer split, or of different review status)");
            return 0;
        }
    }

    static String line(MergeGroupView g) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "group %d  %d incidents %s  confidence %.3f  value %.2f",
                g.id(), g.members().size(), g.members(), g.confidence(), g.value()));
        for (MergeProposal p : g.merges()) b.append(System.lineSeparator()).append("  ").append(line(p).replace("\n", "\n  "));
        return b.toString();
    }

    @Command(name = "groups", mixinStandardHelpOptions = true,
            description = "The review queue as groups (proposed incidents), most valuable first: accept or reject a group, or a band of them, at once.")
    static final class Groups implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--band", paramLabel = "MIN..MAX", description = "Only groups whose confidence lies in this band, e.g. 0.8..0.95.")
        String band;

        @Option(names = "--limit", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--offset", defaultValue = "0", description = "Skip this many first (default: ${DEFAULT-VALUE}).")
        int offset;

        @Override
        public Integer call() {
            double[] b = band(band);
            onLedger(store, (st, ledger) -> {
                List<MergeGroupView> page = ledger.pendingGroups(b[0], b[1], limit, offset);
                System.out.println(ledger.countPendingGroups() + " pending groups" + (band == null ? "" : ", in band " + band + ":")
                        + (page.isEmpty() ? "" : " showing " + (offset + 1) + "-" + (offset + page.size())));
                for (MergeGroupView g : page) System.out.println(line(g));
                return null;
            });
            return 0;
        }
    }

    /** "0.8..0.95" → {0.8, 0.95}; null → everything. */
    static double[] band(String text) {
        if (text == null) return new double[]{0, 1};
        String[] parts = text.split("\\.\\.");
        try {
            if (parts.length != 2) throw new NumberFormatException();
            double lo = Double.parseDouble(parts[0].strip()), hi = Double.parseDouble(parts[1].strip());
            if (!(lo >= 0 && hi <= 1 && lo <= hi)) throw new NumberFormatException();
            return new double[]{lo, hi};
        } catch (NumberFormatException e) {
            throw new UserException("--band must be MIN..MAX between 0 and 1, such as 0.8..0.95");
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

        @Parameters(paramLabel = "ID", arity = "0..*", description = "Proposal ids.")
        List<Long> ids = List.of();

        @Option(names = "--by", description = "Who decides, as the audit log records it (default: cli:OS-USER).")
        String by = defaultActor();

        abstract MergeProposal decide(MergeLedger ledger, long id);

        /** Groups to decide as a whole, and a band of groups; none where the command has no group form. */
        List<Long> groups() {
            return List.of();
        }

        String band() {
            return null;
        }

        MergeGroupView decideGroup(MergeLedger ledger, long groupId) {
            throw new UnsupportedOperationException("merge " + getClass().getSimpleName().toLowerCase(Locale.ROOT) + " takes proposal ids only");
        }

        @Override
        public Integer call() {
            if (ids.isEmpty() && groups().isEmpty() && band() == null) throw new UserException("name proposal ids, --group G or --band MIN..MAX");
            double[] b = band() == null ? null : MergeCommand.band(band());
            onLedger(store, (st, ledger) -> {
                for (long id : ids) System.out.println(line(decide(ledger, id)));
                for (long g : groups()) System.out.println(line(decideGroup(ledger, g)));
                if (b != null) {
                    int n = 0;
                    for (List<MergeGroupView> page; !(page = ledger.pendingGroups(b[0], b[1], 500, 0)).isEmpty(); ) {
                        for (MergeGroupView g : page) {
                            System.out.println(line(decideGroup(ledger, g.id())));
                            n++;
                        }
                    }
                    System.out.println(n + " groups in band " + band() + " decided");
                }
                return null;
            });
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Accept proposals, whole groups (--group) or every pending group of a confidence band (--band): merge into the earliest incident.")
    static final class Apply extends Decision {
        @Option(names = "--group", paramLabel = "G", description = "Accept this whole group (repeatable).")
        List<Long> groups = List.of();

        @Option(names = "--band", paramLabel = "MIN..MAX", description = "Accept every pending group whose confidence lies in this band.")
        String band;

        @Override
        MergeProposal decide(MergeLedger ledger, long id) {
            return ledger.apply(id, by);
        }

        @Override
        List<Long> groups() {
            return groups;
        }

        @Override
        String band() {
            return band;
        }

        @Override
        MergeGroupView decideGroup(MergeLedger ledger, long groupId) {
            return ledger.applyGroup(groupId, by);
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

        @Option(names = "--group", paramLabel = "G", description = "Reject this whole group (repeatable).")
        List<Long> groups = List.of();

        @Option(names = "--band", paramLabel = "MIN..MAX", description = "Reject every pending group whose confidence lies in this band.")
        String band;

        @Override
        MergeProposal decide(MergeLedger ledger, long id) {
            return ledger.reject(id, by, note);
        }

        @Override
        List<Long> groups() {
            return groups;
        }

        @Override
        String band() {
            return band;
        }

        @Override
        MergeGroupView decideGroup(MergeLedger ledger, long groupId) {
            return ledger.rejectGroup(groupId, by, note);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
