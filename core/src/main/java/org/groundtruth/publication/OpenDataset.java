package org.groundtruth.publication;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The rows of an open dataset: the published incidents of a selection, redacted by the exporter's rules
 * ({@link Redaction}, with the store's licence marks), streamed from the store. Every export (CLI, API) reads its rows
 * here, so that none can choose its own columns or forget a rule.
 */
public final class OpenDataset {
    private OpenDataset() {
    }

    /** The redacted rows of the selection, streamed: close the stream (it holds the store's cursor). */
    public static Stream<PublishedIncident> rows(PublicationLedger ledger, Selection selection) {
        SourceLicences licences = SourceLicences.of(ledger.licenceMarks());
        return ledger.published(selection)
                .map(p -> Redaction.forPublication(p.incident(), p.grade(), licences))
                .filter(selection::matches);
    }

    /**
     * The rows as an iterator that has already read its first row, so that a caller can refuse an empty selection
     * before it opens its output ("nothing matches" said plainly, never an empty file).
     *
     * @throws EmptySelectionException when no published incident matches
     */
    public static Iterator<PublishedIncident> nonEmpty(Stream<PublishedIncident> rows, Selection selection) {
        Iterator<PublishedIncident> it = rows.iterator();
        if (!it.hasNext()) throw new EmptySelectionException(selection); // the stream's iterator keeps the row it read
        return it;
    }
}
