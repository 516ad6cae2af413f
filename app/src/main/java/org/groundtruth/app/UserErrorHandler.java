package org.groundtruth.app;

import org.groundtruth.ingest.ImportRejectedException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns the errors a user can fix (bad files, bad options, an unreachable database) into clear messages and a
 * non-zero exit, instead of stack traces. Unexpected errors still show their trace.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_REJECTED = 2;
    private static final int MAX_LISTED = 50;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof ImportRejectedException rejected) {
            err.println("groundtruth: import rejected, nothing was stored. Problems:");
            rejected.problems().stream().limit(MAX_LISTED).forEach(p -> err.println("  " + p));
            long shown = Math.min(MAX_LISTED, rejected.problems().size());
            if (rejected.total() > shown) {
                err.println("  ... and " + (rejected.total() - shown) + " more (" + rejected.total() + " problems in all)");
            }
            err.flush();
            return EXIT_REJECTED;
        }
        if (ex instanceof UserException || ex instanceof IllegalArgumentException || ex instanceof org.groundtruth.testimony.ProtectionException) {
            err.println("groundtruth: " + ex.getMessage());
            err.flush();
            return EXIT_REJECTED;
        }
        throw new RuntimeException(ex);
    }
}
