package org.groundtruth.app.publication;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.testimony.KeyOptions;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.Selection;
import org.groundtruth.publish.report.ReportEditions;
import org.groundtruth.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code groundtruth report ...}: investigation reports built from the data. */
@Command(name = "report", mixinStandardHelpOptions = true, description = {"Investigation reports (PDF/A-3 or one HTML file) built from the data.",
                "build writes one at once; list, show, create, edit, review and render keep a report in the store through its review and frozen versions."},
        subcommands = {ReportCommand.Build.class, StoredReportCommands.ListReports.class, StoredReportCommands.Show.class,
                StoredReportCommands.Create.class, StoredReportCommands.Edit.class, StoredReportCommands.Review.class, StoredReportCommands.Render.class})
public final class ReportCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /**
     * {@code report build --filter ... --title ... --lang en|ar --out F.pdf|F.html}: a report of the selection's
     * published incidents, its figures, map, timeline and method computed from the data, its author's texts from
     * files; refused, naming every reason, when it would include an unpublished incident or print a protected name.
     */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a report of the published incidents a filter selects, as PDF/A-3 (tagged, with its incidents attached) or one HTML file.",
                    "Refuses, naming every reason, an unpublished incident, a statement without consent, or a protected name; says so when nothing matches."})
    static final class Build implements Callable<Integer> {
        @Option(names = "--filter", paramLabel = "FILTER",
                description = "Which incidents: key=value;... with keys from, to, bbox, governorate, party, grade, ids (default: all published).")
        String filter;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The report's title.")
        String title;

        @Option(names = "--lang", defaultValue = "en", paramLabel = "en|ar", description = "Language of the report (default: ${DEFAULT-VALUE}); ar runs right to left.")
        String lang;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.pdf (PDF/A-3a, PDF/UA) or FILE.html (self-contained).")
        Path out;

        @Option(names = "--introduction", paramLabel = "FILE", description = "The summary in the author's words (a text file).")
        Path introduction;

        @Option(names = "--recommendations", paramLabel = "FILE", description = "Recommendations, one per paragraph (blank lines between).")
        Path recommendations;

        @Option(names = "--conclusions", paramLabel = "FILE", description = "Conclusions (a text file).")
        Path conclusions;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        KeyOptions keyOptions;

        @Override
        public Integer call() {
            ReportVersion.Format format = Reports.format(out);
            ReportLanguage language = language(lang);
            Path target = out.toAbsolutePath();
            if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                throw new UserException("--out: the folder " + target.getParent() + " does not exist");
            }
            ReportDraft draft = new ReportDraft(title, language, Selection.parse(filter), text("--introduction", introduction), Map.of(), null,
                    paragraphs(text("--recommendations", recommendations)), text("--conclusions", conclusions));
            long started = System.nanoTime();
            ReportDocument doc;
            byte[] bytes;
            try (Store store = storeOptions.open()) {
                ReportEditions editions = Reports.editions(store, keyOptions.protection(store), storeOptions.dataDir());
                doc = Reports.refusalsExplained(() -> editions.assemble(draft));
                bytes = editions.render(doc, format);
            }
            Reports.writeAtomically(bytes, target);
            System.out.printf("wrote %s (%s, %d incident%s, %,d bytes) in %.1f s%n", target, format.name().toLowerCase(java.util.Locale.ROOT),
                    doc.sections().size(), doc.sections().size() == 1 ? "" : "s", bytes.length, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    static ReportLanguage language(String lang) {
        try {
            return ReportLanguage.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UserException("--lang: '" + lang + "' is not en or ar");
        }
    }

    static String text(String option, Path file) {
        if (file == null) return null;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Paragraphs separated by blank lines. */
    static List<String> paragraphs(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
