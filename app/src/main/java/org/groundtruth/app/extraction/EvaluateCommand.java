package org.groundtruth.app.extraction;

import org.groundtruth.app.UserException;
import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.extraction.evaluation.ScoreReport;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.intake.text.ExtractionEvaluation;
import org.groundtruth.intake.text.TransliteratingPlaceLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code groundtruth intake evaluate}: scores the extractor on the labelled sets. The bundled gazetteer only, so that
 * the figures do not depend on places a user has added (the labels name bundled places).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extractor on the labelled sets: precision and recall per field (date, place, killed, objects, parties, ...)",
                "for the hand-labelled Arabic and Ukrainian sets, and the English UCDP headline set when --ucdp is given."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--ucdp", paramLabel = "CSV",
            description = "UCDP GED Syria CSV for the English set (shared/data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv).")
    Path ucdp;

    @Option(names = "--misses", description = "Also list the values missed or read wrong.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        if (ucdp != null && !Files.isRegularFile(ucdp)) throw new UserException("no such file: " + ucdp);
        Gazetteer g = BundledGazetteer.load();
        List<ScoreReport> reports = ExtractionEvaluation.run(new RuleBasedExtractor(new TransliteratingPlaceLookup(g)), g, ucdp);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (ucdp == null) out.println("English (UCDP GED Syria headlines): not scored; give --ucdp CSV");
        for (ScoreReport r : reports) {
            out.print(ExtractionEvaluation.format(r));
            if (misses) r.misses().forEach(m -> out.println("  miss " + m));
        }
        out.flush();
        return 0;
    }
}
