package org.groundtruth.evidence;

import java.util.List;

/**
 * What {@code verify} found: how much it checked, every break, and files held without a record (harmless: left by
 * a process killed between storing a file and recording it; they are never served).
 */
public record VerificationReport(int filesChecked, int entriesChecked, List<ChainBreak> breaks, List<Sha256> unrecordedFiles) {
    public VerificationReport {
        breaks = List.copyOf(breaks);
        unrecordedFiles = List.copyOf(unrecordedFiles);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
