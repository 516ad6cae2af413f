package org.groundtruth.intake.claims;

import org.groundtruth.claim.ClaimImport;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimRecord;
import org.groundtruth.gazetteer.Placer;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.ingest.UpsertOutcome;
import org.groundtruth.intake.Importer;
import org.groundtruth.intake.mapping.ClaimMapping;
import org.groundtruth.intake.mapping.MappingLoader;
import org.groundtruth.intake.mapping.MappingSpec;
import org.groundtruth.intake.mapping.MappingTarget;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.place.PlacedBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Imports a file of claims all or nothing, like incident imports (decision 0300): every row is checked, placed with
 * the gazetteer when it names localities without coordinates, and handed to one {@link ClaimImport}; any problem
 * anywhere and nothing is stored, with every problem listed by file, line and column. Re-importing the same file
 * changes nothing; a changed row updates its claim and keeps the earlier row as a revision.
 */
public final class ClaimImporter {
    public static final List<String> FORMATS = List.of("csv", "json");
    private static final int UNPLACED_LISTED = 1000;

    /**
     * @param format        "csv" or "json"
     * @param mappingOrNull a mapping file (YAML or JSON), or null for columns named after the fields
     * @param now           the import's "now": statements and strikes after it are refused as in the future
     */
    public ClaimImportReport importFile(Path file, String format, Path mappingOrNull, Placer placer, ClaimLedger ledger, Instant now) {
        return importFile(file, format, mappingOrNull, placer, ledger, now, null);
    }

    /** @param actor who imports, for the audit log ("cli:OS-USER", "user:NAME", "system:demo"); null: "system:import" */
    public ClaimImportReport importFile(Path file, String format, Path mappingOrNull, Placer placer, ClaimLedger ledger, Instant now,
                                        String actor) {
        Objects.requireNonNull(placer, "placer");
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new ImportRejectedException(List.of(new RowProblem("(command line)", 0, "--format",
                    "claims are imported from csv or json, not '" + format + "'")));
        }
        MappingSpec spec = mappingOrNull == null ? null : MappingLoader.load(mappingOrNull, MappingTarget.CLAIMS);
        ClaimMapping mapping = new ClaimMapping(spec, placer, now.truncatedTo(ChronoUnit.MICROS));
        List<RowProblem> problems = new ArrayList<>();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String sha256;
        try (InputFile hashing = InputFile.open(file)) {
            hashing.readToEnd();
            sha256 = hashing.sha256Hex();
        }
        Counting sink = new Counting(problems, name);
        try (InputFile in = InputFile.open(file)) {
            try {
                mapping.read(in, f, sink);
            } catch (ImportRejectedException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            List<RowProblem> listed = new ArrayList<>(problems.subList(0, Math.min(problems.size(), Importer.MAX_PROBLEMS_LISTED)));
            throw new ImportRejectedException(listed, problems.size());
        }
        long inserted = 0, updated = 0, unchanged = 0;
        ImportRun run;
        try (ClaimImport im = ledger.beginImport(new ImportMeta(name, "claims-" + f, sha256, actor))) {
            for (ClaimRecord r : sink.records) {
                UpsertOutcome o = im.upsert(r);
                switch (o) {
                    case INSERTED -> inserted++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            run = im.commit();
        }
        return new ClaimImportReport(file.toString(), sink.records.size(), inserted, updated, unchanged, sink.bySource,
                sink.byGazetteer, sink.unplaced, sink.unplacedListed, run);
    }

    /** Keeps the claims read (claim files are small), counts placements, refuses a key said twice differently. */
    private static final class Counting implements ClaimMapping.Sink {
        final List<ClaimRecord> records = new ArrayList<>();
        final List<String> unplacedListed = new ArrayList<>();
        final Map<String, Long> lineOfKey = new HashMap<>();
        final Map<String, String> hashOfKey = new HashMap<>();
        final List<RowProblem> problems;
        final String fileName;
        long bySource, byGazetteer, unplaced;

        Counting(List<RowProblem> problems, String fileName) {
            this.problems = problems;
            this.fileName = fileName;
        }

        @Override
        public void claim(long line, ClaimRecord r) {
            Long first = lineOfKey.putIfAbsent(r.originKey(), line);
            if (first != null) {
                if (!hashOfKey.get(r.originKey()).equals(r.contentHash())) {
                    problems.add(new RowProblem(fileName, line, null, "the claim " + r.originKey()
                            + " was already on line " + first + " with other content; a file must say one thing about each claim"));
                }
                return;
            }
            hashOfKey.put(r.originKey(), r.contentHash());
            records.add(r);
            PlacedBy by = r.claim().place().placedBy();
            if (by == PlacedBy.GAZETTEER) byGazetteer++;
            else if (by == PlacedBy.NONE) {
                unplaced++;
                if (unplacedListed.size() < UNPLACED_LISTED) {
                    unplacedListed.add("line " + line + " " + r.originKey() + ": " + String.join(", ", r.claim().place().localityNames()));
                }
            } else bySource++;
        }

        @Override
        public void problems(List<RowProblem> rowProblems) {
            problems.addAll(rowProblems);
        }
    }
}
