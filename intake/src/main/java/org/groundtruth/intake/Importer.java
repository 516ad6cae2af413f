package org.groundtruth.intake;

import org.groundtruth.gazetteer.Placer;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.ingest.UpsertOutcome;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.place.Location;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports a file all or nothing (decision 0300). A first pass streams the whole file and collects every problem;
 * if there is any, the import is refused with the list and nothing is stored. Otherwise a second pass streams the
 * file again and writes every record through one {@link ImportWriter}, that is one transaction, committed at the
 * end. The file is never held in memory; a file changed between the passes is refused too.
 */
public final class Importer {
    public static final int MAX_PROBLEMS_LISTED = 100;
    public static final int MAX_UNPLACED_LISTED = 1000;
    private static final int PROGRESS_EVERY_ROWS = 4096;

    /** Imports the file in the named format; mappingOrNull is the mapping file for format "csv". */
    public ImportReport importFile(Path file, String format, Path mappingOrNull, Placer placer, ImportTarget target,
                                   ProgressListener progress) {
        return importFile(file, Formats.forName(format, mappingOrNull), placer, target, progress);
    }

    public ImportReport importFile(Path file, RecordFormat format, Placer placer, ImportTarget target,
                                   ProgressListener progress) {
        Objects.requireNonNull(placer, "placer");
        Objects.requireNonNull(target, "target");
        progress = progress == null ? ProgressListener.NONE : progress;
        long started = System.nanoTime();
        Validation checked = validate(file, format, progress);
        return write(file, format, checked, placer, target, progress, started);
    }

    /** The result of the validation pass of a file without problems. */
    public record Validation(long rows, String fileSha256) {
    }

    /** Only the first pass: reads every row and throws {@link ImportRejectedException} listing the problems. */
    public Validation validate(Path file, RecordFormat format, ProgressListener progress) {
        progress = progress == null ? ProgressListener.NONE : progress;
        ProblemCollector problems = new ProblemCollector();
        try (InputFile in = InputFile.open(file)) {
            ProgressCounter counter = new ProgressCounter(in, ImportPhase.VALIDATING, progress);
            KeyIndex keys = new KeyIndex();
            try {
                format.read(in, new RecordSink() {
                    @Override
                    public void record(long line, ImportedRecord record) {
                        counter.row();
                        long first = keys.firstLineIfDifferent(record.originKey(), record.contentHash(), line);
                        if (first > 0) {
                            problems.addAll(List.of(new RowProblem(in.name(), line, null, "the record " + record.originKey()
                                    + " was already on line " + first + " with other content; a file must say one thing"
                                    + " about each record")));
                        }
                    }

                    @Override
                    public void problems(List<RowProblem> rowProblems) {
                        counter.row();
                        problems.addAll(rowProblems);
                    }
                });
            } catch (ImportRejectedException e) {
                problems.addAll(e.problems()); // a whole-file problem ends the pass; keep what was found before it
            }
            problems.throwIfAny();
            in.readToEnd();
            counter.done();
            return new Validation(counter.rows, in.sha256Hex());
        }
    }

    private ImportReport write(Path file, RecordFormat format, Validation checked, Placer placer, ImportTarget target,
                               ProgressListener progress, long started) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportMeta meta = new ImportMeta(name, format.name(), checked.fileSha256());
        try (InputFile in = InputFile.open(file); ImportWriter writer = target.begin(meta)) {
            WritingSink sink = new WritingSink(writer, placer, new ProgressCounter(in, ImportPhase.WRITING, progress));
            format.read(in, sink);
            in.readToEnd();
            sink.counter.done();
            if (!in.sha256Hex().equals(checked.fileSha256()) || sink.counter.rows != checked.rows()) {
                throw new ImportRejectedException(List.of(new RowProblem(file.toString(), 0, null,
                        "the file changed while it was being imported; nothing was stored")));
            }
            ImportRun run = writer.commit();
            return new ImportReport(file.toString(), format.name(), checked.fileSha256(), sink.counter.rows,
                    sink.inserted, sink.updated, sink.unchanged, sink.bySource, sink.byGazetteer, sink.unplaced,
                    sink.unplacedListed, run, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Second pass: places what has no coordinates and writes everything through the one writer. */
    private static final class WritingSink implements RecordSink {
        private final ImportWriter writer;
        private final Placer placer;
        private final ProgressCounter counter;
        private final List<UnplacedRow> unplacedListed = new ArrayList<>();
        private long inserted, updated, unchanged, bySource, byGazetteer, unplaced;

        WritingSink(ImportWriter writer, Placer placer, ProgressCounter counter) {
            this.writer = writer;
            this.placer = placer;
            this.counter = counter;
        }

        @Override
        public void record(long line, ImportedRecord record) {
            counter.row();
            Location location = record.facts().location();
            Location named = placer.place(location);
            if (location.isPlaced()) {
                bySource++;
            } else if (named != null && named.isPlaced()) {
                byGazetteer++;
            } else {
                unplaced++;
                if (unplacedListed.size() < MAX_UNPLACED_LISTED) {
                    unplacedListed.add(new UnplacedRow(line, record.originKey(), location.placeName(), location.governorate()));
                }
            }
            if (named != null && !named.equals(location)) {
                record = new ImportedRecord(record.originKey(), record.facts().withLocation(named), record.source(),
                        record.text(), record.language(), record.fields(), record.contentHash());
            }
            UpsertOutcome outcome = writer.upsert(record);
            switch (outcome) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        @Override
        public void problems(List<RowProblem> problems) {
            // the validation pass found none, so the file changed under us: stop, the writer rolls back
            throw new ImportRejectedException(problems);
        }
    }

    /** Keeps the first problems and counts the rest. */
    private static final class ProblemCollector {
        private final List<RowProblem> listed = new ArrayList<>();
        private long notListed;
        private String fileName;

        void addAll(List<RowProblem> problems) {
            for (RowProblem p : problems) {
                if (fileName == null) fileName = p.file();
                if (listed.size() < MAX_PROBLEMS_LISTED) listed.add(p);
                else notListed++;
            }
        }

        void throwIfAny() {
            if (listed.isEmpty()) return;
            List<RowProblem> all = new ArrayList<>(listed);
            if (notListed > 0) all.add(new RowProblem(fileName, 0, null, "and " + notListed + " more problems not listed"));
            throw new ImportRejectedException(all);
        }
    }

    /** Counts rows and tells the listener every few thousand rows. */
    private static final class ProgressCounter {
        private final InputFile in;
        private final ImportPhase phase;
        private final ProgressListener listener;
        private long rows;

        ProgressCounter(InputFile in, ImportPhase phase, ProgressListener listener) {
            this.in = in;
            this.phase = phase;
            this.listener = listener;
            listener.progress(phase, 0, in.sizeBytes(), 0);
        }

        void row() {
            if (++rows % PROGRESS_EVERY_ROWS == 0) listener.progress(phase, in.bytesRead(), in.sizeBytes(), rows);
        }

        void done() {
            listener.progress(phase, in.bytesRead(), in.sizeBytes(), rows);
        }
    }
}
