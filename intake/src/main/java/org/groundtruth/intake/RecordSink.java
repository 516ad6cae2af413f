package org.groundtruth.intake;

import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;

import java.util.List;

/** Receives what a {@link RecordFormat} reads, row by row, in file order. */
public interface RecordSink {

    /** A row understood; line is the 1-based line (or, for JSON, the line the feature starts on). */
    void record(long line, ImportedRecord record);

    /** A row that could not be understood, with everything wrong with it. */
    void problems(List<RowProblem> problems);

    /** A row the mapping's skip conditions leave out: read, not imported, not a problem. */
    default void skipped(long line) {
    }
}
