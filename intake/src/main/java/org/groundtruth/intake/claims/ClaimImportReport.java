package org.groundtruth.intake.claims;

import org.groundtruth.ingest.ImportRun;

import java.util.List;

/**
 * What a claim import did.
 *
 * @param unplacedListed the first unplaced claims, as "line N key: names"; they are stored, listed for fixing
 */
public record ClaimImportReport(String file, long rows, long inserted, long updated, long unchanged, long bySource,
                                long byGazetteer, long unplaced, List<String> unplacedListed, ImportRun run) {
    public ClaimImportReport {
        unplacedListed = List.copyOf(unplacedListed);
    }

    public String summary() {
        return "claims from " + file + ": " + rows + " rows, " + inserted + " new, " + updated + " changed, " + unchanged
                + " unchanged; placed by source " + bySource + ", by gazetteer " + byGazetteer + ", unplaced " + unplaced;
    }
}
