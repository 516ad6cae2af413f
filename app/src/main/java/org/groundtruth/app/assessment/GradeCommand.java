package org.groundtruth.app.assessment;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.grading.Grade;
import org.groundtruth.grading.GradeOverride;
import org.groundtruth.incident.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "How well an incident is established (confirmed, fair, weak, contested, discounted), with the reasons. "
                + "A reviewer may override it with --override GRADE --reason TEXT [--by NAME] (kept with the computed grade); "
                + "--override computed returns to the computed grade. --all grades every incident and stores the results.")
public final class GradeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INCIDENT_ID", arity = "0..1", description = "The incident to grade.")
    String incidentId;

    @Option(names = "--all", description = "Grade every incident and store the results.")
    boolean all;

    @Option(names = "--override", paramLabel = "GRADE", description = "Set the grade by hand: confirmed, fair, weak, contested, "
            + "discounted, or 'computed' to return to the computed grade.")
    String override;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required with --override).")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides, when not the operating-system user running the "
            + "command (kept with the override; the audit log records both).")
    String by;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (all == (incidentId != null)) throw new UserException("give either INCIDENT_ID or --all");
        if (override != null && all) throw new UserException("--override applies to one incident, not --all");
        Grade grade = null;
        if (override != null) {
            if (!override.equalsIgnoreCase("computed")) {
                grade = Grade.parse(override).orElseThrow(() -> new UserException("--override: unknown grade '" + override
                        + "'; use one of " + Grade.known() + ", or computed"));
            }
            if (reason == null || reason.isBlank()) throw new UserException("--override needs --reason TEXT: a written reason is kept with it");
        } else if (reason != null || by != null) {
            throw new UserException("--reason and --by go with --override GRADE");
        }
        try (Store store = storeOptions.open()) {
            Assessor assessor = Assessors.withSightings(store, storeOptions.dataDir());
            if (all) {
                Map<Grade, Integer> per = new EnumMap<>(Grade.class);
                long n = assessor.assessAll(a -> per.merge(a.grade().effective(), 1, Integer::sum));
                System.out.println(n + " incident(s) graded and stored:");
                per.forEach((g, count) -> System.out.println("  " + count + "\t" + g.label()));
                return 0;
            }
            Incident i = Assessors.incident(store, incidentId);
            if (override != null) {
                String actor = org.groundtruth.app.account.CliActor.actor();
                String author = by == null || by.isBlank() ? actor : by.strip();
                store.port(AssessmentLedger.PORT).override(GradeOverride.of(i.id(), grade, reason, author),
                        new org.groundtruth.audit.ChangeNote(actor, "grade override" + (author.equals(actor) ? "" : " by " + author) + ": " + reason));
            }
            Assessment a = assessor.refresh(i);
            Assessors.printGrade(System.out, i, a);
            return 0;
        }
    }
}
