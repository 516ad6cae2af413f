package org.groundtruth.app.bench;

import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.extraction.SourceText;
import org.groundtruth.extraction.TextExtractor;
import org.groundtruth.extraction.evaluation.LabelledText;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.intake.text.LabelledSets;
import org.groundtruth.intake.text.TransliteratingPlaceLookup;
import org.groundtruth.intake.text.UcdpHeadlineSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/**
 * Times text extraction on long articles in the three languages (each the texts of a labelled set joined into one) and,
 * in the same run and alternating with it, the regular-expression peer on the same text ({@link RegexExtractorPeer},
 * decision 1011). The target: a long article in well under a second. Reports the first (cold) extraction, then
 * the median wall and CPU time of the rounds, the peer's, and the ratio of the medians; CPU time is the one to read on a
 * shared machine.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = "Time extraction of long articles in English, Arabic and Ukrainian beside a regular-expression extractor on the same texts.")
public final class IntakeBenchmark implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "20", description = "Timed rounds of each, alternating (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--ucdp", paramLabel = "CSV", defaultValue = "../shared/data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv",
            description = "UCDP GED Syria CSV for the English article (its first 150 usable headlines); skipped when absent (default: ${DEFAULT-VALUE}).")
    Path ucdp;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--rounds: at least 1");
        System.out.println("Machine: " + Machine.describe());
        Gazetteer g = BundledGazetteer.load();
        TextExtractor extractor = new RuleBasedExtractor(new TransliteratingPlaceLookup(g));
        RegexExtractorPeer peer = new RegexExtractorPeer(g);
        List<SourceText> articles = new ArrayList<>();
        if (Files.isRegularFile(ucdp)) articles.add(article(new UcdpHeadlineSet(g).read(ucdp, false).subList(0, 150), Language.ENGLISH));
        else System.out.println("English: skipped (no " + ucdp + ")");
        articles.add(article(LabelledSets.arabic(), Language.ARABIC));
        articles.add(article(LabelledSets.ukrainian(), Language.UKRAINIAN));
        System.out.printf(Locale.ROOT, "%-10s %7s %9s %11s %11s %11s %11s %7s %7s%n", "article", "chars", "first ms", "wall p50 ms", "cpu p50 ms",
                "peer wall", "peer cpu", "ratio", "cands");
        for (SourceText a : articles) {
            long first = System.nanoTime();
            int candidates = extractor.extract(a).candidates().size();
            double firstMs = (System.nanoTime() - first) / 1e6;
            double[][] ours = new double[2][rounds], theirs = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                time(x -> extractor.extract(x).candidates().size(), a, ours, r);
                time(x -> peer.read(x.text()), a, theirs, r);
            }
            double ourCpu = median(ours[1]), theirCpu = median(theirs[1]);
            System.out.printf(Locale.ROOT, "%-10s %7d %9.0f %11.1f %11.1f %11.2f %11.2f %7.1f %7d%n", a.language().code(), a.text().length(), firstMs,
                    median(ours[0]), ourCpu, median(theirs[0]), theirCpu, ourCpu / Math.max(theirCpu, 1e-3), candidates);
        }
        System.out.println("ratio: Groundtruth's CPU time over the peer's (medians); the issue's target is well under 1,000 ms a long article");
        System.out.println("Load after: " + Machine.loadAverage());
        return 0;
    }

    private static void time(ToIntFunction<SourceText> work, SourceText a, double[][] into, int round) {
        long wall = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        if (work.applyAsInt(a) < 0) throw new IllegalStateException("unreachable");
        into[1][round] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        into[0][round] = (System.nanoTime() - wall) / 1e6;
    }

    /** A long article: the set's texts joined as paragraphs, read against the last text's publication time. */
    static SourceText article(List<LabelledText> texts, Language language) {
        StringBuilder b = new StringBuilder();
        for (LabelledText t : texts) b.append(t.source().text()).append("\n\n");
        return new SourceText(b.toString().strip(), language, OffsetDateTime.parse("2016-02-16T10:00+02:00"), null, null);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
