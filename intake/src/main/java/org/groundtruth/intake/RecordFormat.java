package org.groundtruth.intake;

import org.groundtruth.intake.read.InputFile;

/**
 * One input format: turns a file into records, streaming. Whole-file problems (empty, wrong columns, bad bytes,
 * not CSV at all) are thrown as {@link org.groundtruth.ingest.ImportRejectedException}; row problems go to the sink
 * and reading goes on, so that one pass lists them all.
 */
public interface RecordFormat {

    /** The name used on the command line ("acled", "ucdp-ged", ...). */
    String name();

    /** The dataset recorded in each record's {@link org.groundtruth.incident.Source}. */
    String dataset();

    /**
     * The licence mark its publisher gives the dataset (UCDP GED: CC BY 4.0; ACLED: reference only), recorded by the
     * first import of it (decision 0930); empty where the format cannot know (a GeoJSON file), which leaves the dataset
     * restricted until someone marks it.
     */
    default java.util.Optional<org.groundtruth.publication.SourceLicence> licence() {
        return org.groundtruth.publication.SourceLicences.publisherTerms(dataset());
    }

    void read(InputFile file, RecordSink sink);
}
