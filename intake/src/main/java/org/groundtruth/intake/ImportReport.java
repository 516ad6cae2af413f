package org.groundtruth.intake;

import org.groundtruth.ingest.ImportRun;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param rows               records written
 * @param placedBySource     rows whose coordinates came from the file
 * @param placedByGazetteer  rows without coordinates that the gazetteer placed
 * @param unplaced           rows kept without coordinates
 * @param unplacedListed     the first of those, for the user to fix (at most {@link Importer#MAX_UNPLACED_LISTED})
 */
public record ImportReport(String file, String format, String fileSha256, long rows, long inserted, long updated,
                           long unchanged, long placedBySource, long placedByGazetteer, long unplaced,
                           List<UnplacedRow> unplacedListed, ImportRun run, Duration duration, long skipped) {

    public ImportReport {
        unplacedListed = List.copyOf(unplacedListed);
    }

    /** A report of an import that skipped no row. */
    public ImportReport(String file, String format, String fileSha256, long rows, long inserted, long updated, long unchanged,
                        long placedBySource, long placedByGazetteer, long unplaced, List<UnplacedRow> unplacedListed, ImportRun run,
                        Duration duration) {
        this(file, format, fileSha256, rows, inserted, updated, unchanged, placedBySource, placedByGazetteer, unplaced,
                unplacedListed, run, duration, 0);
    }

    /** Share of rows with coordinates, from the file or the gazetteer, 0..1. */
    public double placedShare() {
        long imported = rows - skipped;
        return imported <= 0 ? 1.0 : (double) (placedBySource + placedByGazetteer) / imported;
    }

    public double rowsPerSecond() {
        double s = duration.toNanos() / 1e9;
        return s <= 0 ? rows : rows / s;
    }

    /** One line for a terminal: "16566 rows from x.csv (ucdp-ged): 16566 new, 0 updated, 0 unchanged; 0 unplaced". */
    public String summary() {
        return rows + " rows from " + file + " (" + format + "): " + inserted + " new, " + updated + " updated, "
                + unchanged + " unchanged; " + placedBySource + " placed by the source, " + placedByGazetteer
                + " by the gazetteer, " + unplaced + " unplaced (kept)"
                + (skipped > 0 ? "; " + skipped + " skipped by the mapping's skip conditions" : "");
    }
}
