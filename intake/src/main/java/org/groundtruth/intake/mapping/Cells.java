package org.groundtruth.intake.mapping;

import org.groundtruth.intake.read.CsvRow;

import java.util.Map;

/** One input row as a mapping reads it: a CSV row or a JSON object, each naming its own file and line in problems. */
public interface Cells {

    /** The value stripped of surrounding spaces, or null when absent, blank or a null token. */
    String text(String column);

    /** Records a problem on the column (null: the whole row). */
    void problem(String column, String message);

    boolean hasProblems();

    /** The problems recorded so far, each naming the file, the line and the column. */
    java.util.List<org.groundtruth.ingest.RowProblem> problems();

    long line();

    /** The row as read, column to value, kept with the record. */
    Map<String, String> fields();

    static Cells of(CsvRow row) {
        return new Cells() {
            @Override
            public String text(String column) {
                return row.text(column);
            }

            @Override
            public void problem(String column, String message) {
                row.problem(column, message);
            }

            @Override
            public boolean hasProblems() {
                return row.hasProblems();
            }

            @Override
            public java.util.List<org.groundtruth.ingest.RowProblem> problems() {
                return row.problems();
            }

            @Override
            public long line() {
                return row.line();
            }

            @Override
            public Map<String, String> fields() {
                return row.fields();
            }
        };
    }
}
