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
 * Imports a file all or nothing (decision 0300) in one pass: every row is checked and, while no problem has been
 * found, written through one {@link ImportWriter}, that is one transaction. On the first problem writing stops and
 * the transaction is rolled back, but reading goes on to list every problem; nothing is stored. Only a file
 * without problems is committed. Before that pass the raw bytes are hashed once (cheap, no parsing) because the
 * import run records the file's SHA-256 from its start; the pass hashes what it reads again, so a file that
 * changes while it is imported is refused too. The file is never held in memory.
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
        String sha256 = hash(file, progress);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportMeta meta = new ImportMeta(name, format.name(), sha256);
        ProblemCollector problems = new ProblemCollector();
        try (InputFile in = InputFile.open(file)) {
            OnePassSink sink = new OnePassSink(in, target, meta, placer, problems,
                    new ProgressCounter(in, ImportPhase.IMPORTING, progress));
            try {
                try {
                    format.read(in, sink);
                } catch (ImportRejectedException e) {
                    problems.addAll(e.problems()); // a whole-file problem ends the pass; keep what was found before it
                }
                problems.throwIfAny();
                in.readToEnd();
                sink.counter.done();
                if (!in.sha256Hex().equals(sha256)) {
                    throw new ImportRejectedException(List.of(new RowProblem(file.toString(), 0, null,
                            "the file changed while it was being imported; nothing was stored")));
                }
                progress.progress(ImportPhase.COMMITTING, in.bytesRead(), in.sizeBytes(), sink.counter.rows);
                ImportRun run = sink.writer().commit(); // a file without rows still records its run
                return new ImportReport(file.toString(), format.name(), sha256, sink.counter.rows,
                        sink.inserted, sink.updated, sink.unchanged, sink.bySource, sink.byGazetteer, sink.unplaced,
                        sink.unplacedListed, run, Duration.ofNanos(System.nanoTime() - started), sink.skipped);
            } finally {
                sink.stopWriting(); // after a commit a no-op; otherwise the rollback
            }
        }
    }

    /** The SHA-256 of the file's bytes, read raw. */
    private static String hash(Path file, ProgressListener progress) {
        try (InputFile in = InputFile.open(file)) {
            progress.progress(ImportPhase.HASHING, 0, in.sizeBytes(), 0);
            in.readToEnd();
            progress.progress(ImportPhase.HASHING, in.bytesRead(), in.sizeBytes(), 0);
            return in.sha256Hex();
        }
    }

    /**
     * Checks each row and, until the first problem, places and writes it. A problem (a row not understood, or a
     * record said twice with different content) rolls the writer back at once; later rows are only checked.
     */
    private static final class OnePassSink implements RecordSink {
        private final InputFile in;
        private final Placer placer;
        private final ProblemCollector problems;
        private final ProgressCounter counter;
        private final KeyIndex keys = new KeyIndex();
        private final List<UnplacedRow> unplacedListed = new ArrayList<>();
        private final ImportTarget target;
        private final ImportMeta meta;
        private ImportWriter writer;
        private boolean stopped;
        private long inserted, updated, unchanged, bySource, byGazetteer, unplaced, skipped;

        OnePassSink(InputFile in, ImportTarget target, ImportMeta meta, Placer placer, ProblemCollector problems,
                    ProgressCounter counter) {
            this.in = in;
            this.target = target;
            this.meta = meta;
            this.placer = placer;
            this.problems = problems;
            this.counter = counter;
        }

        @Override
        public void record(long line, ImportedRecord record) {
            counter.row();
            long first = keys.firstLineIfDifferent(record.originKey(), record.contentHash(), line);
            if (first > 0) {
                problem(List.of(new RowProblem(in.name(), line, null, "the record " + record.originKey()
                        + " was already on line " + first + " with other content; a file must say one thing"
                        + " about each record")));
                return;
            }
            // coordinates that contradict the place the row names (swapped, yet still inside the country): decision 0615
            java.util.Optional<String> contradiction = placer.contradiction(record.facts().location());
            if (contradiction.isPresent()) {
                problem(List.of(new RowProblem(in.name(), line, "coordinates", contradiction.get())));
                return;
            }
            if (!stopped) write(line, record);
        }

        @Override
        public void problems(List<RowProblem> rowProblems) {
            counter.row();
            problem(rowProblems);
        }

        @Override
        public void skipped(long line) {
            counter.row();
            skipped++;
        }

        private void problem(List<RowProblem> rowProblems) {
            problems.addAll(rowProblems);
            stopWriting();
        }

        /** The one writer, begun with the first row to write: a file refused from its start never opens one. */
        ImportWriter writer() {
            if (stopped) throw new IllegalStateException("writing has stopped");
            if (writer == null) writer = target.begin(meta);
            return writer;
        }

        /** Closes the writer: uncommitted, that rolls back everything written so far. */
        void stopWriting() {
            stopped = true;
            if (writer == null) return;
            ImportWriter w = writer;
            writer = null;
            w.close();
        }

        private void write(long line, ImportedRecord record) {
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
            UpsertOutcome outcome = writer().upsert(record);
            switch (outcome) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
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
            throw new ImportRejectedException(listed, listed.size() + notListed);
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
