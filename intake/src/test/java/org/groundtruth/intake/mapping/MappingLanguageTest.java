package org.groundtruth.intake.mapping;

import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.RecordSink;
import org.groundtruth.intake.SharedData;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10 item 6: what the mapping language lacked when a monitor's real export was imported by hand. Each test
 * fails on the language before it: times of day in words refused the whole file; there was no skip, no fallback
 * column, no pattern, no minimum and maximum per group, no per-row country in other languages, and a repeated source
 * id refused the file where a composite key would do.
 */
class MappingLanguageTest {
    private static final Path EXPORT = SharedData.resource("mapping/monitor_export.csv");
    private static final Path MAPPING = SharedData.resource("mapping/monitor.mapping.yaml");

    /** Everything a format hands on, skipped rows included. */
    static final class Run implements RecordSink {
        final Map<String, ImportedRecord> byKey = new LinkedHashMap<>();
        final List<RowProblem> problems = new ArrayList<>();
        final List<Long> skipped = new ArrayList<>();

        static Run read(MappingSpec spec, Path file) {
            Run run = new Run();
            try (InputFile in = InputFile.open(file)) {
                new MappingFormat(spec).read(in, run);
            } catch (ImportRejectedException e) {
                run.problems.addAll(e.problems());
            }
            return run;
        }

        @Override
        public void record(long line, ImportedRecord record) {
            byKey.put(record.originKey(), record);
        }

        @Override
        public void problems(List<RowProblem> p) {
            problems.addAll(p);
        }

        @Override
        public void skipped(long line) {
            skipped.add(line);
        }
    }

    private static Run monitor() {
        return Run.read(MappingLoader.load(MAPPING), EXPORT);
    }

    @Test
    void theMonitorsExportIsReadWholeWithItsDuplicateSkippedAndACompositeKey() {
        Run run = monitor();
        assertThat(run.problems).isEmpty();
        assertThat(run.byKey.keySet()).containsExactly("monitor:M-101/1", "monitor:M-101/2", "monitor:M-102/1", "monitor:M-103/1",
                "monitor:M-105/1");
        assertThat(run.skipped).containsExactly(6L); // M-104, Status "duplicate"
    }

    @Test
    void timesOfDayInWordsBecomeAWindowWithItsPrecision() {
        Run run = monitor();
        IncidentDate morning = run.byKey.get("monitor:M-101/1").facts().date();
        assertThat(morning.precision()).isEqualTo(DatePrecision.PART_OF_DAY);
        assertThat(morning.localTime()).isEqualTo(LocalTime.of(6, 0));
        assertThat(morning.partOfDayUtc()).containsExactly(Instant.parse("2016-02-10T04:00:00Z"), Instant.parse("2016-02-10T10:00:00Z"));
        assertThat(morning.instantUtc()).as("not a clock time").isNull();
        assertThat(morning.display()).isEqualTo("2016-02-10 morning (06:00–12:00 +02:00)");
        assertThat(run.byKey.get("monitor:M-101/2").facts().date().display()).startsWith("2016-02-10 night (00:00–06:00");
        assertThat(run.byKey.get("monitor:M-102/1").facts().date().display()).as("صباحاً").startsWith("2016-02-11 morning");
        assertThat(run.byKey.get("monitor:M-103/1").facts().date().precision()).isEqualTo(DatePrecision.EXACT_TIME);
        assertThat(run.byKey.get("monitor:M-105/1").facts().date().precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aFallbackColumnAPatternAndGroupsFromSeparateColumns() {
        Run run = monitor();
        var first = run.byKey.get("monitor:M-101/1").facts();
        assertThat(first.location().placeName()).isEqualTo("Kafr Nabl");
        assertThat(first.casualties().killed()).isEqualTo(CountRange.of(3, 5));
        assertThat(first.casualties().childrenKilled()).isEqualTo(CountRange.of(1, 2));
        assertThat(first.casualties().womenKilled()).isEqualTo(CountRange.of(0, 1));
        assertThat(first.casualties().menKilled()).isEqualTo(CountRange.UNKNOWN);
        var second = run.byKey.get("monitor:M-101/2").facts();
        assertThat(second.location().placeName()).as("Town blank: Village").isEqualTo("Hass");
        assertThat(second.casualties().menKilled()).isEqualTo(CountRange.of(1, 2));
        // the toll is only in the notes: the pattern finds it
        assertThat(run.byKey.get("monitor:M-105/1").facts().casualties().killed()).isEqualTo(CountRange.exactly(7));
        // nobody counted: unknown, not 0
        assertThat(run.byKey.get("monitor:M-102/1").facts().casualties().killed()).isEqualTo(CountRange.UNKNOWN);
        assertThat(run.byKey.get("monitor:M-102/1").facts().kind()).isEqualTo(EventKind.SHELLING);
    }

    @Test
    void theCountryIsReadPerRowInTheSourcesLanguageAndAnUnknownOneIsNamed(@TempDir Path dir) throws Exception {
        Run run = monitor();
        assertThat(run.byKey.get("monitor:M-102/1").facts().location().countryCode()).as("سوريا").isEqualTo("SY");
        assertThat(run.byKey.get("monitor:M-103/1").facts().location().countryCode()).isEqualTo("UA");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, Files.readString(EXPORT).replace("Syria,Saraqib", "Syrie du Nord,Saraqib").replace("duplicate", "verified"));
        Run refused = Run.read(MappingLoader.load(MAPPING), bad);
        assertThat(refused.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("Country");
            assertThat(p.message()).contains("'Syrie du Nord' is not a country");
        });
    }

    @Test
    void withoutTheCompositeKeyTheRepeatedReferenceIsRefusedByTheImporter(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, Files.readString(MAPPING).replace("id: {columns: [Ref, Part]}", "id: Ref"));
        org.groundtruth.intake.Importer importer = new org.groundtruth.intake.Importer();
        assertThatThrownBy(() -> importer.importFile(EXPORT, "csv", mapping, org.groundtruth.gazetteer.Placer.NONE,
                new org.groundtruth.intake.CollectingWriter(), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst().message())
                        .contains("monitor:M-101 was already on line 2"));
        // with it, the same file imports whole and reports the skipped duplicate
        var report = importer.importFile(EXPORT, "csv", MAPPING, org.groundtruth.gazetteer.Placer.NONE,
                new org.groundtruth.intake.CollectingWriter(), null);
        assertThat(report.inserted()).isEqualTo(5);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.summary()).endsWith("; 1 skipped by the mapping's skip conditions");
    }

    @Test
    void badRulesAreNamedInTheMapping(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, """
                dataset: x
                skip:
                  - {column: Status}
                fields:
                  date: Date
                  id: {columns: [Ref]}
                  killed_min: {column: Killed (min), pattern: "(\\\\d+"}
                  children_killed: Children (min)
                  children_killed_min: Children (min)
                """);
        assertThatThrownBy(() -> MappingLoader.load(mapping)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            List<String> where = e.problems().stream().map(RowProblem::column).toList();
            assertThat(where).contains("skip[0]", "fields.id.columns", "fields.killed_min.pattern", "fields.children_killed");
            assertThat(e.problems().toString()).contains("invalid regular expression");
        });
    }

    @Test
    void theRealSyrianArchiveFileThroughAMappingWithSkipFallbackPatternAndCompositeKey(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("syrian-archive.yaml");
        Files.writeString(mapping, """
                dataset: syrian-archive-mapped
                csv: {null_values: ["NA"]}
                skip:
                  - {column: Violation_Type, in: ["Arbitrary and forcible displacement", "Sieges and economic, social and cultural rights"]}
                  - {column: Recording_Date, empty: true}
                constants:
                  country: SY
                fields:
                  id: {columns: [Reference_Code, Database_ID]}
                  date: Recording_Date
                  place: {column: Neighborhood, fallback: City}
                  governorate: City
                  killed_min: {column: Description, pattern: "(\\\\d+) (?:civilians? |people )?(?:were )?(?:killed|martyrs|dead)"}
                  summary: Description
                """);
        Run run = Run.read(MappingLoader.load(mapping), SharedData.file("syrian-archive-violations/violations.csv"));
        assertThat(run.problems).isEmpty();
        assertThat(run.skipped).hasSize(36);
        assertThat(run.byKey).hasSize(4_135 - 36);
        ImportedRecord kufrzita = run.byKey.get("syrian-archive-mapped:CD_5a8ee/64598");
        assertThat(kufrzita.facts().casualties().killed().min()).isEqualTo(8); // "caused 8 martyrs"
        assertThat(kufrzita.facts().location().placeName()).isEqualTo("KafrZita");
        assertThat(kufrzita.facts().kind()).as("no kind column: the words say warplanes").isEqualTo(EventKind.AIR_STRIKE);
        long withToll = run.byKey.values().stream().filter(r -> r.facts().casualties().killed().isKnown()).count();
        assertThat(withToll).isBetween(60L, 90L);
    }
}
