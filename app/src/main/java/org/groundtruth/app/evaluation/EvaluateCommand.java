package org.groundtruth.app.evaluation;

import org.groundtruth.app.UserException;
import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.extraction.evaluation.FieldScore;
import org.groundtruth.extraction.evaluation.ScoreReport;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.PlacingEvaluation;
import org.groundtruth.intake.evaluation.AttributionEvaluation;
import org.groundtruth.intake.evaluation.Figures;
import org.groundtruth.intake.evaluation.MatchingEvaluation;
import org.groundtruth.intake.evaluation.MergingEvaluation;
import org.groundtruth.intake.text.ExtractionEvaluation;
import org.groundtruth.intake.text.TransliteratingPlaceLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code groundtruth evaluate}: runs every engine that judges (placing, text extraction, claim matching, merging,
 * attribution) on the labelled sets shipped in the repository and prints its figures, then one line of precision and
 * recall per engine. How each set was built and what the figures mean: docs/accuracy.md.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure every judging engine on the labelled sets shipped with Groundtruth and print precision and recall per engine",
                "(placing, extraction, claim matching, merging, attribution; docs/accuracy.md says how each set was built)."})
public final class EvaluateCommand implements Callable<Integer> {
    static final List<String> ENGINES = List.of("placing", "extraction", "matching", "merging", "attribution");

    @Option(names = "--only", paramLabel = "ENGINE", split = ",",
            description = "Only these engines: placing, extraction, matching, merging, attribution (default: all).")
    List<String> only;

    @Option(names = "--ucdp", paramLabel = "CSV",
            description = "Also score extraction on the English UCDP headline set (shared/data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv).")
    Path ucdp;

    /** One summary line: an engine, its set and what precision and recall mean there. */
    record Summary(String engine, String set, double precision, double recall, String meaning) {
    }

    @Override
    public Integer call() throws java.io.IOException {
        Set<String> wanted = only == null ? Set.copyOf(ENGINES) : Set.copyOf(only);
        for (String e : wanted) {
            if (!ENGINES.contains(e)) throw new UserException("--only: unknown engine '" + e + "' (" + String.join(", ", ENGINES) + ")");
        }
        if (ucdp != null && !Files.isRegularFile(ucdp)) throw new UserException("--ucdp: no such file " + ucdp);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Summary> summary = new ArrayList<>();
        if (wanted.contains("placing")) {
            out.println("== placing (gazetteer)");
            PlacingEvaluation.Result r = PlacingEvaluation.run();
            r.lines().forEach(out::println);
            for (String set : List.of(PlacingEvaluation.UCDP_SET, PlacingEvaluation.SYRIAN_ARCHIVE_SET, PlacingEvaluation.BORDER_SET,
                    PlacingEvaluation.GOVERNORATE_SET)) {
                summary.add(new Summary("placing", set, r.value(set, "precision").orElse(Double.NaN), r.value(set, "recall").orElse(Double.NaN),
                        "right entry within tolerance / claimed, / rows"));
            }
        }
        if (wanted.contains("extraction")) {
            out.println("== extraction (text to candidate strikes)");
            Gazetteer g = BundledGazetteer.load();
            for (ScoreReport r : ExtractionEvaluation.run(new RuleBasedExtractor(new TransliteratingPlaceLookup(g)), g, ucdp)) {
                out.print(ExtractionEvaluation.format(r));
                int right = 0, proposed = 0, labelled = 0;
                for (FieldScore f : r.fields().values()) {
                    right += f.right();
                    proposed += f.proposed();
                    labelled += f.labelled();
                }
                summary.add(new Summary("extraction", r.set(), proposed == 0 ? Double.NaN : right / (double) proposed,
                        labelled == 0 ? Double.NaN : right / (double) labelled, "values right / proposed, / labelled (all fields)"));
            }
        }
        if (wanted.contains("matching")) {
            out.println("== claim matching");
            Figures f = MatchingEvaluation.run();
            f.lines().forEach(out::println);
            // as `claims import` places claims: the gazetteer, then the store's earlier incidents (decision 0565)
            summary.add(new Summary("matching", MatchingEvaluation.SET, f.require(MatchingEvaluation.RECORDED, "precision@1"),
                    f.require(MatchingEvaluation.RECORDED, "recall@1"),
                    "first incident right / claims with candidates, / claims (placed also by earlier incidents)"));
        }
        if (wanted.contains("merging")) {
            out.println("== merging");
            Figures f = MergingEvaluation.run();
            f.lines().forEach(out::println);
            summary.add(new Summary("merging", MergingEvaluation.SET, f.require(MergingEvaluation.SET, "b-cubed precision"),
                    f.require(MergingEvaluation.SET, "b-cubed recall"), "B-cubed of the groups as proposed, held-back years"));
        }
        if (wanted.contains("attribution")) {
            out.println("== attribution");
            Figures f = AttributionEvaluation.run();
            f.lines().forEach(out::println);
            String s = AttributionEvaluation.SET;
            double named = f.require(s, "single verdicts") + f.require(s, "joint verdicts");
            double right = f.require(s, "single verdicts") - f.require(s, "wrong single verdicts") + f.require(s, "joint verdicts holding the party");
            summary.add(new Summary("attribution", s, named == 0 ? Double.NaN : right / named,
                    right / f.require(s, "incidents coded to one party"), "verdicts naming the coded party / naming any, / incidents"
                    + String.format(Locale.ROOT, "; top-1 %.3f", f.require(s, "top-1"))));
        }
        out.println("== precision and recall per engine");
        for (Summary s : summary) {
            out.printf(Locale.ROOT, "%-12s %-36s precision %s  recall %s  (%s)%n", s.engine(), s.set(), fmt(s.precision()), fmt(s.recall()), s.meaning());
        }
        return 0;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
    }
}
