package org.groundtruth.extraction.evaluation;

/**
 * Counts for one field: right values, wrong or unwanted values, and labelled values missed.
 * Precision = right / proposed; recall = right / labelled.
 */
public record FieldScore(String field, int right, int wrong, int missed) {
    public int proposed() {
        return right + wrong;
    }

    public int labelled() {
        return right + missed;
    }

    /** NaN when nothing was proposed. */
    public double precision() {
        return proposed() == 0 ? Double.NaN : (double) right / proposed();
    }

    /** NaN when nothing was labelled. */
    public double recall() {
        return labelled() == 0 ? Double.NaN : (double) right / labelled();
    }

    FieldScore plus(int r, int w, int m) {
        return new FieldScore(field, right + r, wrong + w, missed + m);
    }
}
