package org.groundtruth.app.evidence;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.evidence.ChainBreak;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.evidence.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code groundtruth verify}: re-hashes every stored evidence file and walks every chain of custody; exit 1 on any break. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash every evidence file and walk every chain of custody; name each break (file, entry, expected, found). Exit 1 on a break.")
public final class VerifyCommand implements Callable<Integer> {
    public static final int EXIT_BROKEN = 1;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VerificationReport report;
        try (Store s = store.open()) {
            EvidenceService evidence = EvidenceWiring.service(s, store);
            report = evidence.verifyAll();
        }
        for (ChainBreak b : report.breaks()) err.println("BROKEN " + b.describe());
        for (Sha256 h : report.unrecordedFiles()) out.println("note: file " + h + " is held without a record: it was stored but its recording never completed"
                + " (a process stopped, or the machine failed, between the two); it is no evidence of anything until added again");
        out.printf("verify: %d files, %d custody entries checked; %s%n", report.filesChecked(), report.entriesChecked(),
                report.intact() ? "all intact" : report.breaks().size() + " break(s)");
        out.flush();
        err.flush();
        return report.intact() ? 0 : EXIT_BROKEN;
    }
}
