package org.groundtruth.intake;

import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.read.CsvRow;
import org.groundtruth.intake.read.CsvTable;

import java.util.function.Function;

/** The row loop every CSV format shares: interpret each row, hand on the record or the row's problems. */
public final class CsvRecords {
    private CsvRecords() {
    }

    /**
     * @param interpret builds the record from a row, reporting bad cells on the row; returns null when it cannot.
     *                  An IllegalArgumentException from a domain type (a date window ending before it starts, say)
     *                  becomes a problem of the whole row.
     */
    public static void feed(CsvTable table, RecordSink sink, Function<CsvRow, ImportedRecord> interpret) {
        feed(table, sink, null, interpret);
    }

    /** As above; rows {@code skip} accepts (a mapping's skip conditions; null: none) are counted as skipped, not read. */
    public static void feed(CsvTable table, RecordSink sink, java.util.function.Predicate<CsvRow> skip,
                            Function<CsvRow, ImportedRecord> interpret) {
        table.forEachRow(row -> {
            if (skip != null && !row.hasProblems() && skip.test(row)) {
                sink.skipped(row.line());
                return;
            }
            ImportedRecord record = null;
            if (!row.hasProblems()) {
                try {
                    record = interpret.apply(row);
                } catch (IllegalArgumentException e) {
                    row.problem(null, e.getMessage());
                }
            }
            if (record == null && !row.hasProblems()) row.problem(null, "the row could not be read");
            if (row.hasProblems()) sink.problems(row.problems());
            else sink.record(row.line(), record);
        });
    }
}
