package org.groundtruth.app.bench;

import org.groundtruth.app.assessment.Assessors;
import org.groundtruth.app.publication.Reports;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.Selection;
import org.groundtruth.publish.report.ReportEditions;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.testimony.WitnessProtection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench report}: a report of N published synthetic incidents built as {@code report build} builds it (gathered
 * from the store, assessed, assembled under every rule, rendered as PDF/A-3a tagged for PDF/UA); prints the time of
 * each step and the peak heap. There is no peer tool to run beside it; the figure is recorded to watch for regressions.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Build a PDF/A report of N published incidents; time and peak heap.")
public final class ReportBenchmark implements Callable<Integer> {
    @Option(names = "--incidents", defaultValue = "500", description = "Incidents in the report (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--lang", defaultValue = "en", description = "en or ar (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a temporary one); the PDF is kept there.")
    Path work;

    @Override
    public Integer call() throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("gt-bench-report");
        try {
            Path csv = dir.resolve("acled-synthetic.csv");
            SyntheticAcled.write(csv, incidents, 7);
            Path storeDir = dir.resolve("gt-sqlite");
            ExportBenchmark.deleteTree(storeDir);
            ExportBenchmark.loadPublished(csv, JdbcStore.sqlite(Files.createDirectories(storeDir)), incidents);
            ReportLanguage language = ReportLanguage.parse(lang);
            ReportDraft draft = new ReportDraft("Benchmark report of " + incidents + " incidents", language, Selection.all(),
                    "Synthetic incidents for a benchmark.", java.util.Map.of(), null, List.of("Recommendation one.", "Recommendation two."), "Conclusions.");
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
            long t0 = System.nanoTime();
            byte[] pdf;
            int sections;
            double assembled;
            try (JdbcStore store = JdbcStore.sqlite(storeDir)) {
                Assessor assessor = Assessors.of(store);
                ReportEditions editions = new ReportEditions(store, i -> assessor.assess(i, EnumSet.of(IncidentStatus.PUBLISHED)),
                        WitnessProtection.open(store.port(TestimonyLedger.PORT), null), l -> Reports.labels(dir, l), Clock.systemUTC());
                ReportDocument doc = editions.assemble(draft);
                assembled = (System.nanoTime() - t0) / 1e9;
                sections = doc.sections().size();
                pdf = editions.render(doc, ReportVersion.Format.PDF);
            }
            double total = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
            }
            Path out = dir.resolve("report.pdf");
            Files.write(out, pdf);
            int pages;
            try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                pages = d.getNumberOfPages();
            }
            System.out.printf(Locale.ROOT, "report %s: %d incidents, %d pages, %.1f MB PDF/A-3a; gathered and assembled in %.1f s, rendered in %.1f s,"
                    + " %.1f s in all; peak heap %.0f MB (max heap %.0f MB)%n", lang, sections, pages, pdf.length / 1e6, assembled, total - assembled, total,
                    peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            return 0;
        } finally {
            if (work == null) ExportBenchmark.deleteTree(dir);
        }
    }
}
