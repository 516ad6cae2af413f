package org.groundtruth.publication;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every dataset's licence mark. The datasets Groundtruth reads by name carry their publishers' terms; any other
 * dataset (a mapping import, a GeoJSON file, reports entered by hand) is restricted until marked (decision 0901),
 * because an unmarked source may be a confidential one.
 */
public final class SourceLicences {
    private static final List<SourceLicence> KNOWN = List.of(
            new SourceLicence("ucdp-ged", Republication.OPEN, "CC BY 4.0",
                    "UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)"),
            new SourceLicence("syrian-archive", Republication.OPEN, "CC BY-SA 4.0", "Syrian Archive"),
            new SourceLicence("acled", Republication.REFERENCE_ONLY, "ACLED Terms of Use",
                    "Armed Conflict Location & Event Data Project (ACLED); rows given by their ACLED event ids"));

    private final Map<String, SourceLicence> byDataset;

    private SourceLicences(Map<String, SourceLicence> byDataset) {
        this.byDataset = Map.copyOf(byDataset);
    }

    /** The known datasets' terms. */
    public static SourceLicences defaults() {
        return of(List.of());
    }

    /** The known datasets' terms, with these marks (as recorded on import) taking precedence. */
    public static SourceLicences of(Collection<SourceLicence> marks) {
        Map<String, SourceLicence> m = new HashMap<>();
        for (SourceLicence l : KNOWN) m.put(key(l.dataset()), l);
        for (SourceLicence l : marks) m.put(key(l.dataset()), l);
        return new SourceLicences(m);
    }

    /** The terms a dataset's publisher releases it under, where Groundtruth knows the dataset by name. */
    public static Optional<SourceLicence> publisherTerms(String dataset) {
        return KNOWN.stream().filter(l -> key(l.dataset()).equals(key(dataset))).findFirst();
    }

    /**
     * What an import records as its dataset's mark (decision 0930): a mark given deliberately (on the command line)
     * replaces the one in force unless it says the same; a mark the format or mapping file declares is recorded only
     * where the dataset has none yet, so that re-importing never reopens a dataset someone restricted.
     *
     * @param recorded   the marks recorded in the store
     * @param declared   the mark of this import, or null
     * @param deliberate whether a person gave it for this import
     */
    public static Optional<SourceLicence> toRecordOnImport(Collection<SourceLicence> recorded, SourceLicence declared, boolean deliberate) {
        if (declared == null) return Optional.empty();
        Optional<SourceLicence> inForce = recorded.stream().filter(l -> key(l.dataset()).equals(key(declared.dataset()))).findFirst();
        if (inForce.isEmpty()) return Optional.of(declared);
        if (!deliberate || sameTerms(inForce.get(), declared)) return Optional.empty();
        return Optional.of(declared);
    }

    private static boolean sameTerms(SourceLicence a, SourceLicence b) {
        return a.terms() == b.terms() && java.util.Objects.equals(a.licence(), b.licence()) && java.util.Objects.equals(a.attribution(), b.attribution());
    }

    public SourceLicence of(String dataset) {
        SourceLicence l = byDataset.get(key(dataset));
        return l != null ? l : SourceLicence.unmarked(dataset);
    }

    private static String key(String dataset) {
        return dataset.strip().toLowerCase(Locale.ROOT);
    }
}
