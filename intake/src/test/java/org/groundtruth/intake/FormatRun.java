package org.groundtruth.intake;

import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.read.InputFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a file with one format, outside the pipeline, keeping every record and problem: for golden tests. */
public final class FormatRun {
    public final Map<String, ImportedRecord> byKey = new LinkedHashMap<>();
    public final Map<String, Long> lineByKey = new LinkedHashMap<>();
    public final List<ImportedRecord> records = new ArrayList<>();
    public final List<RowProblem> problems = new ArrayList<>();

    public static FormatRun read(RecordFormat format, Path file) {
        FormatRun run = new FormatRun();
        try (InputFile in = InputFile.open(file)) {
            format.read(in, new RecordSink() {
                @Override
                public void record(long line, ImportedRecord record) {
                    run.records.add(record);
                    run.byKey.put(record.originKey(), record);
                    run.lineByKey.put(record.originKey(), line);
                }

                @Override
                public void problems(List<RowProblem> problems) {
                    run.problems.addAll(problems);
                }
            });
        } catch (ImportRejectedException e) {
            run.problems.addAll(e.problems());
        }
        return run;
    }

    public ImportedRecord get(String key) {
        ImportedRecord r = byKey.get(key);
        if (r == null) throw new AssertionError("no record " + key + "; problems: " + problems);
        return r;
    }
}
