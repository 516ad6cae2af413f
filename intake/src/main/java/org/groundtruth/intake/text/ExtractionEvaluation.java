package org.groundtruth.intake.text;

import org.groundtruth.extraction.PlaceLookup;
import org.groundtruth.extraction.TextExtractor;
import org.groundtruth.extraction.evaluation.ExtractionScorer;
import org.groundtruth.extraction.evaluation.FieldScore;
import org.groundtruth.extraction.evaluation.LabelledText;
import org.groundtruth.extraction.evaluation.ScoreReport;
import org.groundtruth.gazetteer.Gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs an extractor over the labelled sets and prints precision and recall per field. */
public final class ExtractionEvaluation {
    private ExtractionEvaluation() {
    }

    /**
     * Scores the Arabic and Ukrainian sets, and the English UCDP set when its CSV is given (the whole set for dates
     * and places; the killed counts on the hand-labelled sample).
     */
    public static List<ScoreReport> run(TextExtractor extractor, Gazetteer gazetteer, Path ucdpCsv) throws IOException {
        ExtractionScorer scorer = new ExtractionScorer(PlaceLookup.of(gazetteer));
        List<ScoreReport> out = new ArrayList<>();
        if (ucdpCsv != null) {
            List<LabelledText> english = new UcdpHeadlineSet(gazetteer).read(ucdpCsv, false);
            out.add(scorer.score("English (UCDP GED Syria headlines)", english, extractor));
        }
        out.add(scorer.score("Arabic (hand-labelled)", LabelledSets.arabic(), extractor));
        out.add(scorer.score("Ukrainian (hand-labelled)", LabelledSets.ukrainian(), extractor));
        return out;
    }

    /** A plain-text table: one line per field with precision, recall and the counts behind them. */
    public static String format(ScoreReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %d texts, %d labelled strikes, %d candidates (%d paired: strike recall %s, candidate precision %s), %d ms%n",
                r.set(), r.texts(), r.strikes(), r.candidates(), r.paired(), pct(r.strikeRecall()), pct(r.candidatePrecision()), r.millis()));
        b.append(String.format(Locale.ROOT, "  %-10s %9s %9s %7s %7s %7s%n", "field", "precision", "recall", "right", "wrong", "missed"));
        for (String f : ExtractionScorer.FIELDS) {
            FieldScore s = r.field(f);
            if (s.labelled() == 0 && s.proposed() == 0) continue;
            b.append(String.format(Locale.ROOT, "  %-10s %9s %9s %7d %7d %7d%n", f, pct(s.precision()), pct(s.recall()), s.right(), s.wrong(), s.missed()));
        }
        FieldScore coarser = r.field(ExtractionScorer.PLACE_COARSER), finer = r.field(ExtractionScorer.PLACE_FINER);
        if (coarser.wrong() + finer.wrong() > 0) {
            b.append(String.format(Locale.ROOT, "  of the %d wrong places, at another level than the truth (still wrong): %d name only the governorate the "
                    + "coded place lies in; %d name a place inside a governorate the truth gives no finer%n", r.field("place").wrong(), coarser.wrong(), finer.wrong()));
        }
        return b.toString();
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
