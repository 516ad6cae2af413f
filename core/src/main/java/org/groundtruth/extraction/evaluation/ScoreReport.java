package org.groundtruth.extraction.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring one labelled set.
 *
 * @param set        name of the set
 * @param texts      texts scored
 * @param strikes    labelled strikes
 * @param candidates candidates proposed
 * @param paired     candidates paired with a labelled strike (the rest are strikes the labels do not have)
 * @param fields     per field, in a fixed order
 * @param misses     a sample of what went wrong, for whoever improves the extractor ("ar-07 killed: 12 proposed, 5 labelled")
 * @param millis     time spent extracting, all texts together
 */
public record ScoreReport(String set, int texts, int strikes, int candidates, int paired, Map<String, FieldScore> fields,
                          List<String> misses, long millis) {
    public ScoreReport {
        fields = Map.copyOf(fields);
        misses = List.copyOf(misses);
    }

    public FieldScore field(String name) {
        return fields.getOrDefault(name, new FieldScore(name, 0, 0, 0));
    }

    /** The share of labelled strikes a candidate was paired with. */
    public double strikeRecall() {
        return strikes == 0 ? Double.NaN : (double) paired / strikes;
    }

    /** The share of candidates that are labelled strikes. */
    public double candidatePrecision() {
        return candidates == 0 ? Double.NaN : (double) paired / candidates;
    }
}
