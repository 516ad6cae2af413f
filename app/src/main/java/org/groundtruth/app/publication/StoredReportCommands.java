package org.groundtruth.app.publication;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.account.CliActor;
import org.groundtruth.app.testimony.KeyOptions;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportReview;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.Selection;
import org.groundtruth.publication.StoredReport;
import org.groundtruth.publish.report.ReportEditions;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Stored reports from the server's machine, through the same {@link PublicationLedger} and {@link ReportEditions} as
 * {@code /api/reports}: list, show, create, edit, review (submit, send back, publish, retract, revise), render the
 * draft, and write a frozen version's file. The command acts as the system ("cli:OS-USER" in the audit log), as
 * {@code review} does for incidents; the review rules still hold.
 */
final class StoredReportCommands {
    private StoredReportCommands() {
    }

    static String code(IncidentStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    static StoredReport find(PublicationLedger ledger, long id) {
        return ledger.report(id).orElseThrow(() -> new UserException("no report " + id + " (`report list` shows them)"));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every stored report, newest first: id, status, language, versions, title.")
    static final class ListReports implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                PublicationLedger ledger = store.port(PublicationLedger.PORT);
                List<StoredReport> reports = ledger.reports();
                if (reports.isEmpty()) System.out.println("no reports yet (`report create --title ...` starts one)");
                for (StoredReport r : reports) {
                    System.out.printf("%d  %-9s  %s  %d version%s  %s%n", r.id(), code(r.status()), r.draft().language().tag(), r.publishedVersions(),
                            r.publishedVersions() == 1 ? "" : "s", r.draft().title());
                }
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A stored report: its draft's text, status, revision, the moves open to it and its frozen versions with their SHA-256.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                PublicationLedger ledger = store.port(PublicationLedger.PORT);
                StoredReport r = find(ledger, id);
                ReportDraft d = r.draft();
                System.out.println("report " + r.id() + ": " + d.title());
                System.out.println("  status " + code(r.status()) + ", revision " + r.revision() + ", language " + d.language().tag()
                        + ", edited by " + r.updatedBy() + " at " + r.updatedAt());
                System.out.println("  selection: " + d.selection().describe() + (d.selection().filter().isEmpty() ? "" : " (" + d.selection().filter() + ")"));
                List<String> moves = java.util.Arrays.stream(IncidentStatus.values())
                        .filter(to -> ReportReview.check(r.status(), to, null, "a reason").isEmpty()).map(StoredReportCommands::code).toList();
                System.out.println("  moves: " + (moves.isEmpty() ? "none" : String.join(", ", moves)));
                print("introduction", d.introduction());
                new TreeMap<>(d.narratives()).forEach((incident, text) -> print("narrative of " + incident, text));
                for (int i = 0; i < d.recommendations().size(); i++) print("recommendation " + (i + 1), d.recommendations().get(i));
                print("conclusions", d.conclusions());
                if (d.quotedStatements() != null) System.out.println("  quoting statements " + d.quotedStatements().stream().sorted().toList());
                for (ReportVersion v : ledger.versions(r.id())) {
                    System.out.println("  version " + v.version() + " of " + v.generatedOn() + ", published " + v.publishedAt() + " by " + v.publishedBy()
                            + ", " + v.incidents() + " incidents; pdf sha256 " + v.pdfSha256() + ", html sha256 " + v.htmlSha256());
                }
                return 0;
            }
        }

        private static void print(String name, String text) {
            if (text != null) System.out.println("  " + name + ":\n    " + text.replace("\n", "\n    "));
        }
    }

    /** The texts a draft takes from files; shared by create and edit, where a missing option keeps what is there. */
    static class DraftOptions {
        @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
        String title;

        @Option(names = "--lang", paramLabel = "en|ar", description = "Language of the report; ar runs right to left.")
        String lang;

        @Option(names = "--filter", paramLabel = "FILTER", description = "Which incidents: key=value;... with keys from, to, bbox, governorate, party, grade, ids.")
        String filter;

        @Option(names = "--introduction", paramLabel = "FILE", description = "The summary in the author's words (a text file; empty clears it).")
        Path introduction;

        @Option(names = "--narrative", paramLabel = "PUBLIC_ID=FILE", description = "An incident's narrative (by its public id) from a text file; an empty file removes it. Repeatable.")
        Map<String, Path> narratives = new LinkedHashMap<>();

        @Option(names = "--recommendations", paramLabel = "FILE", description = "Recommendations, one per paragraph (blank lines between).")
        Path recommendations;

        @Option(names = "--conclusions", paramLabel = "FILE", description = "Conclusions (a text file; empty clears it).")
        Path conclusions;

        ReportDraft applyTo(ReportDraft base) {
            String t = title != null ? title : base == null ? null : base.title();
            if (t == null) throw new UserException("--title: a new report needs a title");
            var language = lang != null ? ReportCommand.language(lang) : base == null ? org.groundtruth.publication.ReportLanguage.EN : base.language();
            Selection selection = filter != null ? Selection.parse(filter) : base == null ? Selection.all() : base.selection();
            Map<String, String> narr = new TreeMap<>(base == null ? Map.of() : base.narratives());
            narratives.forEach((incident, file) -> {
                String text = ReportCommand.text("--narrative " + incident, file);
                if (text.isBlank()) narr.remove(incident);
                else narr.put(incident, text);
            });
            return new ReportDraft(t, language, selection,
                    introduction != null ? ReportCommand.text("--introduction", introduction) : base == null ? null : base.introduction(), narr,
                    base == null ? null : base.quotedStatements(),
                    recommendations != null ? ReportCommand.paragraphs(ReportCommand.text("--recommendations", recommendations))
                            : base == null ? List.of() : base.recommendations(),
                    conclusions != null ? ReportCommand.text("--conclusions", conclusions) : base == null ? null : base.conclusions());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Start a stored report as a draft (audited report.create); prints its id.")
    static final class Create implements Callable<Integer> {
        @Mixin
        DraftOptions draftOptions;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            ReportDraft draft = draftOptions.applyTo(null);
            try (Store store = storeOptions.open()) {
                StoredReport r = store.port(PublicationLedger.PORT).createReport(draft, new ChangeNote(CliActor.actor(), reason));
                System.out.println("report " + r.id() + ": draft, revision " + r.revision() + " (" + r.draft().title() + ")");
                return 0;
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Change a draft's texts; options left out keep what is there.",
                    "--revision names the revision the edit started from (`report show` gives it), so that two people editing at once do not overwrite each other."})
    static final class Edit implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--revision", required = true, paramLabel = "N", description = "The revision this edit started from.")
        int revision;

        @Mixin
        DraftOptions draftOptions;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                PublicationLedger ledger = store.port(PublicationLedger.PORT);
                StoredReport r = find(ledger, id);
                try {
                    StoredReport edited = ledger.updateReport(id, draftOptions.applyTo(r.draft()), revision, new ChangeNote(CliActor.actor(), reason));
                    System.out.println("report " + id + ": revision " + edited.revision());
                } catch (IllegalStateException e) {
                    throw new UserException("report " + id + ": " + e.getMessage());
                }
                return 0;
            }
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Move a stored report: --to in_review (submit), draft (send back, or revise a published one), published (freeze version N+1), retracted (withdraw; needs --reason).",
                    "Publishing assembles the report from today's data under every rule, renders PDF/A-3 and HTML and freezes both, their SHA-256 in the audit chain."})
    static final class Review implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--to", required = true, paramLabel = "STATUS")
        String to;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to send back or retract); kept in the audit log.")
        String reason;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        KeyOptions keyOptions;

        @Override
        public Integer call() {
            IncidentStatus target = ReviewRules.parse(to).orElseThrow(() -> new UserException("--to: '" + to + "' is not one of draft, in_review, published, retracted"));
            try (Store store = storeOptions.open()) {
                PublicationLedger ledger = store.port(PublicationLedger.PORT);
                StoredReport r = find(ledger, id);
                ReportReview.check(r.status(), target, null, reason).ifPresent(why -> {
                    throw new UserException("report " + id + ": " + why);
                });
                ChangeNote note = new ChangeNote(CliActor.actor(), reason);
                try {
                    if (target == IncidentStatus.PUBLISHED) {
                        ReportEditions editions = Reports.editions(store, keyOptions.protection(store), storeOptions.dataDir());
                        ReportVersion v = Reports.refusalsExplained(() -> editions.publish(id, null, note));
                        System.out.println("report " + id + ": " + code(r.status()) + " -> published, version " + v.version() + " (" + v.incidents()
                                + " incidents; pdf sha256 " + v.pdfSha256() + ", html sha256 " + v.htmlSha256() + ")");
                    } else {
                        StoredReport moved = ledger.moveReport(id, target, null, reason, note);
                        System.out.println("report " + id + ": " + code(r.status()) + " -> " + code(moved.status()));
                    }
                } catch (IllegalStateException | NoSuchElementException e) {
                    throw new UserException("report " + id + ": " + e.getMessage());
                }
                return 0;
            }
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = {"Write a stored report's file: its current draft assembled from today's data (nothing stored), or with --version N the frozen file byte for byte.",
                    "Refuses, naming every reason, what report build refuses."})
    static final class Render implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--version", paramLabel = "N", description = "A published version's frozen file instead of the draft.")
        Integer version;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.pdf or FILE.html.")
        Path out;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        KeyOptions keyOptions;

        @Override
        public Integer call() {
            ReportVersion.Format format = Reports.format(out);
            Path target = out.toAbsolutePath();
            if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                throw new UserException("--out: the folder " + target.getParent() + " does not exist");
            }
            byte[] bytes;
            String what;
            try (Store store = storeOptions.open()) {
                PublicationLedger ledger = store.port(PublicationLedger.PORT);
                StoredReport r = find(ledger, id);
                if (version != null) {
                    ReportVersion v = ledger.versions(id).stream().filter(x -> x.version() == version).findFirst()
                            .orElseThrow(() -> new UserException("--version: report " + id + " has " + r.publishedVersions() + " published version(s)"));
                    bytes = ledger.versionFile(id, version, format).orElseThrow();
                    what = "version " + version + ", sha256 " + (format == ReportVersion.Format.PDF ? v.pdfSha256() : v.htmlSha256());
                } else {
                    ReportEditions editions = Reports.editions(store, keyOptions.protection(store), storeOptions.dataDir());
                    bytes = Reports.refusalsExplained(() -> editions.render(editions.assemble(r.draft()), format));
                    what = "draft, revision " + r.revision() + ", not stored";
                }
            }
            Reports.writeAtomically(bytes, target);
            System.out.printf("wrote %s (report %d, %s, %,d bytes)%n", target, id, what, bytes.length);
            return 0;
        }
    }
}
