package org.groundtruth.app.imports;

import org.groundtruth.app.UserException;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.SourceLicence;
import org.groundtruth.publication.SourceLicences;
import org.groundtruth.store.Store;

/**
 * The licence mark an import records for its dataset (decision 0930): the one given on the command line, else the one
 * the format or mapping file declares (first import only). Recorded after the import succeeded, so a rejected file
 * marks nothing; exports and reports then name, reference or only count the dataset's rows as the mark says.
 */
public final class ImportLicence {
    private ImportLicence() {
    }

    /** The mark given with {@code --terms/--licence/--credit}, checked before anything is read; null when none was given. */
    public static SourceLicence given(String dataset, String terms, String licence, String credit) {
        if (terms == null) {
            if (licence != null || credit != null) throw new UserException("--licence and --credit need --terms (open, reference_only or restricted)");
            return null;
        }
        Republication t = Republication.parse(terms)
                .orElseThrow(() -> new UserException("--terms: not one of " + Republication.codes()));
        try {
            return new SourceLicence(dataset, t, licence, credit);
        } catch (IllegalArgumentException e) {
            throw new UserException("--" + e.getMessage());
        }
    }

    /** Records what is due and says, in one line, what the dataset's mark now is. */
    public static String record(Store store, SourceLicence given, java.util.Optional<SourceLicence> declared, String dataset, String actor) {
        PublicationLedger ledger = store.port(PublicationLedger.PORT);
        SourceLicence candidate = given != null ? given : declared.orElse(null);
        var toRecord = SourceLicences.toRecordOnImport(ledger.licenceMarks(), candidate, given != null);
        toRecord.ifPresent(mark -> ledger.mark(mark, new ChangeNote(actor, "licence mark recorded on import")));
        SourceLicence inForce = SourceLicences.of(ledger.licenceMarks()).of(dataset);
        if (inForce.licence() == null && inForce.attribution() == null && inForce.terms() == Republication.RESTRICTED) {
            return "licence: " + dataset + " is unmarked, so its rows are counted in exports and reports, never named"
                    + " (`groundtruth licence " + dataset + " --terms open --licence NAME --credit TEXT` to publish them)";
        }
        return "licence: " + dataset + " " + inForce.terms().code() + " — " + inForce.mark() + (toRecord.isPresent() ? " (recorded now)" : "");
    }
}
