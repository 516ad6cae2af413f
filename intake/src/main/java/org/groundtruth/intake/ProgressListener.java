package org.groundtruth.intake;

/** Told how far an import has got, often enough to draw a progress bar, rarely enough to cost nothing. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (phase, bytesRead, totalBytes, rows) -> { };

    void progress(ImportPhase phase, long bytesRead, long totalBytes, long rows);
}
