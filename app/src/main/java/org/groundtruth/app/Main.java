package org.groundtruth.app;

import org.groundtruth.app.assessment.AttributeCommand;
import org.groundtruth.app.assessment.GradeCommand;
import org.groundtruth.app.assessment.ObjectivesCommand;
import org.groundtruth.app.bench.BenchCommand;
import org.groundtruth.app.claims.ClaimsCommand;
import org.groundtruth.app.claims.MatchCommand;
import org.groundtruth.app.evidence.EvidenceCommand;
import org.groundtruth.app.evidence.VerifyBundleCommand;
import org.groundtruth.app.evidence.VerifyCommand;
import org.groundtruth.app.gazetteer.GazetteerCommand;
import org.groundtruth.app.merging.MergeCommand;
import org.groundtruth.app.imports.ImportCommand;
import org.groundtruth.app.serve.DemoCommand;
import org.groundtruth.app.serve.ServeCommand;
import org.groundtruth.app.testimony.KeyCommand;
import org.groundtruth.app.testimony.TestimonyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `groundtruth` command line: one subcommand per capability. */
@Command(name = "groundtruth", mixinStandardHelpOptions = true, version = "Groundtruth 0.1.0",
        description = "Investigate airstrikes that harm civilians: incidents placed, matched, graded and published.",
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, ClaimsCommand.class, MatchCommand.class, MergeCommand.class,
                GazetteerCommand.class, AttributeCommand.class, GradeCommand.class, ObjectivesCommand.class,
                EvidenceCommand.class, VerifyCommand.class, VerifyBundleCommand.class, BenchCommand.class,
                org.groundtruth.app.account.UserCommand.class, org.groundtruth.app.account.AuditCommand.class, org.groundtruth.app.account.ReviewCommand.class,
                TestimonyCommand.class, KeyCommand.class, org.groundtruth.app.warning.SpotterCommand.class, org.groundtruth.app.warning.SightingsCommand.class,
                org.groundtruth.app.warning.WarningCommand.class,
                org.groundtruth.app.publication.ExportCommand.class, org.groundtruth.app.publication.LicenceCommand.class,
                org.groundtruth.app.publication.ReportCommand.class,
                org.groundtruth.app.extraction.IntakeCommand.class, org.groundtruth.app.evaluation.EvaluateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests drive it in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
