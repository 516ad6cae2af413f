package org.groundtruth.app.claims;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.account.CliActor;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.intake.claims.ClaimImportReport;
import org.groundtruth.intake.claims.ClaimImporter;
import org.groundtruth.matching.LedgerMatching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import claims from CSV or JSON, all or nothing; locality names are placed with the gazetteer, unplaced"
                + " claims are kept and listed. The new and changed claims are then matched against the incidents.")
public final class ClaimsImportCommand implements Callable<Integer> {
    private static final int UNPLACED_SHOWN = 20;
    /** Where a mapping comes from, said whenever none was given (issue 9, smaller things). */
    static final String DEFAULT_MAPPING = "no --mapping was given, so columns (or JSON properties) are read by the field"
            + " names themselves: party, stated_at, date, localities, lat, lon, claimed_target, source_url, ... For other column"
            + " names, write a mapping file as docs/import-mapping.md says (section Claims; an example is"
            + " intake/src/main/resources/sample-claims/sample-claims.mapping.yaml) and pass it with --mapping FILE.";

    @Parameters(paramLabel = "FILE", description = "The file of claims.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "F", description = "csv or json.")
    String format;

    @Option(names = "--mapping", paramLabel = "M", description = "Mapping file (YAML or JSON, docs/import-mapping.md);"
            + " without it, columns (or JSON properties) are named after the fields: party, stated_at, date, localities, ...")
    Path mapping;

    @Option(names = "--no-match", description = "Do not match the new claims against the incidents now.")
    boolean noMatch;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new UserException("no such file: " + file);
        if (mapping != null && !Files.isRegularFile(mapping)) throw new UserException("no such mapping file: " + mapping);
        try (Store store = storeOptions.open()) {
            ClaimImportReport report;
            try {
                report = new ClaimImporter().importFile(file, format, mapping,
                        LocalGazetteer.withRecordedPlaces(storeOptions.dataDir(), store.port(org.groundtruth.incident.IncidentStore.PORT)),
                        store.port(ClaimLedger.PORT), Instant.now(), CliActor.actor());
            } catch (org.groundtruth.ingest.ImportRejectedException e) {
                if (mapping != null) throw e;
                java.util.List<org.groundtruth.ingest.RowProblem> problems = new java.util.ArrayList<>(e.problems());
                problems.add(new org.groundtruth.ingest.RowProblem("(command line)", 0, "--mapping", DEFAULT_MAPPING));
                throw new org.groundtruth.ingest.ImportRejectedException(problems);
            }
            System.out.println(report.summary());
            if (mapping == null) System.out.println("Read with the default mapping: " + DEFAULT_MAPPING);
            if (report.unplaced() > 0) {
                System.out.println("Claims kept without a place (fix their locality names, or add places to the gazetteer):");
                report.unplacedListed().stream().limit(UNPLACED_SHOWN).forEach(u -> System.out.println("  " + u));
                if (report.unplaced() > UNPLACED_SHOWN) System.out.println("  ... `groundtruth claims list --unplaced` lists them all");
            }
            if (!noMatch) System.out.println(new LedgerMatching(store.port(ClaimLedger.PORT)).catchUp().line());
            return 0;
        }
    }
}
