package org.groundtruth.app.imports;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.intake.Formats;
import org.groundtruth.intake.ImportReport;
import org.groundtruth.intake.ImportTarget;
import org.groundtruth.intake.Importer;
import org.groundtruth.intake.RecordFormat;
import org.groundtruth.publication.SourceLicence;
import org.groundtruth.matching.LedgerMatching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file of reports, all or nothing: any bad row stops the import and nothing is stored.")
public final class ImportCommand implements Callable<Integer> {
    private static final int UNPLACED_SHOWN = 20;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "One of: acled, ucdp-ged, syrian-archive, geojson, csv (csv needs --mapping).")
    String format;

    @Option(names = "--mapping", paramLabel = "M", description = "Mapping file (YAML or JSON) for --format csv.")
    Path mapping;

    @Option(names = "--all-unplaced", description = "List every row that could not be placed, not only the first "
            + UNPLACED_SHOWN + ".")
    boolean allUnplaced;

    @Option(names = "--no-match", description = "Do not match the new and changed incidents against the claims now"
            + " (`groundtruth match --changed` does it later).")
    boolean noMatch;

    @Option(names = "--terms", paramLabel = "TERMS", description = "The dataset's licence: open, reference_only or restricted; recorded as its mark "
            + "(replacing the one in force). Without it the format's or mapping file's mark is recorded on the dataset's first import.")
    String terms;

    @Option(names = "--licence", paramLabel = "NAME", description = "With --terms: the licence's short name (CC BY 4.0).")
    String licence;

    @Option(names = "--credit", paramLabel = "TEXT", description = "With --terms: the credit line its licence asks for.")
    String credit;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (!Formats.NAMES.contains(format)) {
            throw new UserException("unknown format '" + format + "'; use one of " + String.join(", ", Formats.NAMES));
        }
        if (!Files.isRegularFile(file)) throw new UserException("no such file: " + file);
        if ("csv".equals(format) && mapping == null) throw new UserException("--format csv needs --mapping FILE");
        RecordFormat recordFormat = Formats.forName(format, mapping);
        SourceLicence given = ImportLicence.given(recordFormat.dataset(), terms, licence, credit);
        try (Store store = storeOptions.open()) {
            String actor = org.groundtruth.app.account.CliActor.actor();
            ImportReport report = new Importer().importFile(file, recordFormat, LocalGazetteer.load(storeOptions.dataDir()),
                    ImportTarget.of(store.incidents(), actor), TerminalProgress.forFile(String.valueOf(file.getFileName())));
            System.out.println(report.summary());
            System.out.println(ImportLicence.record(store, given, recordFormat.licence(), recordFormat.dataset(), actor));
            System.out.printf("placed: %.1f%% of rows; %.0f rows/s%n", 100 * report.placedShare(), report.rowsPerSecond());
            if (report.run() != null && report.inserted() + report.updated() > 0) {
                System.out.println("Import " + report.run().id() + ": its new rows are drafts; review them together with"
                        + " `groundtruth review --import " + report.run().id() + " --to in_review --reason TEXT`.");
            }
            if (report.unplaced() > 0) {
                System.out.println("Rows kept without a place (fix their place names, or add places to the gazetteer):");
                report.unplacedListed().stream().limit(allUnplaced ? Long.MAX_VALUE : UNPLACED_SHOWN)
                        .forEach(u -> System.out.println("  " + u));
                long hidden = report.unplaced() - (allUnplaced ? report.unplacedListed().size() : Math.min(UNPLACED_SHOWN, report.unplacedListed().size()));
                if (hidden > 0) System.out.println("  ... and " + hidden + " more (--all-unplaced lists up to 1000)");
            }
            if (!noMatch && report.inserted() + report.updated() > 0) {
                System.out.println(new LedgerMatching(store.port(ClaimLedger.PORT)).catchUp().line());
            }
            return 0;
        }
    }
}
