package org.groundtruth.app.evidence;

import org.groundtruth.app.UserException;
import org.groundtruth.intake.evidence.BundleRefusedException;
import org.groundtruth.intake.evidence.BundleVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code groundtruth verify-bundle FILE}: checks an exported evidence bundle with nothing but the bundle. */
@Command(name = "verify-bundle", mixinStandardHelpOptions = true,
        description = "Check an evidence bundle on any machine: names every file altered, added or removed and every custody break. Exit 1 if any; 2 if the zip is refused (zip bomb, path traversal, not a bundle).")
public final class VerifyBundleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new UserException("no such file: " + file);
        BundleVerifier.Report report;
        try {
            report = BundleVerifier.verify(file);
        } catch (BundleRefusedException e) {
            throw new UserException("bundle refused: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (BundleVerifier.Finding f : report.findings()) err.println(f.describe());
        out.printf("verify-bundle: %d files, %d custody entries checked; %s%n", report.filesChecked(), report.entriesChecked(),
                report.intact() ? "intact" : report.findings().size() + " problem(s)");
        out.flush();
        err.flush();
        return report.intact() ? 0 : VerifyCommand.EXIT_BROKEN;
    }
}
