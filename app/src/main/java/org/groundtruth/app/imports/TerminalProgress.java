package org.groundtruth.app.imports;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.groundtruth.intake.ImportPhase;
import org.groundtruth.intake.ProgressListener;

/** A progress bar on the terminal for long imports; silent when output is not a terminal (scripts, CI, tests). */
public final class TerminalProgress implements ProgressListener {
    private static final long SHOW_ABOVE_BYTES = 4L << 20;
    private final String fileName;
    private ProgressBar bar;
    private ImportPhase phase;

    private TerminalProgress(String fileName) {
        this.fileName = fileName;
    }

    public static ProgressListener forFile(String fileName) {
        return System.console() == null ? ProgressListener.NONE : new TerminalProgress(fileName);
    }

    @Override
    public void progress(ImportPhase phase, long bytesRead, long totalBytes, long rows) {
        if (totalBytes < SHOW_ABOVE_BYTES) return;
        if (phase != this.phase) {
            if (bar != null) bar.close();
            bar = null;
            this.phase = phase;
            if (phase == ImportPhase.COMMITTING) {
                System.err.println("committing " + fileName + " (" + rows + " rows; building indexes)");
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName((phase == ImportPhase.HASHING ? "hashing " : "importing ") + fileName)
                    .setInitialMax(totalBytes >> 10).setUnit(" MiB", 1024).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).build();
        }
        if (bar == null) return;
        bar.stepTo(bytesRead >> 10);
        if (phase == ImportPhase.IMPORTING) bar.setExtraMessage(rows + " rows");
    }
}
