package org.groundtruth.app.publication;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.account.CliActor;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.SourceLicence;
import org.groundtruth.publication.SourceLicences;
import org.groundtruth.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code groundtruth licence DATASET --terms open|reference_only|restricted [--licence NAME] [--credit TEXT]} records a
 * dataset's licence mark (audited); without {@code --terms} it shows the mark in force. Unmarked datasets stay
 * restricted: their rows are counted in exports, never named.
 */
@Command(name = "licence", mixinStandardHelpOptions = true,
        description = {"Show or record the licence mark of a dataset (what of its rows may be published).",
                "open: name, link and id with the credit line; reference_only: its own record ids only (ACLED); restricted: counted only."})
public final class LicenceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset the reports were imported from (as in the source column: ucdp-ged, acled, ...).")
    String dataset;

    @Option(names = "--terms", paramLabel = "TERMS", description = "open, reference_only or restricted.")
    String terms;

    @Option(names = "--licence", paramLabel = "NAME", description = "The licence's short name (CC BY 4.0).")
    String licence;

    @Option(names = "--credit", paramLabel = "TEXT", description = "The credit line its licence asks for.")
    String credit;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    String reason;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            PublicationLedger ledger = store.port(PublicationLedger.PORT);
            if (terms == null) {
                if (licence != null || credit != null) throw new UserException("--licence and --credit need --terms");
                SourceLicence l = SourceLicences.of(ledger.licenceMarks()).of(dataset);
                System.out.println(l.dataset() + ": " + l.terms().code() + (l.licence() == null && l.attribution() == null ? " (unmarked)" : " — " + l.mark()));
                return 0;
            }
            Republication t = Republication.parse(terms)
                    .orElseThrow(() -> new UserException("--terms: '" + terms + "' is not one of " + Republication.codes()));
            SourceLicence marked = ledger.mark(new SourceLicence(dataset, t, licence, credit), new ChangeNote(CliActor.actor(), reason));
            System.out.println("marked " + marked.dataset() + " " + marked.terms().code() + (marked.licence() == null ? "" : " — " + marked.mark()));
            return 0;
        }
    }
}
