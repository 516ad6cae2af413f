package org.groundtruth.intake;

import org.groundtruth.gazetteer.Placer;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImporterTest {
    private static final Path GED = SharedData.file("ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
    private static final Path VIOLATIONS = SharedData.file("syrian-archive-violations/violations.csv");
    private final Importer importer = new Importer();

    @Test
    void importsTheWholeUcdpFileInOneTransactionAndReimportChangesNothing() {
        CollectingWriter store = new CollectingWriter();
        List<long[]> progress = new ArrayList<>();
        ImportReport first = importer.importFile(GED, "ucdp-ged", null, Placer.NONE, store,
                (phase, bytes, total, rows) -> progress.add(new long[]{phase.ordinal(), bytes, total, rows}));
        assertThat(first.rows()).isEqualTo(16_566);
        assertThat(first.inserted()).isEqualTo(16_566);
        assertThat(first.placedBySource()).isEqualTo(16_566);
        assertThat(first.unplaced()).isZero();
        assertThat(first.run().fileName()).isEqualTo("ucdp_ged_syria_2016_2019.csv");
        assertThat(first.fileSha256()).hasSize(64);
        assertThat(store.begun).isEqualTo(1);
        assertThat(store.commits).isEqualTo(1);
        assertThat(store.lastCommitted).hasSize(16_566);

        long size = GED.toFile().length();
        assertThat(progress).allSatisfy(p -> assertThat(p[2]).isEqualTo(size));
        long[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(ImportPhase.COMMITTING.ordinal());
        assertThat(last[1]).isEqualTo(size);
        assertThat(last[3]).isEqualTo(16_566);
        assertThat(progress.get(0)[0]).isEqualTo(ImportPhase.HASHING.ordinal());
        assertThat(progress.stream().filter(p -> p[0] == ImportPhase.IMPORTING.ordinal())).hasSizeGreaterThan(2);
        assertThat(progress.stream().mapToLong(p -> p[0]).toArray()).isSorted(); // hashing, then importing, then commit

        ImportReport again = importer.importFile(GED, "ucdp-ged", null, Placer.NONE, store, ProgressListener.NONE);
        assertThat(again.unchanged()).isEqualTo(16_566);
        assertThat(again.inserted() + again.updated()).isZero();
        assertThat(again.fileSha256()).isEqualTo(first.fileSha256());
    }

    @Test
    void rowsWithoutCoordinatesArePlacedByThePlacerOrKeptAndListed() {
        Placer fromArchivePlaces = archivePlaces();
        CollectingWriter store = new CollectingWriter();
        ImportReport report = importer.importFile(VIOLATIONS, "syrian-archive", null, fromArchivePlaces, store, null);
        assertThat(report.rows()).isEqualTo(4_135);
        assertThat(report.placedBySource()).isEqualTo(1_994);
        assertThat(report.placedByGazetteer()).isPositive();
        assertThat(report.unplaced()).isPositive();
        assertThat(report.placedBySource() + report.placedByGazetteer() + report.unplaced()).isEqualTo(4_135);
        assertThat(store.lastCommitted).hasSize(4_135); // unplaced rows are kept, never dropped
        assertThat(report.unplacedListed()).hasSize((int) Math.min(report.unplaced(), Importer.MAX_UNPLACED_LISTED));
        assertThat(report.unplacedListed().get(0).line()).isGreaterThan(1);
        var placed = store.lastCommitted.stream().filter(r -> r.originKey().equals("syrian-archive:64496")).findFirst().orElseThrow();
        assertThat(placed.facts().location().placedBy()).isEqualTo(PlacedBy.GAZETTEER);
        assertThat(placed.facts().location().placeName()).isEqualTo("KafrZita");
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndNothingIsWritten(@TempDir Path dir) {
        Path file = AcledFileForTest.acled().rows(50).row("SYR1", "event_date", "2015-02-30").rows(3).writeTo(dir, "a.csv");
        CollectingWriter store = new CollectingWriter();
        assertThatThrownBy(() -> importer.importFile(file, "acled", null, Placer.NONE, store, null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(file.toString());
                            assertThat(p.line()).isEqualTo(52);
                            assertThat(p.column()).isEqualTo("event_date");
                        }));
        assertThat(store.begun).isEqualTo(1); // one pass: the first 50 rows were written, then rolled back
        assertThat(store.commits).isZero();
        assertThat(store.rollbacks).isEqualTo(1);
        assertThat(store.storedHashByKey).isEmpty();
    }

    @Test
    void problemsAreListedUpToTheCapAndTheRestCounted(@TempDir Path dir) {
        AcledFileForTest f = AcledFileForTest.acled();
        for (int i = 0; i < 150; i++) f.row("SYR" + i, "fatalities", "many");
        Path file = f.writeTo(dir, "many.csv");
        assertThatThrownBy(() -> importer.importFile(file, "acled", null, Placer.NONE, new CollectingWriter(), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(Importer.MAX_PROBLEMS_LISTED);
                    assertThat(e.total()).as("the true number, not the number listed").isEqualTo(150);
                    assertThat(e.getMessage()).endsWith("(and 149 more problems)");
                    assertThat(e.problems().get(0).toString()).isEqualTo(file + ":2 column 'fatalities': "
                            + "'many' is not a count (a whole number of people, like 12)");
                });
    }

    @Test
    void aFileChangedAfterHashingIsRefusedAndRolledBack(@TempDir Path dir) {
        Path file = AcledFileForTest.acled().rows(10).writeTo(dir, "changing.csv");
        CollectingWriter store = new CollectingWriter();
        ProgressListener appendWhenWritingStarts = (phase, bytes, total, rows) -> {
            if (phase == ImportPhase.IMPORTING && rows == 0) {
                try {
                    Files.writeString(file, AcledFileForTest.acled().row("SYR99").text().lines().skip(1).findFirst().orElseThrow() + "\r\n",
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        assertThatThrownBy(() -> importer.importFile(file, "acled", null, Placer.NONE, store, appendWhenWritingStarts))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("changed while it was being imported");
        assertThat(store.begun).isEqualTo(1);
        assertThat(store.commits).isZero();
        assertThat(store.rollbacks).isEqualTo(1);
    }

    @Test
    void oneFileSayingTwoThingsAboutOneRecordIsRefused(@TempDir Path dir) {
        Path file = AcledFileForTest.acled().rows(5).row("SYR10002", "fatalities", "3").writeTo(dir, "dup.csv");
        assertThatThrownBy(() -> importer.importFile(file, "acled", null, Placer.NONE, new CollectingWriter(), null))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString(file + ":7: the record acled:SYR10002 was already on line 4 with other content;"
                                + " a file must say one thing about each record"));
        Path same = AcledFileForTest.acled().rows(5).row("SYR10002").writeTo(dir, "same.csv");
        ImportReport report = importer.importFile(same, "acled", null, Placer.NONE, new CollectingWriter(), null);
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.inserted()).isEqualTo(5);
        assertThat(report.unchanged()).isEqualTo(1);
    }

    @Test
    void unknownFormatAndMisplacedMappingAreRefused(@TempDir Path dir) {
        Path file = AcledFileForTest.acled().rows(1).writeTo(dir, "a.csv");
        assertThatThrownBy(() -> importer.importFile(file, "acled-xml", null, Placer.NONE, new CollectingWriter(), null))
                .hasMessageContaining("unknown format 'acled-xml'").hasMessageContaining("ucdp-ged");
        assertThatThrownBy(() -> importer.importFile(file, "csv", null, Placer.NONE, new CollectingWriter(), null))
                .hasMessageContaining("needs a mapping file");
        assertThatThrownBy(() -> importer.importFile(file, "acled", file, Placer.NONE, new CollectingWriter(), null))
                .hasMessageContaining("only used with --format csv");
    }

    /** Places names with the Syrian Archive's own 164 geocoded places: enough to exercise placement, not a gazetteer. */
    private static Placer archivePlaces() {
        Map<String, Coordinates> byName = new HashMap<>();
        try {
            for (String line : Files.readAllLines(SharedData.file("syrian-archive-violations/syrian_places.csv")).subList(1, 165)) {
                String[] f = line.split(",");
                if (f.length == 4 && !f[2].equals("NA")) {
                    byName.put(f[1].strip().toLowerCase(Locale.ROOT), new Coordinates(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return location -> {
            Coordinates c = location.placeName() == null ? null : byName.get(location.placeName().toLowerCase(Locale.ROOT));
            return c == null ? location : location.placedAt(c, LocationPrecision.TOWN, PlacedBy.GAZETTEER);
        };
    }
}
