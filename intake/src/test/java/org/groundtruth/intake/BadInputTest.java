package org.groundtruth.intake;

import org.groundtruth.gazetteer.Placer;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each kind of bad input gets a message naming the file, the line and the column; nothing is written. */
class BadInputTest {
    @TempDir
    Path dir;
    private final CollectingWriter store = new CollectingWriter();

    private List<RowProblem> problems(Path file, String format) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> new Importer().importFile(file, format, null, Placer.NONE, store, null));
        assertThat(e).as("import of " + file + " should be refused").isNotNull();
        assertThat(store.commits).isZero();
        assertThat(store.rollbacks).isEqualTo(store.begun); // a writer begun for the rows before a problem is rolled back
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        return e.problems();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void emptyFile() throws Exception {
        Path file = write("empty.csv", new byte[0]);
        assertThat(problems(file, "acled")).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message()).isEqualTo("the file is empty (0 bytes)");
        });
        assertThat(problems(write("blank.csv", "\n\n  \r\n".getBytes()), "ucdp-ged")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no content"));
        assertThat(problems(write("empty.geojson", new byte[0]), "geojson")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void headerOnlyFileImportsNothingButIsNotAnError() {
        Path file = AcledFileForTest.acled().writeTo(dir, "header-only.csv");
        ImportReport report = new Importer().importFile(file, "acled", null, Placer.NONE, store, null);
        assertThat(report.rows()).isZero();
    }

    @Test
    void missingColumnsAreNamed() {
        Path file = AcledFileForTest.acled().withoutColumns("fatalities", "notes").rows(2).writeTo(dir, "cols.csv");
        assertThat(problems(file, "acled")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("notes");
            assertThat(p.message()).startsWith("missing columns notes, fatalities required for ACLED");
        });
    }

    @Test
    void wrongFileForTheFormatSaysSo() throws Exception {
        Path ged = SharedData.file("ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
        assertThat(problems(ged, "acled")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("(is this really ACLED data?)").contains("the header has: id, year"));
        Path semicolons = write("semi.csv", "event_id_cnty;event_date;notes\nSYR1;2015-11-29;x\n".getBytes());
        assertThat(problems(semicolons, "acled")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("';' between columns"));
    }

    @Test
    void impossibleDateNamesLineAndColumn() {
        Path file = AcledFileForTest.acled().rows(2).row("SYR7", "event_date", "2015-02-30").writeTo(dir, "date.csv");
        assertThat(problems(file, "acled")).singleElement().hasToString(file
                + ":4 column 'event_date': impossible date '2015-02-30': Invalid date 'FEBRUARY 30'");
        Path month = AcledFileForTest.acled().row("SYR8", "event_date", "2015-13-01").writeTo(dir, "month.csv");
        assertThat(problems(month, "acled")).singleElement().satisfies(p -> assertThat(p.message()).startsWith("impossible date"));
        Path shape = AcledFileForTest.acled().row("SYR9", "event_date", "11/29/2015").writeTo(dir, "shape.csv");
        assertThat(problems(shape, "acled")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("'11/29/2015' is not a date in the expected form (uuuu-MM-dd or d MMMM uuuu or d MMM uuuu or d-MMMM-uuuu or d-MMM-uuuu)"));
    }

    @Test
    void coordinatesOutsideTheWorldOrCountryOrSwapped() {
        Path file = AcledFileForTest.acled()
                .row("SYR1", "latitude", "36.6", "longitude", "35.4")          // fine: north-west Syria
                .row("SYR2", "latitude", "36.6", "longitude", "95")            // in China, not Syria
                .row("SYR3", "latitude", "136.6", "longitude", "36.2")         // outside the world, swapped?
                .row("SYR4", "latitude", "36.6092", "longitude", "35.8136")    // swapped Ariha: inside Syria either way? no
                .row("SYR5", "latitude", "36.73", "longitude", "34.84")        // swapped Talbiseh: in the sea
                .row("SYR6", "latitude", "35.8", "longitude", "-200")
                .row("SYR7", "latitude", "north", "longitude", "36.2")
                .writeTo(dir, "coords.csv");
        List<RowProblem> problems = problems(file, "acled");
        assertThat(problems).extracting(p -> p.line() + " " + p.column()).containsExactly(
                "3 longitude", "4 latitude", "6 latitude", "7 longitude", "8 latitude");
        assertThat(problems.get(0).message()).contains("far outside Syria");
        assertThat(problems.get(1).message()).isEqualTo("latitude 136.6 is outside the world (-90..90): are latitude and longitude swapped?");
        assertThat(problems.get(2).message()).contains("is outside Syria, but 34.84, 36.73 is inside: are latitude and longitude swapped?");
        assertThat(problems.get(3).message()).contains("outside the world");
        assertThat(problems.get(4).message()).contains("'north' is not a number");
    }

    @Test
    void latin1BytesAreReportedWithLineAndByteOffset() throws Exception {
        String good = AcledFileForTest.acled().rows(2).text();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good.getBytes(StandardCharsets.UTF_8));
        String row = AcledFileForTest.acled().row("SYR3", "location", "Caf\u00e9").text().lines().skip(1).findFirst().orElseThrow();
        int at = bytes.size() + row.indexOf("Caf") + 3;
        bytes.write(row.getBytes(StandardCharsets.ISO_8859_1));
        bytes.write("\r\n".getBytes());
        Path file = write("latin1.csv", bytes.toByteArray());
        assertThat(problems(file, "acled")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("bytes 0xE9 at byte offset " + at + " are not valid UTF-8 text");
        });
    }

    @Test
    void nonNumericCountsAndWrongFieldCounts() {
        Path file = AcledFileForTest.acled().row("SYR1", "fatalities", "about 40").row("SYR2", "fatalities", "-3").writeTo(dir, "n.csv");
        assertThat(problems(file, "acled")).extracting(RowProblem::toString).containsExactly(
                file + ":2 column 'fatalities': 'about 40' is not a count (a whole number of people, like 12)",
                file + ":3 column 'fatalities': '-3' is not a count (a whole number of people, like 12)");
        Path ragged = dir.resolve("ragged.csv");
        String text = AcledFileForTest.acled().rows(1).text() + "SYR2,2015-11-29,2015\r\n";
        assertThat(problems(writeUnchecked(ragged, text), "acled")).singleElement()
                .hasToString(ragged + ":3: the row has 3 fields but the header has 31 (an unquoted ',' inside a value?)");
    }

    @Test
    void filesThatAreNotCsvOrJsonAtAll() throws Exception {
        assertThat(problems(write("x.csv", new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0}), "acled")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("ZIP archive").contains("save it as CSV"));
        assertThat(problems(write("x.pdf", "%PDF-1.4\n...".getBytes()), "ucdp-ged")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("PDF"));
        assertThat(problems(write("x.json", "{\"type\": \"FeatureCollection\"}".getBytes()), "syrian-archive")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("looks like JSON, not CSV"));
        assertThat(problems(write("x.geojson", "id,date\n".getBytes()), "geojson")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not JSON"));
        assertThat(problems(write("bin.csv", new byte[]{'a', 0, 'b', 0}), "acled")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("binary"));
    }

    @Test
    void unterminatedQuoteIsMalformedCsvWithItsLine() {
        String text = AcledFileForTest.acled().rows(2).text() + "SYR3,\"2015-11-29,2015\r\n";
        Path file = writeUnchecked(dir.resolve("quote.csv"), text);
        assertThat(problems(file, "acled")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("malformed CSV");
        });
    }

    @Test
    void aQuoteLeftOpenInTheLastCellOfACompleteRowIsRefusedToo() {
        String rows = AcledFileForTest.acled().rows(2).text();
        String lastRow = rows.substring(rows.stripTrailing().lastIndexOf('\n') + 1).stripTrailing();
        // the row keeps all 31 cells; only its last one opens a quote that the file never closes
        String text = rows + lastRow.substring(0, lastRow.lastIndexOf(',') + 1) + "\"1448755200\r\n";
        assertThat(problems(writeUnchecked(dir.resolve("open.csv"), text), "acled")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("never closed");
        });
    }

    @Test
    void textAfterAClosingQuoteIsMalformedCsv() {
        String text = AcledFileForTest.acled().rows(1).text() + "SYR3,\"2015-11-29\"x,2015\r\n";
        assertThat(problems(writeUnchecked(dir.resolve("after.csv"), text), "acled")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("malformed CSV");
        });
    }

    private static Path writeUnchecked(Path p, String text) {
        try {
            Files.writeString(p, text);
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
